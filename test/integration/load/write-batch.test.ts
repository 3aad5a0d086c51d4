import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExtractedEntity } from "../../../src/extract/extraction.js";
import { readGraphVersion } from "../../../src/graph/graph-version.js";
import { writeBatch, type BatchResult } from "../../../src/load/write-batch.js";
import { writeExtraction } from "../../../src/load/write-extraction.js";
import { useTestGraph } from "../../support/neo4j.js";
import { fixtureWrite, unknownBody, type FixtureDocument } from "./extraction-fixture.js";

// Many documents per transaction, with what one document's write guarantees kept per document:
// outcomes, unchanged documents left alone, a bad document failing alone, the previous version's
// relations and orphans removed, and the graph's version bumped once per transaction.

const PREFIX = "test-write-batch";
const SG17: ExtractedEntity = { type: "StudyGroup", id: "ITU-T SG17", name: "ITU-T Study Group 17" };
const TSAG: ExtractedEntity = { type: "AdvisoryGroup", id: "ITU-T TSAG", name: "Telecommunication Standardization Advisory Group" };

function document(n: number, text = "first version", extra: Partial<FixtureDocument> = {}): FixtureDocument {
  const body = `${PREFIX}:body-${n}`;
  return {
    id: `${PREFIX}-${n}`,
    text: `LS ${n} from SG17 to TSAG\n${text}`,
    entities: [SG17, TSAG, unknownBody(body)],
    relations: [
      { type: "SENT_BY", to: SG17.id },
      { type: "SENT_TO", to: TSAG.id, properties: { purpose: "ACTION" } },
      { type: "MENTIONS", to: body },
    ],
    ...extra,
  };
}

const outcomes = (results: readonly BatchResult[]) => results.map((r) => ("outcome" in r ? r.outcome : `error: ${String(r.error)}`));

describe("writeBatch", () => {
  const graph = useTestGraph();
  const ids = Array.from({ length: 12 }, (_, n) => `${PREFIX}-${n}`);
  const version = () => readGraphVersion(graph.driver, graph.database);
  const write = (docs: readonly FixtureDocument[]) => writeBatch(graph.driver, graph.database, docs.map(fixtureWrite));

  beforeAll(() => graph.removeDocuments(ids));
  afterAll(() => graph.removeDocuments(ids));

  it("creates a batch in one transaction, then finds it unchanged without writing", async () => {
    const docs = [0, 1, 2, 3, 4].map((n) => document(n));
    const before = await version();
    expect(outcomes(await write(docs))).toEqual(["created", "created", "created", "created", "created"]);
    expect(await version()).toBe(before + 1);

    const rows = await graph.rows<{ id: string; relations: number; mentioned: string }>(
      `UNWIND $ids AS id MATCH (d:LiaisonStatement {id: id})-[m:MENTIONS]->(b)
       RETURN id, COUNT { (d)-[]->() } AS relations, b.id AS mentioned ORDER BY id`,
      { ids: docs.map((d) => d.id) },
    );
    expect(rows).toEqual(docs.map((d, n) => ({ id: d.id, relations: 3, mentioned: `${PREFIX}:body-${n}` })));

    expect(outcomes(await write(docs))).toEqual(["unchanged", "unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(await version()).toBe(before + 1);
  });

  it("updates the changed documents of a batch, removing what their previous versions said", async () => {
    const before = await version();
    const changed = document(1, "second version", {
      entities: [SG17, TSAG],
      relations: [{ type: "SENT_BY", to: SG17.id }, { type: "SENT_TO", to: TSAG.id, properties: { purpose: "COMMENT" } }],
    });
    const results = await write([document(0), changed, document(2), document(5)]);
    expect(outcomes(results)).toEqual(["unchanged", "updated", "unchanged", "created"]);
    expect(await version()).toBe(before + 1);
    // The body only the first version named went with it (an orphan); the new purpose is there.
    expect(await graph.rows("MATCH (n:Entity {id: $id}) RETURN n.id", { id: `${PREFIX}:body-1` })).toEqual([]);
    expect(await graph.rows<{ purpose: string }>("MATCH (:LiaisonStatement {id: $id})-[r:SENT_TO]->() RETURN r.purpose AS purpose", { id: changed.id })).toEqual([
      { purpose: "COMMENT" },
    ]);
  });

  it("writes the good documents of a batch when one is bad, and fails only that one", async () => {
    const bad = document(7, "bad version", { relations: [{ type: "NOT_A_DOCUMENT_RELATION", to: SG17.id }] });
    const results = await write([document(6), bad, document(8), document(9)]);
    expect(outcomes(results).map((o) => o.replace(/^error: .*/, "error"))).toEqual(["created", "error", "created", "created"]);
    const failure = results[1];
    expect(failure && "error" in failure ? String(failure.error) : "").toContain("not a document relation type: NOT_A_DOCUMENT_RELATION");
    const written = await graph.rows<{ id: string }>("UNWIND $ids AS id MATCH (d:LiaisonStatement {id: id}) RETURN d.id AS id ORDER BY id", {
      ids: [6, 7, 8, 9].map((n) => `${PREFIX}-${n}`),
    });
    expect(written.map((r) => r.id)).toEqual([`${PREFIX}-6`, `${PREFIX}-8`, `${PREFIX}-9`]);
    // Nothing of the bad one: not its node, not the body it alone named.
    expect(await graph.rows("MATCH (n:Entity {id: $id}) RETURN n.id", { id: `${PREFIX}:body-7` })).toEqual([]);
  });

  it("writes a later document with an id the batch already has after the earlier one, as alone", async () => {
    const results = await write([document(10), document(10, "replaced"), document(11)]);
    expect(outcomes(results)).toEqual(["created", "updated", "created"]);
    const [row] = await graph.rows<{ text: string }>("MATCH (d:LiaisonStatement {id: $id}) RETURN d.text AS text", { id: `${PREFIX}-10` });
    expect(row?.text).toContain("replaced");
  });

  it("keeps writeExtraction's contract: an outcome, or the document's own error thrown", async () => {
    await expect(writeExtraction(graph.driver, graph.database, fixtureWrite(document(10, "replaced")))).resolves.toBe("unchanged");
    const bad = fixtureWrite(document(7, "bad version", { relations: [{ type: "NOT_A_DOCUMENT_RELATION", to: SG17.id }] }));
    await expect(writeExtraction(graph.driver, graph.database, bad)).rejects.toThrow(/not a document relation type/);
  });
});
