import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { savedQuery } from "../../../src/api/saved-query.js";
import { type SummaryDocument, useSummaryDocuments } from "../load/summaries-fixture.js";

// liaisonFlows over an open-ended or day-exact range ran out of transaction memory at 100k
// documents: the list of every counted pair was carried into the subquery that ranks the bodies,
// and its top-k counted the whole list once per body held, so memory grew with bodies x pairs.
// Here, in years no other document uses, a ring of bodies each writing to the next two: 2 pairs
// per body, and every body among the busiest shown (limit 100), so 4x the bodies is 4x the pairs.
const SMALL = 24;
const LARGE = 96;
const body = (i: number, bodies: number) => `test-om:b${String(i % bodies).padStart(3, "0")}`;
const pad = (n: number) => String(n).padStart(2, "0");

/** The ring of `bodies` bodies, each writing one statement (dated across 2091-2092) to the next two. */
const ring = (bodies: number): SummaryDocument[] =>
  Array.from({ length: bodies }, (_, i) => ({
    id: `test-om-${bodies}-${i}`,
    text: `ring of ${bodies}, statement ${i}`,
    date: `${2091 + (i % 2)}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`,
    studyPeriod: "2089-2092",
    from: [body(i, bodies)],
    to: [body(i + 1, bodies), body(i + 2, bodies)],
  }));

interface Flow {
  from: string;
  to: string;
  count: number;
  datedByStudyPeriod: number;
}

describe("liaisonFlows over an open-ended or day-exact range keeps its memory linear in the pairs counted", () => {
  const { graph, write } = useSummaryDocuments(ring(SMALL));

  const params = (fromDate: string | null, toDate: string | null) => ({
    fromDate, toDate, studyPeriod: null, access: ["public"], limit: neo4j.int(100),
  });

  /** The total memory PROFILE reports for the saved query. */
  const memory = async (fromDate: string | null, toDate: string | null) => {
    const session = graph.driver.session({ database: graph.database });
    try {
      const result = await session.run(`PROFILE ${savedQuery("liaison-flows")}`, params(fromDate, toDate));
      const total: unknown = result.summary.profile ? result.summary.profile.arguments.GlobalMemory : undefined;
      return neo4j.isInt(total) ? total.toNumber() : Number(total);
    } finally {
      await session.close();
    }
  };

  const flows = async (fromDate: string | null, toDate: string | null) => {
    const [row] = await graph.rows<{ flows: Flow[] }>(savedQuery("liaison-flows"), params(fromDate, toDate));
    return (row?.flows ?? []).filter((f) => f.from.startsWith("test-om:"))
      .sort((x, y) => `${x.from}>${x.to}`.localeCompare(`${y.from}>${y.to}`));
  };

  /** The same counted from the documents themselves. */
  const fromDocuments = (fromDate: string | null, toDate: string | null) =>
    graph.rows<Flow>(
      `MATCH (d:LiaisonStatement)-[:SENT_BY]->(sender:Body)
       WHERE sender.id STARTS WITH 'test-om:' AND coalesce(d.access, "public") = "public"
         AND d.date >= coalesce($fromDate, "") AND d.date < coalesce($toDate, "9999") + "~"
       MATCH (d)-[:SENT_TO|COPIED_TO]->(recipient:Body)
       WHERE recipient <> sender
       RETURN sender.id AS from, recipient.id AS to, count(DISTINCT d) AS count, 0 AS datedByStudyPeriod
       ORDER BY from + ">" + to`,
      { fromDate, toDate },
    );

  const RANGES: readonly (readonly [string | null, string | null])[] = [
    ["2091", null], ["2091-03-07", null], ["2091-03-07", "2092-09-20"], ["2091-03-03", "2091-03-03"],
  ];

  it("gives what the documents give, and at 4x the pairs takes under 8x the memory", async () => {
    const small: number[] = [];
    for (const [fromDate, toDate] of RANGES) {
      expect(await flows(fromDate, toDate), `${fromDate}..${toDate}`).toEqual(await fromDocuments(fromDate, toDate));
      small.push(await memory(fromDate, toDate));
    }
    expect((await flows("2091", null)).length).toBe(2 * SMALL);

    // The large ring replaces the small one, on the same body ids.
    await graph.removeDocuments(ring(SMALL).map((d) => d.id));
    for (const doc of ring(LARGE)) await write(doc);
    try {
      const large: number[] = [];
      for (const [fromDate, toDate] of RANGES) {
        expect(await flows(fromDate, toDate), `${fromDate}..${toDate}`).toEqual(await fromDocuments(fromDate, toDate));
        large.push(await memory(fromDate, toDate));
      }
      expect((await flows("2091", null)).length).toBe(2 * LARGE);
      // 4x the pairs of the small ring: linear growth gives about 4x; the old query's top-k held
      // every body with a copy of all the pairs, 4x the bodies times 4x the pairs, about 16x.
      for (const i of [0, 1]) {
        expect(small[i], `${RANGES[i]!.join("..")} memory is reported`).toBeGreaterThan(0);
        expect(large[i]! / small[i]!, `${RANGES[i]!.join("..")}: ${small[i]} then ${large[i]} bytes`).toBeLessThan(8);
      }
    } finally {
      await graph.removeDocuments(ring(LARGE).map((d) => d.id));
    }
  }, 300_000);
});
