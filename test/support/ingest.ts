import path from "node:path";
import type { Driver } from "neo4j-driver";
import { extractDocument } from "../../src/extract/extract-document.js";
import { referenceGazetteer } from "../../src/extract/reference-gazetteer.js";
import { toGraphWrite } from "../../src/load/graph-write.js";
import { writeExtraction, type WriteOutcome } from "../../src/load/write-extraction.js";
import { readDocument } from "../../src/parse/read-document.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");

/** SG17's liaison statement sp16-sg17-oLS-00014 proposing a Focus Group on Blockchain to TSAG. */
export const FOUNDING_DOCUMENT = path.resolve(repoRoot, "test/fixtures/documents/founding/sg17-ls14-notification.txt");
export const FOUNDING_DOCUMENT_ID = "sp16-sg17-oLS-00014";

export interface Ingested {
  readonly documentId: string;
  readonly outcome: WriteOutcome;
}

/**
 * Puts a document into the graph the way ingestion does (read, extract against the reference
 * gazetteer, write), so tests see the same nodes and relations a real run would produce.
 */
export async function ingestFile(driver: Driver, database: string, file: string): Promise<Ingested> {
  const document = await readDocument(file);
  const extraction = extractDocument(document, referenceGazetteer());
  const write = toGraphWrite(extraction, { keepContacts: false });
  return { documentId: write.documentId, outcome: await writeExtraction(driver, database, write) };
}
