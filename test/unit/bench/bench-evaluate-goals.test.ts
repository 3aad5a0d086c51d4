import { describe, expect, it } from "vitest";
import { evaluateGoals, type MeasuredOperation } from "../../../bench/evaluate-goals.js";
import type { WayTiming } from "../../../bench/interleave.js";

const timing = (p50: number, p95 = p50, cache: Record<string, number> = { none: 10 }): WayTiming => ({
  times: { p50, p95, runs: 10 },
  error: undefined,
  cache,
});

function operation(name: string, kind: "analytics" | "generated", http: number, raw: number, cached = timing(http), inProcess = raw): MeasuredOperation {
  return { name, kind, ways: { http: timing(http, http * 1.5), inProcess: timing(inProcess), raw: timing(raw), cached } };
}

describe("goal evaluation", () => {
  it("judges analytics p95 at the largest size and growth between sizes", () => {
    const goals = evaluateGoals({
      sizes: [
        { documents: 10_000, operations: [operation("overlaps", "analytics", 10, 8)] },
        { documents: 100_000, operations: [operation("overlaps", "analytics", 80, 60)] },
      ],
      generatedMissing: "bench/generated-queries.ts is not there yet",
      ingestion: { missing: "--ingest 0" },
    });
    const goal1 = goals[0]!;
    expect(goal1.lines.map((l) => [l.subject, l.mark.status, l.mark.detail])).toEqual([
      ["overlaps: HTTP p95 at 100k", "SHORT", "120 ms > 100 ms"],
      ["overlaps: growth of HTTP p50 10k→100k", "SHORT", "8.00× > 1.5×"],
    ]);
    expect(goal1.status).toBe("SHORT");
    expect(goals[1]!.lines[0]!.mark).toEqual({ status: "N/A", detail: "bench/generated-queries.ts is not there yet" });
    expect(goals[4]!.lines[0]!.mark).toEqual({ status: "N/A", detail: "--ingest 0" });
  });

  it("judges generated queries, the lookup's HTTP overhead and the cache", () => {
    const hits = timing(0.4, 0.5, { HIT: 10 });
    const goals = evaluateGoals({
      sizes: [{ documents: 2000, operations: [operation("lookup by id", "generated", 5, 4, hits, 4.8), operation("count", "generated", 9, 3, timing(1, 1, { MISS: 10 }), 3)] }],
      generatedMissing: undefined,
      ingestion: {
        graphDocuments: 2000,
        measured: {
          firstLoad: { documents: 2000, seconds: 5, docsPerSecond: 400 },
          unchanged: { documents: 2000, seconds: 4, docsPerSecond: 500 },
          rawUnwind: { documents: 2000, seconds: 1, docsPerSecond: 2000 },
        },
      },
    });
    const [goal1, goal2, goal3, goal4, goal5] = goals;
    expect(goal1!.lines.at(-1)!.mark).toEqual({ status: "N/A", detail: "one size only; growth needs two" });
    expect(goal2!.lines.map((l) => l.mark.detail)).toEqual(["1.20× ≤ 1.3×", "1.00× ≤ 1.3×"]);
    expect(goal3!.lines).toHaveLength(1);
    expect(goal3!.lines[0]!.mark).toEqual({ status: "PASS", detail: "1.25× ≤ 1.5×" });
    expect(goal3!.info).toEqual(["lookup by id: HTTP/raw 1.25×", "count: HTTP/raw 3.00×"]);
    expect(goal4!.lines[0]!.mark).toEqual({ status: "SHORT", detail: "0.080× > 0.05×" });
    expect(goal4!.lines[1]!.subject).toContain("only 0 of 10 cached requests were HITs");
    expect(goal5!.lines.map((l) => [l.mark.status, l.mark.detail])).toEqual([
      ["PASS", "400 docs/s ≥ 300 docs/s"],
      ["SHORT", "5.00× > 3×"],
      ["SHORT", "500 docs/s < 1000 docs/s"],
    ]);
  });

  it("reports the cache as not measured when the API sends no cache header", () => {
    const goals = evaluateGoals({
      sizes: [{ documents: 2000, operations: [operation("overlaps", "analytics", 10, 8)] }],
      generatedMissing: undefined,
      ingestion: { missing: "--ingest 0" },
    });
    expect(goals[3]!.lines[0]!.mark).toEqual({ status: "N/A", detail: "the API sends no X-Response-Cache header: no response cache" });
  });
});

describe("growth between sizes other than 10k and 100k", () => {
  it("says which sizes were compared", () => {
    const goals = evaluateGoals({
      sizes: [
        { documents: 2000, operations: [operation("overlaps", "analytics", 10, 8)] },
        { documents: 20_000, operations: [operation("overlaps", "analytics", 12, 9)] },
      ],
      generatedMissing: undefined,
      ingestion: { missing: "--ingest 0" },
    });
    expect(goals[0]!.info).toEqual(["growth compared sizes 2k→20k, 10× apart"]);
    expect(goals[0]!.lines[1]).toEqual({ subject: "overlaps: growth of HTTP p50 2k→20k", mark: { status: "PASS", detail: "1.20× ≤ 1.5×" } });
  });
});

describe("what explains a shortfall", () => {
  it("gives a missed analytics goal the database's share and profile, and a missed generated goal the time outside the database", async () => {
    const { formatProfile } = await import("../../../bench/profile-statements.js");
    const profile = { dbHits: 1_234_567, top: [{ operator: "Expand(All)", dbHits: 800_000 }, { operator: "Filter", dbHits: 434_567 }] };
    expect(formatProfile(profile)).toBe("1,234,567 db hits, most in Expand(All) 800,000, Filter 434,567");
    const slow: MeasuredOperation = { ...operation("overlaps", "analytics", 150, 120), profile };
    const lookup: MeasuredOperation = { ...operation("lookup by id", "generated", 14, 3.5, timing(14), 16.5), profile: { dbHits: 12, top: [] } };
    const goals = evaluateGoals({
      sizes: [
        { documents: 10_000, operations: [{ ...operation("overlaps", "analytics", 20, 15), profile: { dbHits: 1000, top: [] } }] },
        { documents: 100_000, operations: [slow, lookup] },
      ],
      generatedMissing: undefined,
      ingestion: { missing: "--ingest 0" },
    });
    const [p95, growth] = goals[0]!.lines;
    expect(p95!.why).toBe("the database takes 120.0 of 150.0 ms (p50); 1,234,567 db hits, most in Expand(All) 800,000, Filter 434,567");
    expect(growth!.why).toBe("db hits 1,000 → 1,234,567; 1,234,567 db hits, most in Expand(All) 800,000, Filter 434,567");
    expect(goals[1]!.lines[0]!.why).toMatch(/^13\.0 ms per request outside the database .*; the hand-written Cypher: 12 db hits$/);
    expect(goals[2]!.lines[0]!.why).toMatch(/^10\.5 ms per request outside the database/);
  });

  it("gives a missed cache goal what every hit costs, and a missed ingestion goal where the first load's time went", () => {
    const lookup = operation("lookup by id", "generated", 10, 4, timing(2, 2, { HIT: 10 }));
    const overlaps = operation("overlaps", "analytics", 400, 300, timing(24, 30, { HIT: 10 }));
    const goals = evaluateGoals({
      sizes: [{ documents: 100_000, operations: [lookup, overlaps] }],
      generatedMissing: undefined,
      ingestion: {
        graphDocuments: 100_000,
        measured: {
          firstLoad: { documents: 2000, seconds: 8, docsPerSecond: 250 },
          unchanged: { documents: 2000, seconds: 1, docsPerSecond: 2000 },
          rawUnwind: { documents: 2000, seconds: 1, docsPerSecond: 2000 },
          firstLoadProfile: {
            totalMs: 8000,
            inTransactionsMs: 5000,
            commitAndOtherMs: 1000,
            statements: [{ name: "upsert-documents", ms: 2500 }, { name: "summaries-add", ms: 1000 }, { name: "settle-node-access", ms: 300 }, { name: "remove-orphans", ms: 150 }, { name: "other", ms: 50 }],
            readsMs: 400,
          },
          workers: 2,
          cores: 2,
        },
      },
    });
    const cache = goals[3]!.lines;
    expect(cache.map((l) => l.mark.status)).toEqual(["SHORT", "SHORT"]);
    expect(cache[0]!.why).toMatch(/one read of the graph's version .*: 2\.0 ms p50 for the cheapest hit of any operation, where 0\.05× of this answer's 10\.0 ms is 0\.5 ms$/);
    expect(cache[1]!.why).toMatch(/2\.0 ms p50 for the cheapest hit .* 0\.05× of this answer's 400 ms is 20\.0 ms$/);
    const [first, ratio, unchanged] = goals[4]!.lines;
    const expected =
      "of 8.0 s, 5.0 s in write transactions (upsert-documents 2.5 s, summaries-add 1.0 s, settle-node-access 0.3 s, remove-orphans 0.1 s, " +
      "begin and commit 1.0 s), 0.4 s in reads, and 2.6 s waiting for the next batch to be read and extracted by 2 worker processes " +
      "on the 2 cores they share with the writer and a local Neo4j";
    expect(first!.why).toBe(expected);
    expect(ratio!.why).toBe(expected);
    expect(unchanged!.why).toBeUndefined();
  });
});
