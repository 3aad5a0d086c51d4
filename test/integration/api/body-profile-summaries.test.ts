import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { savedQuery } from "../../../src/api/saved-query.js";
import { removeDocuments } from "../../../src/load/remove-documents.js";
import { BLOCKCHAIN, DLT, SMART_CONTRACTS, type SummaryDocument, useSummaryDocuments } from "../load/summaries-fixture.js";

// Bodies no reference names, so the profile holds only this file's documents.
const KITE = "test-bp:kite";
const WREN = "test-bp:wren";
const X1401 = "ITU-T X.1401";
const X1402 = "ITU-T X.1402";
const RES89 = "WTSA-16 Resolution 89";

const DOCUMENTS: readonly SummaryDocument[] = [
  { id: "test-bp-1", text: "Kite on ledgers", date: "2018-03-01", studyPeriod: "2017-2020", from: [KITE], to: [WREN], mentions: [DLT, BLOCKCHAIN], references: [X1401] },
  { id: "test-bp-2", text: "Kite on chains", date: "2019-07-15", studyPeriod: "2017-2020", from: [KITE], to: [WREN], mentions: [BLOCKCHAIN], references: [X1401, X1402] },
  { id: "test-bp-3", text: "Kite, undated", studyPeriod: "2017-2020", from: [KITE], to: [WREN], mentions: [DLT], references: [RES89] },
  { id: "test-bp-4", text: "Kite for members", date: "2023-02-01", studyPeriod: "2022-2024", from: [KITE], to: [WREN], mentions: [SMART_CONTRACTS], references: [X1402], access: "restricted" },
  { id: "test-bp-5", text: "Wren answers Kite", date: "2022-11-30", studyPeriod: "2022-2024", from: [WREN], to: [KITE], mentions: [BLOCKCHAIN] },
  { id: "test-bp-6", text: "Kite, same day as 1", date: "2018-03-01", from: [KITE], to: [WREN], cc: [WREN], mentions: [BLOCKCHAIN], references: [X1402] },
  { id: "test-bp-7", text: "Wren, undated, for members", from: [WREN], to: [KITE], mentions: [DLT], access: "restricted" },
  { id: "test-bp-8", text: "Kite, undated too", from: [KITE], to: [WREN], mentions: [BLOCKCHAIN, DLT], references: [X1401] },
];
const byId = (id: string) => DOCUMENTS.find((d) => d.id === id)!;

// The parts of the profile that come from summaries, as the query read them from every document before.
const FROM_DOCUMENTS = `
MATCH (b:Body {id: $id})
CALL (b) {
  MATCH (b)<-[:SENT_BY]-(d:LiaisonStatement)-[r:MENTIONS]->(t:Topic)
  WHERE coalesce(d.access, "public") IN $access
  WITH t, d ORDER BY t.id, d.date IS NULL, d.date DESC, d.id
  WITH t, collect(d.id)[..$evidenceLimit] AS documents
  ORDER BY t.id
  UNWIND documents AS document
  RETURN collect(t.id + " " + document) AS topics
}
CALL (b) {
  MATCH (b)<-[:SENT_BY]-(d:LiaisonStatement)
  WHERE coalesce(d.access, "public") IN $access
  WITH DISTINCT d ORDER BY d.date IS NULL, d.date DESC, d.id LIMIT $limit
  RETURN collect(d.id) AS sent
}
CALL (b) {
  MATCH (b)<-[:SENT_TO]-(d:LiaisonStatement)
  WHERE coalesce(d.access, "public") IN $access
  WITH DISTINCT d ORDER BY d.date IS NULL, d.date DESC, d.id LIMIT $limit
  RETURN collect(d.id) AS received
}
CALL (b) {
  MATCH (b)<-[:SENT_BY]-(d:LiaisonStatement)-[:REFERENCES]->(x:Entity)
  WHERE coalesce(d.access, "public") IN $access
  WITH x, count(*) AS times ORDER BY times DESC, x.id LIMIT $limit
  RETURN collect(x.id) AS references
}
RETURN topics, sent, received, references`;

interface Parts {
  topics: string[];
  sent: string[];
  received: string[];
  references: string[];
}

describe("bodyProfile from the summaries", () => {
  const { graph, write } = useSummaryDocuments(DOCUMENTS);

  const params = (id: string, access: string[], limit: number, evidenceLimit: number) => ({
    id, access, limit: neo4j.int(limit), evidenceLimit: neo4j.int(evidenceLimit),
  });

  const profile = async (id: string, access: string[], limit = 50, evidenceLimit = 3): Promise<Parts> => {
    const [row] = await graph.rows<{
      topics: { topic: string; relation: string; document: string | null }[];
      sent: { id: string }[];
      received: { id: string }[];
      references: { id: string }[];
    }>(savedQuery("body-profile"), params(id, access, limit, evidenceLimit));
    return {
      topics: (row?.topics ?? []).filter((t) => t.relation === "MENTIONS").map((t) => `${t.topic} ${t.document}`),
      sent: (row?.sent ?? []).map((d) => d.id),
      received: (row?.received ?? []).map((d) => d.id),
      references: (row?.references ?? []).map((x) => x.id),
    };
  };
  const fromDocuments = async (id: string, access: string[], limit = 50, evidenceLimit = 3): Promise<Parts> =>
    (await graph.rows<Parts>(FROM_DOCUMENTS, params(id, access, limit, evidenceLimit)))[0]!;

  const expectSameAsDocuments = async () => {
    for (const id of [KITE, WREN]) {
      for (const access of [["public"], ["public", "restricted"]]) {
        for (const [limit, evidenceLimit] of [[50, 3], [2, 1], [1, 0], [500, 20]] as const) {
          const label = `${id} ${access.join("+")} ${limit}/${evidenceLimit}`;
          expect(await profile(id, access, limit, evidenceLimit), label).toEqual(await fromDocuments(id, access, limit, evidenceLimit));
        }
      }
    }
  };

  it("lists sent and received newest first, undated last, and references by how many documents cite them", async () => {
    const kite = await profile(KITE, ["public"]);
    expect(kite.sent).toEqual(["test-bp-2", "test-bp-1", "test-bp-6", "test-bp-3", "test-bp-8"]);
    expect(kite.received).toEqual(["test-bp-5"]);
    expect(kite.references).toEqual([X1401, X1402, RES89]);
    expect(kite.topics).toEqual(expect.arrayContaining([`${BLOCKCHAIN} test-bp-2`, `${DLT} test-bp-1`]));
    const member = await profile(KITE, ["public", "restricted"]);
    expect(member.sent[0]).toBe("test-bp-4");
    expect(member.received).toEqual(["test-bp-5", "test-bp-7"]);
    expect(member.references).toEqual([X1401, X1402, RES89]);
  });

  it("gives what the documents give, for each access level, limit and evidence limit", async () => {
    await expectSameAsDocuments();
  }, 300_000);

  it("still does after rewrites, a change of date and of access level, and removals", async () => {
    await write({ ...byId("test-bp-3"), date: "2024-01-01", references: [X1402] });
    await write({ ...byId("test-bp-2"), access: "restricted" });
    await write({ ...byId("test-bp-5"), to: [WREN] });
    await removeDocuments(graph.driver, graph.database, ["test-bp-1", "test-bp-7"]);
    expect((await profile(KITE, ["public"])).sent[0]).toBe("test-bp-3");
    await expectSameAsDocuments();
  }, 300_000);
});
