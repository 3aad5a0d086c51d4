import { describe, expect, it } from "vitest";
import { removeDocuments } from "../../../src/load/remove-documents.js";
import { summary, useSummaryDocumentBatches, type SummaryDocument } from "./summaries-fixture.js";

// More statements from one body than BodyRecent keeps (500), so its list is full and must stay the
// newest 500 through writes above and below its last one, removals and changes of date.
const HERON = "test-sr:heron";
const IBIS = "test-sr:ibis";
const day = (n: number) => new Date(Date.UTC(2001, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const statement = (n: number, date: string | undefined): SummaryDocument => ({
  id: `test-sr-${String(n).padStart(4, "0")}`, text: `Heron ${n}`, ...(date ? { date } : {}), studyPeriod: "2001-2004", from: [HERON], to: [IBIS],
});
// Two a day, so equal dates are ordered by id; every 50th undated.
const DOCUMENTS = Array.from({ length: 520 }, (_, n) => statement(n, n % 50 === 7 ? undefined : day(Math.floor(n / 2))));
const EXTRA = [statement(900, "1999-01-01"), statement(901, "2030-01-01"), statement(902, undefined)];
const IDS = [...DOCUMENTS, ...EXTRA].map((d) => d.id);

describe("BodyRecent: the newest 500 a body sent, kept through writes", () => {
  const { graph, write } = useSummaryDocumentBatches(DOCUMENTS, IDS);

  /** The newest 500 read from the documents, as a rebuild computes them. */
  const fromDocuments = async () => {
    const [row] = await graph.rows<{ documents: number; recent: string[]; recentDates: string[] }>(
      `MATCH (:Body {id: $body})<-[sent:SENT_BY]-(d:LiaisonStatement)
       WHERE sent.sourceDocument = d.id
       WITH DISTINCT d ORDER BY d.date IS NULL, d.date DESC, d.id
       RETURN count(d) AS documents, collect(d.id)[..500] AS recent, collect(coalesce(d.date, ""))[..500] AS recentDates`,
      { body: HERON },
    );
    return { ...row!, documents: Number(row!.documents) };
  };
  const kept = async () => {
    const s = await summary(graph, "BodyRecent", `${HERON}|sent|public`);
    return { documents: Number(s?.documents), recent: s?.recent as string[] | undefined, recentDates: s?.recentDates as string[] | undefined };
  };

  it("holds the newest 500, undated last, after the first load", async () => {
    const expected = await fromDocuments();
    expect(expected.documents).toBe(520);
    expect(expected.recent).toHaveLength(500);
    expect(await kept()).toEqual(expected);
  });

  it("stays the newest 500 after older, newer and undated statements, a removal from the list and changes of date", async () => {
    // Older than its last: the list does not change, the count does.
    await write([EXTRA[0]!]);
    expect(await kept()).toEqual(await fromDocuments());
    // Newer than all, and one more undated: both come in.
    await write([EXTRA[1]!, EXTRA[2]!]);
    expect((await kept()).recent?.[0]).toBe("test-sr-0901");
    expect(await kept()).toEqual(await fromDocuments());
    // Removing listed statements brings in the next ones.
    await removeDocuments(graph.driver, graph.database, ["test-sr-0519", "test-sr-0300", "test-sr-0007"]);
    expect(await kept()).toEqual(await fromDocuments());
    // A listed statement moved before every other, and the newest moved after its last.
    await write([{ ...DOCUMENTS[100]!, date: "1990-01-01" }, { ...EXTRA[1]!, date: "1991-01-01" }]);
    expect(await kept()).toEqual(await fromDocuments());
  }, 300_000);
});
