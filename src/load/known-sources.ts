/**
 * Which of a batch of source hashes (source-hash.ts) the graph already holds, in one indexed read
 * without a transaction of its own: the files behind them are unchanged and need not be read.
 */
import type { Driver } from "neo4j-driver";
import type { ExtractedDocument } from "../extract/extraction.js";
import { loadStatement } from "./cypher-statement.js";

/** What the graph keeps of a statement's own fields: what a run reports of a file it did not read. */
export type KnownDocument = Omit<ExtractedDocument, "text" | "file">;

export async function knownSources(driver: Driver, database: string, hashes: readonly string[]): Promise<Map<string, KnownDocument>> {
  const known = new Map<string, KnownDocument>();
  if (hashes.length === 0) return known;
  const { records } = await driver.executeQuery(loadStatement("known-sources"), { hashes: [...new Set(hashes)] }, { database, routing: "READ" });
  for (const record of records) {
    const fields = record.get("document") as Record<string, unknown>;
    // Absent fields stay absent, as in an extraction.
    const document = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as KnownDocument;
    known.set(record.get("hash") as string, document);
  }
  return known;
}
