import { describe, expect, it } from "vitest";
import { BenchArgsError, parseBenchArgs, parseCount, parseSizes } from "../../../bench/args.js";

describe("bench arguments", () => {
  it("defaults to 10k and 100k documents, 20 runs, 2000 ingested documents", () => {
    const args = parseBenchArgs([]);
    expect(args.sizes).toEqual([10_000, 100_000]);
    expect(args).toMatchObject({ runs: 20, warmup: 3, ingest: 2000, seed: 17, batch: 1000, reuse: false, wipe: false, json: undefined, help: false });
  });

  it("reads the quick run and its flags", () => {
    const args = parseBenchArgs(["--sizes", "2000,20000", "--runs", "5", "--reuse", "--wipe", "--json", "out/bench.json", "--ingest", "0"]);
    expect(args).toMatchObject({ sizes: [2000, 20_000], runs: 5, reuse: true, wipe: true, json: "out/bench.json", ingest: 0 });
  });

  it("takes k and m suffixes", () => {
    expect(parseSizes("10k,100k,1m")).toEqual([10_000, 100_000, 1_000_000]);
    expect(parseCount("2.5k", "sizes")).toBe(2500);
  });

  it("refuses sizes that do not ascend, with both sizes named", () => {
    expect(() => parseSizes("20000,2000")).toThrow("--sizes must ascend (the graph grows in place): 20000 then 2000");
    expect(() => parseSizes("2000,2000")).toThrow(BenchArgsError);
  });

  it("names the option and the value that is not a count", () => {
    expect(() => parseBenchArgs(["--runs", "five"])).toThrow('--runs: "five" is not a whole number');
    expect(() => parseBenchArgs(["--runs", "0"])).toThrow("--runs must be at least 1, got 0");
    expect(() => parseBenchArgs(["--sizes", "0,10"])).toThrow("every size must be at least 1 document");
    expect(() => parseBenchArgs(["--sizes", "1.5"])).toThrow('"1.5" is not a whole number');
  });

  it("refuses unknown options", () => {
    expect(() => parseBenchArgs(["--documents", "5"])).toThrow(BenchArgsError);
  });
});
