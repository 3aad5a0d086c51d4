/**
 * The loader's upsert writes a node only where a document changes it (cypher/load/upsert-documents.cypher).
 * That must leave the graph exactly as the statement before it did: the same nodes, labels,
 * properties (provenance lists in the same order) and relations. Both are run on the same
 * batches, each in a transaction that is rolled back, and what they leave is compared.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFiles } from "../../../src/cli/ingest-run.js";
import { toGraphWrite, type GraphWrite } from "../../../src/load/graph-write.js";
import { loadStatement } from "../../../src/load/cypher-statement.js";
import { upsertRows } from "../../../src/load/upsert-rows.js";
import { DOCUMENT_RELATION_TYPES } from "../../../src/model/node-types.js";
import { useTestGraph } from "../../support/neo4j.js";
import { generateDocuments } from "./generate-documents.js";
import { fixture } from "./load-helpers.js";

const BEFORE = readFileSync(path.join(import.meta.dirname, "upsert-documents-before.cypher"), "utf8");
const SETTLE_BEFORE = readFileSync(path.join(import.meta.dirname, "settle-node-access-before.cypher"), "utf8");

type Variant = "before" | "now";

describe("the upsert writes what it wrote before", () => {
  const graph = useTestGraph();
  let folder: string;
  let writes: GraphWrite[];

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), "upsert-shape-"));
    const generated = generateDocuments(60, 5, 91_000);
    await Promise.all(generated.map((d) => writeFile(path.join(folder, d.name), d.text)));
    const files = [
      ...generated.map((d) => path.join(folder, d.name)),
      fixture("founding", "sg17-ls14-notification.txt"),
      fixture("access", "public-mention.txt"),
      fixture("access", "restricted-proposal.txt"),
    ];
    const run = await ingestFiles(files, { dryRun: true });
    expect(run.failed).toEqual([]);
    writes = run.documents.map((d) => toGraphWrite(d.extraction, { keepContacts: false }));
    await graph.removeDocuments(writes.map((w) => w.documentId));
  }, 120_000);
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  /** Batches as the loader sees them: the documents, then edited versions of some of them, then names new to the graph, said twice. */
  function batches(): GraphWrite[][] {
    const edited = writes.slice(0, 20).map((w, i) => ({
      ...w,
      entities: w.entities.map((e) => ({ ...e, properties: { ...e.properties, note: `edit ${i}`, ...(i % 2 ? { resolved: true } : {}) } })),
    }));
    const made = (id: string, n: number): GraphWrite => ({
      documentId: `upsert-shape-${n}`,
      writeHash: `h${n}`,
      document: { id: `upsert-shape-${n}`, name: `Upsert shape ${n}`, writeHash: `h${n}`, access: "public" },
      entities: [
        { id, name: `Name ${n}`, labels: ["Topic"], properties: { resolved: n === 2, colour: n === 1 ? "red" : "blue" } },
        { id: writes[0]?.documentId ?? "x", name: "another document", labels: ["LiaisonStatement"], properties: { extra: `from ${n}` } },
      ],
      relations: [
        { type: "MENTIONS", from: `upsert-shape-${n}`, to: id, evidence: `first ${n}`, properties: { a: "1" } },
        { type: "MENTIONS", from: `upsert-shape-${n}`, to: id, evidence: `second ${n}`, properties: { b: "2" } },
      ],
    });
    return [writes.slice(0, 40), writes.slice(40), edited, [made("upsert-shape-topic", 1), made("upsert-shape-topic", 2)]];
  }

  async function leaves(variant: Variant): Promise<unknown> {
    const session = graph.driver.session({ database: graph.database });
    const tx = session.beginTransaction();
    try {
      const touched = new Set<string>();
      for (const batch of batches()) {
        for (const w of batch) for (const id of [w.documentId, ...w.entities.map((e) => e.id)]) touched.add(id);
        const params = variant === "before" ? { writes: batch } : { writes: upsertRows(batch) };
        await tx.run(variant === "before" ? BEFORE : loadStatement("upsert-documents"), { ...params, relationTypes: DOCUMENT_RELATION_TYPES });
        const ids = [...new Set(batch.flatMap((w) => w.entities.map((e) => e.id)))];
        await tx.run(variant === "before" ? SETTLE_BEFORE : loadStatement("settle-node-access"), { ids });
      }
      const documents = batches().flat().map((w) => w.documentId);
      const nodes = await tx.run(
        `UNWIND $ids AS id MATCH (n:Entity {id: id})
         RETURN id, apoc.coll.sort(labels(n)) AS labels, apoc.map.removeKey(properties(n), "ingestedAt") AS properties ORDER BY id`,
        { ids: [...touched] },
      );
      const relations = await tx.run(
        `MATCH (a)-[r]->(b) WHERE r.sourceDocument IN $documents
         RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties ORDER BY from, type, to, r.sourceDocument`,
        { documents },
      );
      return { nodes: nodes.records.map((r) => r.toObject()), relations: relations.records.map((r) => r.toObject()) };
    } finally {
      await tx.rollback();
      await session.close();
    }
  }

  it("leaves the same nodes, properties and relations", async () => {
    const before = await leaves("before");
    const now = await leaves("now");
    expect((before as { nodes: unknown[] }).nodes.length).toBeGreaterThan(60);
    expect(now).toEqual(before);
  }, 120_000);

  it("still refuses a relation type documents may not write, naming it", async () => {
    const [first] = writes;
    if (!first) throw new Error("no documents");
    const bad = { ...first, relations: [...first.relations, { type: "BROADER", from: first.documentId, to: first.documentId, evidence: "x", properties: {} }] };
    const session = graph.driver.session({ database: graph.database });
    try {
      await expect(session.executeWrite((tx) => tx.run(loadStatement("upsert-documents"), { writes: upsertRows([bad]), relationTypes: DOCUMENT_RELATION_TYPES }))).rejects.toThrow(
        /not a document relation type: BROADER/,
      );
    } finally {
      await session.close();
    }
  });
});
