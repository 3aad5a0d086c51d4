import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import type { GraphWrite } from "../../../src/load/graph-write.js";
import { neighbourhood } from "../../../src/api/resolvers/analytics/neighbourhood.js";
import { savedQuery } from "../../../src/api/saved-query.js";
import { testDocument, useAnalyticsApi } from "./analytics-api.js";

const HUB = "Rank Test Hub";
const SENDER = "Rank Test Sender";
const PARTNER = "Rank Test Partner";
const SECRET = "Rank Test Secret Partner";

// Dates that tie (same day, same month-only or year-only date), undated statements, and one in
// five for members only: the ranking must order them as reading every date and id does.
const DATES = ["2024-03-01", "2024-03", undefined, "2024-02-28", "2024-03-01", "2023", "2024-01-31"];
interface Statement { readonly id: string; readonly date: string | undefined; readonly restricted: boolean }
const STATEMENTS: Statement[] = Array.from({ length: 30 }, (_, i) => ({
  // Ids out of the order they are written in, so a tie is never settled by the order of writing.
  id: `test-rank-ls-${String((i * 7) % 30).padStart(2, "0")}`,
  date: DATES[i % DATES.length],
  restricted: i % 5 === 4,
}));

const body = (id: string) => ({ id, name: id, labels: ["Organization", "Body"], properties: { resolved: false } });
const statementWrite = (s: Statement): GraphWrite => {
  const write = testDocument({ id: s.id, date: s.date as string, studyPeriod: "2022-2024", from: SENDER, to: [HUB] });
  const document: GraphWrite["document"] = { ...write.document, ...(s.restricted ? { access: "restricted" } : {}) };
  if (s.date === undefined) delete document.date;
  return { ...write, document, entities: [body(SENDER), body(HUB)] };
};
const stating = (id: string, partner: string, restricted: boolean): GraphWrite => {
  const write = statementWrite({ id, date: "2022-06-01", restricted });
  return {
    ...write,
    entities: [...write.entities, body(partner)],
    relations: [...write.relations, { type: "COLLABORATES_WITH", from: HUB, to: partner, evidence: `${HUB} works with ${partner}.`, properties: {} }],
  };
};
// Two more statements, sent to the hub like the rest, state its partners: a public one and a member's.
const PUBLIC_STATING = "test-rank-states-partner";
const MEMBER_STATING = "test-rank-states-secret";
const DOCUMENTS: GraphWrite[] = [
  ...STATEMENTS.map(statementWrite),
  stating(PUBLIC_STATING, PARTNER, false),
  stating(MEMBER_STATING, SECRET, true),
];

/** The hub's neighbours a reader may see, in the documented order: named things, then statements newest first, undated last, ties by id. */
function expectedRanking(member: boolean): string[] {
  const statements: Statement[] = [
    ...STATEMENTS,
    { id: PUBLIC_STATING, date: "2022-06-01", restricted: false },
    { id: MEMBER_STATING, date: "2022-06-01", restricted: true },
  ].filter((s) => member || !s.restricted);
  // Compared as Cypher compares strings, by code point.
  const byCodePoint = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  statements.sort((a, b) =>
    a.date === b.date ? byCodePoint(a.id, b.id)
      : a.date === undefined ? 1 : b.date === undefined ? -1
        : byCodePoint(b.date, a.date));
  return [...(member ? [PARTNER, SECRET] : [PARTNER]), ...statements.map((s) => s.id)];
}

describe("neighbourhood ranks a busy node's neighbours as reading every relation does", () => {
  const api = useAnalyticsApi({ documents: DOCUMENTS });
  const around = async (access: string[], limit: number) =>
    ((await neighbourhood(
      { driver: api.graph.driver, database: api.graph.database },
      { id: HUB, limit },
      { access, sessionConfig: { database: api.graph.database } },
    )) as { nodes: { id: string }[] }).nodes.map((n) => n.id);

  it("keeps named things first, then the newest statements, ties by id and undated ones last, at every limit", async () => {
    // Small limits walk the date index (the hub has 32 relations), large ones read every relation;
    // too few dated statements for 2 * limit send the walk back to reading them all.
    for (const [access, member] of [[["public"], false], [["public", "restricted"], true]] as const) {
      const ranking = expectedRanking(member);
      for (const limit of [1, 2, 3, 5, 8, 11, 13, 16, 20, 40]) {
        expect(await around([...access], limit), `${access.join("+")} limit ${limit}`).toEqual([HUB, ...ranking.slice(0, limit)]);
      }
    }
  });

  it("walks the date index for a small limit: the statements' dates are not read one by one", async () => {
    const profiled = await api.graph.driver.executeQuery(`PROFILE ${savedQuery("neighbourhood")}`,
      { id: HUB, limit: neo4j.int(1), access: ["public"] }, { database: api.graph.database });
    interface Operator { operatorType: string; rows: number; arguments: Record<string, unknown>; children: Operator[] }
    const operators: Operator[] = [];
    const visit = (plan: Operator) => {
      operators.push(plan);
      for (const child of plan.children) visit(child);
    };
    visit(profiled.summary.profile as unknown as Operator);
    // The plan holds both ways; the walk is the one that produced rows.
    const walked = operators.filter((o) => o.operatorType.startsWith("NodeIndexScan") && String(o.arguments.Details ?? "").includes("LiaisonStatement(date)"));
    expect(walked.map((o) => o.rows > 0)).toEqual([true]);
  });
});
