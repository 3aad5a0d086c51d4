import type { Driver } from "neo4j-driver";
import type { GraphWrite } from "./graph-write.js";
import { writeBatch, type WriteOutcome } from "./write-batch.js";

export type { WriteOutcome } from "./write-batch.js";

/**
 * Writes one document in one transaction: all of it or, on any error, none of it (the error is
 * thrown). A batch of one (write-batch.ts says what a write guarantees): the relations its
 * previous version supported go first, then the nodes only they held (orphans), then the new
 * version, then the summaries and the graph's version; no write at all when nothing changed.
 */
export async function writeExtraction(driver: Driver, database: string, write: GraphWrite): Promise<WriteOutcome> {
  const [result] = await writeBatch(driver, database, [write]);
  if (result === undefined) throw new Error(`no result for ${write.documentId}`);
  if ("error" in result) throw result.error;
  return result.outcome;
}
