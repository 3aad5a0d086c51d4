import { describe, expect, it } from "vitest";
import { percentile, ratio, summarize } from "../../../bench/stats.js";
import { formatTable, ms, sizeLabel, times } from "../../../bench/table.js";

describe("percentiles", () => {
  it("uses the nearest rank: every reported time was measured", () => {
    const sorted = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(10);
    expect(percentile(sorted, 95)).toBe(19);
    expect(percentile(sorted, 100)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("sorts before summarizing", () => {
    expect(summarize([5, 1, 4, 2, 3])).toEqual({ p50: 3, p95: 5, runs: 5 });
  });

  it("has no ratio when a side is missing or zero", () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(undefined, 2)).toBeUndefined();
    expect(ratio(3, 0)).toBeUndefined();
    expect(ratio(3, Number.NaN)).toBeUndefined();
  });
});

describe("table formatting", () => {
  it("aligns the first column left and the others right", () => {
    const table = formatTable(["operation", "p50"], [["lookup", "1.5"], ["overlaps (all bodies)", "123"]]);
    expect(table.split("\n")).toEqual([
      "operation              p50",
      "---------------------  ---",
      "lookup                 1.5",
      "overlaps (all bodies)  123",
    ]);
  });

  it("prints milliseconds, ratios and sizes compactly", () => {
    expect(ms(12.345)).toBe("12.3");
    expect(ms(143.6)).toBe("144");
    expect(ms(undefined)).toBe("-");
    expect(times(1.234)).toBe("1.23×");
    expect(times(0.0123)).toBe("0.012×");
    expect(sizeLabel(2000)).toBe("2k");
    expect(sizeLabel(100_000)).toBe("100k");
    expect(sizeLabel(1_000_000)).toBe("1M");
    expect(sizeLabel(2500)).toBe("2500");
  });
});
