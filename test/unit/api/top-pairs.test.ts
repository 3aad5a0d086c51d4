import { describe, expect, it } from "vitest";
import { rankPairs, TopPairs, type RankedPair } from "../../../src/api/resolvers/analytics/top-pairs.js";

const pair = (i: number, j: number, shared: number, score: number): RankedPair => ({ i, j, shared, score });

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe("TopPairs", () => {
  it("ranks by score, then shared count, then side a's and side b's position", () => {
    const ranked = [pair(3, 4, 1, 0.5), pair(0, 9, 2, 0.5), pair(0, 1, 1, 0.25), pair(1, 2, 1, 0.5), pair(1, 3, 1, 0.5)].sort(rankPairs);
    expect(ranked).toEqual([pair(0, 9, 2, 0.5), pair(1, 2, 1, 0.5), pair(1, 3, 1, 0.5), pair(3, 4, 1, 0.5), pair(0, 1, 1, 0.25)]);
  });

  it("keeps the best `limit` pairs, best first, and has no threshold until it holds that many", () => {
    const top = new TopPairs(2);
    expect(top.threshold).toBe(Number.NEGATIVE_INFINITY);
    top.offer(pair(0, 1, 1, 0.25));
    expect(top.threshold).toBe(Number.NEGATIVE_INFINITY);
    top.offer(pair(2, 3, 1, 0.5));
    expect(top.threshold).toBe(0.25);
    top.offer(pair(4, 5, 1, 1));
    expect(top.threshold).toBe(0.5);
    expect(top.sorted()).toEqual([pair(4, 5, 1, 1), pair(2, 3, 1, 0.5)]);
  });

  it("admits a pair tying the worst kept on score when it ranks first on shared count or position", () => {
    const top = new TopPairs(1);
    top.offer(pair(2, 3, 1, 0.5));
    expect(top.admits(pair(1, 3, 1, 0.5))).toBe(true);
    expect(top.admits(pair(5, 6, 2, 0.5))).toBe(true);
    expect(top.admits(pair(2, 4, 1, 0.5))).toBe(false);
    top.offer(pair(2, 4, 1, 0.5));
    top.offer(pair(1, 3, 1, 0.5));
    expect(top.sorted()).toEqual([pair(1, 3, 1, 0.5)]);
  });

  it("keeps nothing with limit 0", () => {
    const top = new TopPairs(0);
    top.offer(pair(0, 1, 1, 1));
    expect(top.sorted()).toEqual([]);
    expect(top.threshold).toBe(Number.POSITIVE_INFINITY);
  });

  it("equals sorting every pair and cutting, on random pairs with many ties", () => {
    const next = random(5);
    for (let round = 0; round < 50; round++) {
      const pairs = Array.from({ length: 1 + Math.floor(next() * 300) }, () => {
        const i = Math.floor(next() * 30);
        return pair(i, i + 1 + Math.floor(next() * 30), 1 + Math.floor(next() * 4), Math.floor(next() * 8) / 8);
      });
      const limit = 1 + Math.floor(next() * 120);
      const top = new TopPairs(limit);
      for (const p of pairs) top.offer(p);
      expect(top.sorted()).toEqual([...pairs].sort(rankPairs).slice(0, limit));
    }
  });
});
