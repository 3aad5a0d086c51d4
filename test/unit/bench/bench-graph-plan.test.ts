import { describe, expect, it } from "vitest";
import { chunksBetween, planGraph, replayChunks, type RecordedGraph } from "../../../bench/graph-plan.js";

const recorded: RecordedGraph = { documents: 10_000, seed: 17, batch: 1000, steps: [10_000], statements: 10_001, reference: "{}" };
const wanted = { seed: 17, batch: 1000, firstSize: 10_000, reuse: true };

describe("keeping a bench graph (--reuse)", () => {
  it("keeps the bench's own graph of the first size", () => {
    expect(planGraph(recorded, 10_001, wanted)).toEqual({ keep: true, reason: "it holds 10000 documents of seed 17, batch 1000" });
  });

  it("keeps a smaller one, to grow it in place", () => {
    expect(planGraph(recorded, 10_001, { ...wanted, firstSize: 100_000 }).keep).toBe(true);
  });

  it("rebuilds without --reuse, without a record, with another seed or batch, after other writes, or when larger", () => {
    expect(planGraph(recorded, 10_001, { ...wanted, reuse: false })).toEqual({ keep: false, reason: "--reuse not given" });
    expect(planGraph(undefined, 0, wanted).reason).toBe("no bench graph recorded in this database");
    expect(planGraph(recorded, 10_001, { ...wanted, seed: 3 }).reason).toContain("seed 3, batch 1000 asked");
    expect(planGraph(recorded, 10_401, wanted).reason).toContain("10401 statements are there now instead of 10001");
    expect(planGraph(recorded, 10_001, { ...wanted, firstSize: 2000 }).reason).toContain("more than the first size 2000");
  });
});

describe("generator batches", () => {
  it("splits growth into batches, the last one partial", () => {
    expect(chunksBetween(0, 2500, 1000)).toEqual([1000, 1000, 500]);
    expect(chunksBetween(2500, 4000, 1000)).toEqual([1000, 500]);
    expect(chunksBetween(4000, 4000, 1000)).toEqual([]);
  });

  it("replays exactly the batches the recorded growth wrote", () => {
    const taken: number[] = [];
    expect(replayChunks([1500, 4000], 1000, (size) => taken.push(size))).toBe(4000);
    expect(taken).toEqual([1000, 500, 1000, 1000, 500]);
  });
});
