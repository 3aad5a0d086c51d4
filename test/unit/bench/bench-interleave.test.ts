import { describe, expect, it } from "vitest";
import { timeInterleaved, type Trial, type Way } from "../../../bench/interleave.js";

describe("interleaved timing", () => {
  it("runs the ways round-robin, warm-up rounds untimed, and counts cache headers", async () => {
    const order: Way[] = [];
    const trial = (way: Way, cache?: string): Trial => ({ way, run: async () => (order.push(way), { ms: order.length, ...(cache ? { cache } : {}) }) });
    const timed = await timeInterleaved([trial("http", "MISS"), trial("inProcess"), trial("raw"), trial("cached", "HIT")], 3, 1);
    expect(order).toEqual(["http", "inProcess", "raw", "cached", "http", "inProcess", "raw", "cached", "http", "inProcess", "raw", "cached", "http", "inProcess", "raw", "cached"]);
    // The trials report their own times here (their position in the order): warm-up round excluded.
    expect(timed.get("http")!.times).toEqual({ p50: 9, p95: 13, runs: 3 });
    expect(timed.get("cached")!.cache).toEqual({ HIT: 3 });
    expect(timed.get("raw")!.cache).toEqual({});
  });

  it("drops a failing way with its error and goes on with the others", async () => {
    let calls = 0;
    const timed = await timeInterleaved(
      [
        { way: "raw", run: async () => { calls++; throw new Error("Neo4j said no"); } },
        { way: "http", run: async () => ({ ms: 1 }) },
      ],
      5,
      0,
    );
    expect(calls).toBe(1);
    expect(timed.get("raw")).toEqual({ times: undefined, error: "Neo4j said no", cache: {} });
    expect(timed.get("http")!.times!.runs).toBe(5);
  });
});
