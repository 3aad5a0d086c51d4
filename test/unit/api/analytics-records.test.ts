import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toCypherParams, toPlain } from "../../../src/api/resolvers/analytics/run-analytic.js";

describe("analytics records", () => {
  it("turn Neo4j integers into numbers through nested lists and maps", () => {
    const row = {
      count: neo4j.int(3),
      score: 0.25,
      points: [{ period: "2017", count: neo4j.int(12) }],
      body: { type: "StudyGroup", id: "ITU-T SG17", name: "ITU-T Study Group 17" },
      firstSeen: null,
    };
    expect(toPlain(row)).toEqual({
      count: 3,
      score: 0.25,
      points: [{ period: "2017", count: 12 }],
      body: { type: "StudyGroup", id: "ITU-T SG17", name: "ITU-T Study Group 17" },
      firstSeen: null,
    });
  });

  it("send whole numbers as Cypher integers and leave everything else alone", () => {
    const params = toCypherParams({ limit: 20, score: 0.5, topic: "topic:blockchain", kinds: ["StudyGroup"], body: null, narrower: true });
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect((params.limit as ReturnType<typeof neo4j.int>).toNumber()).toBe(20);
    expect(params).toMatchObject({ score: 0.5, topic: "topic:blockchain", kinds: ["StudyGroup"], body: null, narrower: true });
  });
});
