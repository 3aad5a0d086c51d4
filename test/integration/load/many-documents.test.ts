import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestInputs, type IngestRun } from "../../../src/cli/ingest-run.js";
import { docsPerSecond } from "../../../src/cli/progress.js";
import { useTestGraph } from "../../support/neo4j.js";
import { generateDocuments } from "./generate-documents.js";
import { graphTotals, type GraphTotals } from "./load-helpers.js";

const COUNT = 300;

describe(`${COUNT} documents in one folder`, () => {
  const graph = useTestGraph();
  const documents = generateDocuments(COUNT);
  const ids = documents.map((d) => d.id);
  let folder: string;
  let before: GraphTotals;
  let known: Set<string>;
  let run: IngestRun;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), "many-documents-"));
    await Promise.all(documents.map((d) => writeFile(path.join(folder, d.name), d.text)));
    await graph.removeDocuments(ids);
    before = await graphTotals(graph);
    known = new Set((await graph.rows<{ id: string }>("MATCH (n:Entity) RETURN n.id AS id")).map((r) => r.id));
    run = await ingestInputs([folder], { driver: graph.driver, database: graph.database });
    console.log(`ingested ${COUNT} documents in ${(run.elapsedMs / 1000).toFixed(2)} s: ${docsPerSecond(COUNT, run.elapsedMs)} docs/s`);
  }, 300_000);
  afterAll(async () => {
    await graph.removeDocuments(ids);
    await rm(folder, { recursive: true, force: true });
  });

  it("creates every one of them", () => {
    expect(run.failed).toEqual([]);
    expect(run.documents).toHaveLength(COUNT);
    expect(run.documents.filter((d) => d.outcome !== "created")).toEqual([]);
    expect(run.documents.map((d) => d.extraction.document.id).sort()).toEqual([...ids].sort());
  });

  it("gives each its sender, recipients with their purpose, topics and reference", async () => {
    const rows = await graph.rows<{ id: string; from: string[]; to: [string, string][]; topics: string[]; references: string[] }>(
      `UNWIND $ids AS id
       MATCH (d:LiaisonStatement {id: id})
       RETURN id,
              [(d)-[:SENT_BY]->(b) | b.id] AS from,
              [(d)-[r:SENT_TO]->(b) | [b.id, r.purpose]] AS to,
              [(d)-[:MENTIONS]->(t:Topic) | t.id] AS topics,
              [(d)-[:REFERENCES]->(x) | x.id] AS references`,
      { ids },
    );
    expect(rows).toHaveLength(COUNT);
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const expected of documents) {
      const row = byId.get(expected.id);
      expect(row?.from, expected.name).toEqual([expected.sender]);
      expect(Object.fromEntries(row?.to ?? []), expected.name).toEqual(expected.recipients);
      expect(row?.topics, expected.name).toEqual(expect.arrayContaining([...expected.topics]));
      expect(row?.references, expected.name).toContain(expected.recommendation);
    }
    const senders = new Set(documents.map((d) => d.sender));
    expect(senders).toContain("ITU-T TSAG");
    expect([...senders].filter((s) => s.startsWith("IETF ")).length).toBeGreaterThan(3);
    expect(senders.size).toBeGreaterThan(10);
  });

  it("adds exactly the documents, the entities the graph did not know, and their relations", async () => {
    const introduced = new Set(run.documents.flatMap((d) => d.extraction.entities.map((e) => e.id)).filter((id) => !known.has(id)));
    const relations = run.documents.reduce(
      (sum, d) => sum + new Set(d.extraction.relations.map((r) => `${r.type} ${r.from} ${r.to}`)).size,
      0,
    );
    expect(introduced.size).toBeGreaterThan(0);
    expect(await graphTotals(graph)).toEqual({ nodes: before.nodes + COUNT + introduced.size, relationships: before.relationships + relations });
    const [own] = await graph.rows<{ count: number }>(
      "UNWIND $ids AS id MATCH ()-[r {sourceDocument: id}]->() RETURN count(r) AS count",
      { ids },
    );
    expect(own?.count).toBe(relations);
  });

  it("stores none of the contacts' e-mail addresses", async () => {
    const [row] = await graph.rows<{ count: number }>(
      `UNWIND $ids AS id MATCH (d:LiaisonStatement {id: id})
       WHERE apoc.convert.toJson(properties(d)) CONTAINS "@example."
       RETURN count(d) AS count`,
      { ids },
    );
    expect(row?.count).toBe(0);
  });

  it("leaves everything unchanged when the folder is ingested again", async () => {
    const totals = await graphTotals(graph);
    const again = await ingestInputs([folder], { driver: graph.driver, database: graph.database });
    console.log(`re-ingested ${COUNT} unchanged documents: ${docsPerSecond(COUNT, again.elapsedMs)} docs/s`);
    expect(again.documents.filter((d) => d.outcome !== "unchanged")).toEqual([]);
    expect(await graphTotals(graph)).toEqual(totals);
  }, 300_000);
});
