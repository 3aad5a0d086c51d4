import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { savedQuery } from "../../../src/api/saved-query.js";
import { type SummaryDocument, useSummaryDocuments } from "../load/summaries-fixture.js";

// neighbourhood of a busy node came close to the transaction memory limit at 100k documents
// (257 MB for ITU-T TSAG with 50 neighbours): the map of every statement of the node to its
// relations was carried into the subquery that walks the date index, and its top-k counted the map
// once per statement held, so memory grew with limit x statements. Here a hub every statement is
// sent and copied to, with a limit that grows with them: 4x the statements at 4x the limit is
// about 4x the memory when nothing buffers the map, 16x when the top-k holds a copy per row.
const SMALL = 40;
const LARGE = 160;
const HUB = "test-nm:hub";
const SENDER = "test-nm:sender";
// Days and months that repeat, so that ties on a date are settled by id.
const DATES = ["2093-05-01", "2093-05", "2093-04-30", "2093-05-01", "2092", "2093-01-31", "2093-04-30"];

/** `statements` statements to the hub, their ids out of the order they are written in. */
const statements = (count: number): SummaryDocument[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `test-nm-${count}-${String((i * 7) % count).padStart(3, "0")}`,
    text: `statement ${i} of ${count} to the hub`,
    date: DATES[i % DATES.length]!,
    studyPeriod: "2093-2096",
    from: [SENDER],
    to: [HUB],
    cc: [HUB],
  }));

/** The hub and its neighbours in the documented order: newest first, ties by id. */
function expected(documents: readonly SummaryDocument[], limit: number): string[] {
  const byCodePoint = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const sorted = [...documents].sort((a, b) => (a.date === b.date ? byCodePoint(a.id, b.id) : byCodePoint(b.date!, a.date!)));
  return [HUB, ...sorted.map((d) => d.id)].slice(0, limit + 1);
}

interface Operator { operatorType: string; rows: number; arguments: Record<string, unknown>; children: Operator[] }

describe("neighbourhood of a busy node keeps its memory linear in the node's statements", () => {
  const { graph, write } = useSummaryDocuments(statements(SMALL));

  /** The neighbourhood's node ids, its total memory by PROFILE, and whether it walked the date index. */
  const neighbourhood = async (limit: number) => {
    const params = { id: HUB, limit: neo4j.int(limit), access: ["public"] };
    const session = graph.driver.session({ database: graph.database });
    try {
      const result = await session.run(`PROFILE ${savedQuery("neighbourhood")}`, params);
      const plan = result.summary.profile as unknown as Operator & { arguments: { GlobalMemory?: unknown } };
      const operators: Operator[] = [];
      const visit = (operator: Operator) => {
        operators.push(operator);
        for (const child of operator.children) visit(child);
      };
      visit(plan);
      const total = plan.arguments.GlobalMemory;
      const nodes = (result.records[0]?.get("nodes") ?? []) as { id: string }[];
      return {
        ids: nodes.map((n) => n.id),
        memory: neo4j.isInt(total) ? total.toNumber() : Number(total),
        walked: operators.some((o) => o.operatorType.startsWith("NodeIndexScan")
          && String(o.arguments.Details ?? "").includes("LiaisonStatement(date)") && o.rows > 0),
      };
    } finally {
      await session.close();
    }
  };

  it("shows the same neighbours, and at 4x the statements and limit takes under 8x the memory", async () => {
    const small = await neighbourhood(SMALL / 8);
    expect(small.walked, "the hub is busy enough to walk the date index").toBe(true);
    expect(small.ids).toEqual(expected(statements(SMALL), SMALL / 8));
    expect(small.memory, "memory is reported").toBeGreaterThan(0);

    // The large set replaces the small one, on the same hub.
    await graph.removeDocuments(statements(SMALL).map((d) => d.id));
    for (const doc of statements(LARGE)) await write(doc);
    try {
      const large = await neighbourhood(LARGE / 8);
      expect(large.walked, "the hub is busy enough to walk the date index").toBe(true);
      expect(large.ids).toEqual(expected(statements(LARGE), LARGE / 8));
      expect(large.memory / small.memory, `${small.memory} then ${large.memory} bytes`).toBeLessThan(8);
    } finally {
      await graph.removeDocuments(statements(LARGE).map((d) => d.id));
    }
  }, 300_000);
});
