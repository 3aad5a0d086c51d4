/** Liaison statements written by hand for the summaries tests, through the loader's own toGraphWrite. */
import { createHash } from "node:crypto";
import { extractionOf, type ExtractedEntity, type ExtractedRelation } from "../../../src/extract/extraction.js";
import { toGraphWrite, type GraphWrite } from "../../../src/load/graph-write.js";
import type { AccessLevel } from "../../../src/model/access-level.js";
import { afterAll, beforeAll } from "vitest";
import { removeDocuments } from "../../../src/load/remove-documents.js";
import { writeBatch } from "../../../src/load/write-batch.js";
import { writeExtraction } from "../../../src/load/write-extraction.js";
import { useTestGraph, type TestGraph } from "../../support/neo4j.js";

export const DLT = "topic:distributed-ledger-technology";
export const BLOCKCHAIN = "topic:blockchain";
export const SMART_CONTRACTS = "topic:smart-contracts";
export const VEHICULAR = "topic:vehicular-multimedia";

export interface SummaryDocument {
  readonly id: string;
  readonly text: string;
  readonly date?: string;
  readonly studyPeriod?: string;
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly cc?: readonly string[];
  readonly mentions?: readonly string[];
  /** Entities the document REFERENCES, e.g. "ITU-T X.1402". */
  readonly references?: readonly string[];
  /** The level ingestion is asked for (`ingest --access`). */
  readonly access?: AccessLevel;
}

/** Bodies whose ids start with `test-` are ones the reference data does not know: the document introduces them. */
export function summaryWrite(doc: SummaryDocument): GraphWrite {
  const relation = (type: ExtractedRelation["type"], to: string, properties?: Record<string, string>): ExtractedRelation => ({
    type, from: doc.id, to, evidence: `${doc.text} (${type} ${to})`, ...(properties ? { properties } : {}),
  });
  const unknown = [...new Set([...doc.from, ...doc.to, ...(doc.cc ?? [])])].filter((id) => id.startsWith("test-"));
  const entities: ExtractedEntity[] = unknown.map((id) => ({ type: "Organization", id, name: id, properties: { resolved: false } }));
  const extraction = extractionOf(
    {
      id: doc.id,
      title: doc.text,
      text: doc.text,
      contentHash: createHash("sha256").update(doc.text).digest("hex"),
      format: "plain-text",
      file: `${doc.id}.txt`,
      ...(doc.date ? { date: doc.date } : {}),
      ...(doc.studyPeriod ? { studyPeriod: doc.studyPeriod } : {}),
    },
    {
      entities,
      relations: [
        ...doc.from.map((id) => relation("SENT_BY", id)),
        ...doc.to.map((id) => relation("SENT_TO", id, { purpose: "INFORMATION" })),
        ...(doc.cc ?? []).map((id) => relation("COPIED_TO", id)),
        ...(doc.mentions ?? []).map((id) => relation("MENTIONS", id)),
        ...(doc.references ?? []).map((id) => relation("REFERENCES", id)),
      ],
    },
  );
  return toGraphWrite(extraction, { keepContacts: false, access: doc.access ?? "public" });
}

export interface SummaryNode {
  readonly kind: string;
  readonly properties: Record<string, unknown>;
}

/** Every summary node with all its properties, in a stable order. */
export async function allSummaries(graph: TestGraph): Promise<SummaryNode[]> {
  const rows = await graph.rows<{ labels: string[]; properties: Record<string, unknown> }>(
    "MATCH (s:Summary) RETURN labels(s) AS labels, properties(s) AS properties",
  );
  return rows
    .map((r) => ({ kind: r.labels.filter((l) => l !== "Summary").sort().join(":"), properties: r.properties }))
    .sort((a, b) => `${a.kind} ${String(a.properties.key)}`.localeCompare(`${b.kind} ${String(b.properties.key)}`));
}

/** One summary node's properties by kind and key, or undefined. */
export async function summary(graph: TestGraph, kind: string, key: string): Promise<Record<string, unknown> | undefined> {
  const rows = await graph.rows<{ properties: Record<string, unknown> }>(
    `MATCH (s:Summary {key: $key}) WHERE $kind IN labels(s) RETURN properties(s) AS properties`,
    { key, kind },
  );
  return rows[0]?.properties;
}

/**
 * The test graph with `documents` written through the real loader before the file's tests (any
 * left by an earlier run removed first) and removed after them; `write` writes one more.
 */
export function useSummaryDocuments(documents: readonly SummaryDocument[]): { graph: TestGraph; write: (doc: SummaryDocument) => Promise<unknown> } {
  const graph = useTestGraph();
  const ids = documents.map((d) => d.id);
  const write = (doc: SummaryDocument) => writeExtraction(graph.driver, graph.database, summaryWrite(doc));
  beforeAll(async () => {
    await removeDocuments(graph.driver, graph.database, ids);
    for (const doc of documents) await write(doc);
  });
  afterAll(() => removeDocuments(graph.driver, graph.database, ids));
  return { graph, write };
}

/** Writes documents through the loader 200 per transaction, as ingestion does; the first failure throws. */
export async function writeSummaryBatches(graph: TestGraph, documents: readonly SummaryDocument[]): Promise<void> {
  for (let i = 0; i < documents.length; i += 200) {
    const results = await writeBatch(graph.driver, graph.database, documents.slice(i, i + 200).map(summaryWrite));
    for (const result of results) if ("error" in result) throw result.error;
  }
}

/**
 * The test graph with `documents` written through the loader 200 per transaction before the tests
 * and the statements named `ids` (the documents' own by default) removed before and after them.
 */
export function useSummaryDocumentBatches(
  documents: readonly SummaryDocument[],
  ids: readonly string[] = documents.map((d) => d.id),
): { graph: TestGraph; write: (docs: readonly SummaryDocument[]) => Promise<void> } {
  const graph = useTestGraph();
  const write = (docs: readonly SummaryDocument[]) => writeSummaryBatches(graph, docs);
  beforeAll(async () => {
    await removeDocuments(graph.driver, graph.database, ids);
    await write(documents);
  }, 300_000);
  afterAll(() => removeDocuments(graph.driver, graph.database, ids), 300_000);
  return { graph, write };
}
