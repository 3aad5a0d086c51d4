import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { savedQuery } from "../../../src/api/saved-query.js";
import { removeDocuments } from "../../../src/load/remove-documents.js";
import { type SummaryDocument, useSummaryDocuments } from "../load/summaries-fixture.js";

// Bodies no reference names, so the flows checked below hold only this file's documents.
const A = "test-fd:a";
const B = "test-fd:b";
const C = "test-fd:c";
const OLD = "2017-2020";
const NEW = "2021-2024";

// Dates at the edges of months and years, month-only and year-only dates, undated statements with
// and without a study period, and restricted ones.
const DOCUMENTS: readonly SummaryDocument[] = [
  { id: "test-fd-1", text: "last of February", date: "2019-02-28", studyPeriod: OLD, from: [A], to: [B] },
  { id: "test-fd-2", text: "first of March", date: "2019-03-01", studyPeriod: OLD, from: [A], to: [B], cc: [C] },
  { id: "test-fd-3", text: "mid-March", date: "2019-03-15", studyPeriod: OLD, from: [A], to: [B] },
  { id: "test-fd-4", text: "last of March", date: "2019-03-31", studyPeriod: OLD, from: [B], to: [A] },
  { id: "test-fd-5", text: "April", date: "2019-04-10", studyPeriod: OLD, from: [A], to: [C] },
  { id: "test-fd-6", text: "some day in May", date: "2019-05", studyPeriod: OLD, from: [A], to: [B] },
  { id: "test-fd-7", text: "some day in 2019", date: "2019", studyPeriod: OLD, from: [B], to: [C] },
  { id: "test-fd-8", text: "late May", date: "2019-05-20", studyPeriod: OLD, from: [C], to: [A] },
  { id: "test-fd-9", text: "last of May, for members", date: "2019-05-31", studyPeriod: OLD, from: [A], to: [B], access: "restricted" },
  { id: "test-fd-10", text: "first of June", date: "2019-06-01", studyPeriod: OLD, from: [A], to: [B] },
  { id: "test-fd-11", text: "undated, in a period", studyPeriod: OLD, from: [A], to: [B] },
  { id: "test-fd-12", text: "undated, in a later period", studyPeriod: NEW, from: [B], to: [A] },
  { id: "test-fd-13", text: "neither dated nor in a period", from: [C], to: [B] },
  { id: "test-fd-14", text: "new year's eve", date: "2018-12-31", studyPeriod: OLD, from: [A], to: [C] },
  { id: "test-fd-15", text: "new year's day", date: "2020-01-01", studyPeriod: OLD, from: [A], to: [C] },
  { id: "test-fd-16", text: "later, for members", date: "2021-07-04", studyPeriod: NEW, from: [B], to: [C], access: "restricted" },
  { id: "test-fd-17", text: "undated, in a period, for members", studyPeriod: OLD, from: [C], to: [A], access: "restricted" },
  { id: "test-fd-18", text: "undated, sent jointly and copied to a sender, for members", studyPeriod: OLD, from: [A, C], to: [B], cc: [C], access: "restricted" },
];
const byId = (id: string) => DOCUMENTS.find((d) => d.id === id)!;

// [fromDate, toDate]: whole years and months, days at either end or both, one day, open ends.
const RANGES: readonly (readonly [string | null, string | null])[] = [
  ["2019", "2019"], ["2019-03", "2019-05"], ["2019-03-15", "2019-05-20"], ["2019-03-02", "2019-03-31"],
  ["2019-03-15", "2019-03-15"], ["2019-05", "2019-05"], ["2019-05-20", "2019-05"], ["2019-05-01", "2019-05-31"],
  ["2018-12-31", "2020-01-01"], ["2018", "2019-03-15"], ["2019-02-28", "2021"], ["2017", "2024"],
  ["2019-03-02", null], [null, "2019-03"], [null, "2019-02-28"], ["2020-01-01", null], ["2022", "2022"], ["2016", "2016"],
];
const PUBLIC = ["public"];
const MEMBER = ["public", "restricted"];

interface Flow {
  from: string;
  to: string;
  count: number;
  datedByStudyPeriod: number;
}

describe("liaisonFlows over a date range, from the summaries", () => {
  const { graph, write } = useSummaryDocuments(DOCUMENTS);

  /** The saved query's flows among this file's bodies. */
  const flows = async (fromDate: string | null, toDate: string | null, access: string[], studyPeriod: string | null = null) => {
    const [row] = await graph.rows<{ flows: Flow[] }>(savedQuery("liaison-flows"), {
      fromDate, toDate, access, studyPeriod, limit: neo4j.int(100),
    });
    return (row?.flows ?? [])
      .filter((f) => f.from.startsWith("test-fd:"))
      .map((f) => ({ ...f, count: Number(f.count), datedByStudyPeriod: Number(f.datedByStudyPeriod) }))
      .sort((x, y) => `${x.from}>${x.to}`.localeCompare(`${y.from}>${y.to}`));
  };

  /** The same counted from the documents themselves, as the query read them before the summaries. */
  const fromDocuments = async (fromDate: string | null, toDate: string | null, access: string[], studyPeriod: string | null = null) =>
    (await graph.rows<Flow>(
      `MATCH (d:LiaisonStatement)-[:SENT_BY]->(sender:Body)
       WHERE sender.id STARTS WITH 'test-fd:' AND coalesce(d.access, "public") IN $access
         AND ($studyPeriod IS NULL OR d.studyPeriod = $studyPeriod)
         AND ((d.date >= coalesce($fromDate, "") AND d.date < coalesce($toDate, "9999") + "~")
              OR (d.date IS NULL AND d.studyPeriod IS NOT NULL
                  AND toInteger(right(d.studyPeriod, 4)) >= toInteger(left(coalesce($fromDate, "0000"), 4))
                  AND toInteger(left(d.studyPeriod, 4)) <= toInteger(left(coalesce($toDate, "9999"), 4))))
       MATCH (d)-[:SENT_TO|COPIED_TO]->(recipient:Body)
       WHERE recipient <> sender
       RETURN sender.id AS from, recipient.id AS to, count(DISTINCT d) AS count,
              count(DISTINCT CASE WHEN d.date IS NULL THEN d END) AS datedByStudyPeriod
       ORDER BY from + ">" + to`,
      { fromDate, toDate, access, studyPeriod },
    )).map((f) => ({ ...f, count: Number(f.count), datedByStudyPeriod: Number(f.datedByStudyPeriod) }));

  const expectSameAsDocuments = async () => {
    for (const [fromDate, toDate] of RANGES) {
      for (const access of [PUBLIC, MEMBER]) {
        for (const studyPeriod of [null, OLD]) {
          const label = `${fromDate}..${toDate} ${access.join("+")} ${studyPeriod}`;
          expect(await flows(fromDate, toDate, access, studyPeriod), label).toEqual(await fromDocuments(fromDate, toDate, access, studyPeriod));
        }
      }
    }
  };

  it("counts whole months, the days at a range's ends, and year-only and month-only dates", async () => {
    const spring = await flows("2019-03-15", "2019-05-20", PUBLIC);
    // 3 (mid-March) and 6 (May, no day: before the 20th's end) from A to B, with the undated 11;
    // 2 and 1 fall before the 15th; 9 is for members and after the 20th.
    expect(spring).toEqual([
      { from: A, to: B, count: 3, datedByStudyPeriod: 1 },
      { from: A, to: C, count: 1, datedByStudyPeriod: 0 },
      { from: B, to: A, count: 1, datedByStudyPeriod: 0 },
      { from: C, to: A, count: 1, datedByStudyPeriod: 0 },
    ]);
    // A year-only date counts in a range of its whole year only.
    expect((await flows("2019", "2019", PUBLIC)).find((f) => f.from === B && f.to === C)).toEqual({ from: B, to: C, count: 1, datedByStudyPeriod: 0 });
    expect((await flows("2019-01", "2019-12", PUBLIC)).find((f) => f.from === B && f.to === C)).toBeUndefined();
  });

  it("counts undated statements whose study period overlaps the range, members' ones for members only", async () => {
    expect((await flows("2022", "2022", PUBLIC))).toEqual([{ from: B, to: A, count: 1, datedByStudyPeriod: 1 }]);
    expect((await flows("2020", "2020", MEMBER)).find((f) => f.from === C && f.to === A)).toEqual({ from: C, to: A, count: 1, datedByStudyPeriod: 1 });
    expect((await flows("2020", "2020", PUBLIC)).find((f) => f.from === C && f.to === A)).toBeUndefined();
  });

  it("gives for every range, access level and study period what the documents give", async () => {
    await expectSameAsDocuments();
  }, 300_000);

  it("counts an undated statement sent jointly once per sender and recipient, never to its own sender", async () => {
    // 18 (A and C to B, C copied) and the undated 11 and 17 of 2017-2020; A to C also has 14, dated 2018.
    expect((await flows("2018", "2018", MEMBER)).filter((f) => f.datedByStudyPeriod > 0)).toEqual([
      { from: A, to: B, count: 2, datedByStudyPeriod: 2 },
      { from: A, to: C, count: 2, datedByStudyPeriod: 1 },
      { from: C, to: A, count: 1, datedByStudyPeriod: 1 },
      { from: C, to: B, count: 1, datedByStudyPeriod: 1 },
    ]);
  });

  it("still does after rewrites, a change of date and of access level, and removals", async () => {
    await write({ ...byId("test-fd-5"), date: "2019-07-01" });
    await write({ ...byId("test-fd-3"), access: "restricted" });
    await write({ ...byId("test-fd-8"), cc: [B] });
    await removeDocuments(graph.driver, graph.database, ["test-fd-6", "test-fd-11", "test-fd-2"]);
    expect((await flows("2019-03", "2019-05", PUBLIC)).find((f) => f.from === A && f.to === B)).toBeUndefined();
    await expectSameAsDocuments();
  }, 300_000);

  it("still does after undated statements gain a date, dated ones lose theirs, and undated ones change period", async () => {
    await write({ ...byId("test-fd-12"), date: "2022-03-03" });
    await write({ ...byId("test-fd-10"), date: undefined });
    await write({ ...byId("test-fd-17"), studyPeriod: NEW });
    await write({ ...byId("test-fd-18"), to: [A], cc: [] });
    // 12 now counts in March 2022 only, as a dated statement; 10 in every range overlapping 2017-2020.
    expect(await flows("2022-03", "2022-03", PUBLIC)).toEqual([{ from: B, to: A, count: 1, datedByStudyPeriod: 0 }]);
    expect((await flows("2016", "2017", PUBLIC)).find((f) => f.from === A && f.to === B)).toEqual({ from: A, to: B, count: 1, datedByStudyPeriod: 1 });
    await expectSameAsDocuments();
  }, 300_000);
});
