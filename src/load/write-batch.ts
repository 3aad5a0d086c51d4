/**
 * Writes many documents per transaction. Opening and committing a transaction costs more than
 * writing a short document, so documents go in batches, with everything the write of one
 * document guarantees, per document:
 *
 *   - an unchanged document (same write hash) is not written; the hashes of the whole batch are
 *     read at once, and a batch of unchanged documents opens no write transaction at all;
 *   - the relations a changed document's previous version supported go first, then the nodes
 *     only they held (orphans), then the new versions, then the access marks of every node the
 *     batch named or stopped naming, then the summaries and the graph's version, once per batch;
 *   - all of a batch or none of it is written; when its transaction fails, the batch is split in
 *     halves and each is written again, down to single documents, so that a bad document fails
 *     alone with its own error and the others are written. Only a lost database ends the batch.
 *
 * Orphans: a node that a changed document no longer names is kept when another document of the
 * batch names it, as it would be were that document written first.
 */
import { Neo4jError, type Driver, type ManagedTransaction } from "neo4j-driver";
import { bumpGraphVersion } from "../graph/graph-version.js";
import { DOCUMENT_RELATION_TYPES } from "../model/node-types.js";
import { loadStatement } from "./cypher-statement.js";
import type { GraphWrite } from "./graph-write.js";
import { removeDocumentRelations } from "./remove-document-relations.js";
import { upsertRows } from "./upsert-rows.js";
import { afterDocumentsChange, beforeDocumentsChange } from "./summaries.js";

export type WriteOutcome = "created" | "updated" | "unchanged";

/** What became of one document of a batch: its outcome, or the error that kept it out. */
export type BatchResult = { readonly outcome: WriteOutcome } | { readonly error: unknown };

/**
 * Writes `writes` in as few transactions as their ids allow (a document whose id an earlier one
 * of the batch has waits for the next transaction, so the later file wins as it would alone).
 * Returns one result per write, in order. Rejects only when the database is lost (a connection
 * that failed or expired): every following write would fail the same way.
 */
export async function writeBatch(driver: Driver, database: string, writes: readonly GraphWrite[]): Promise<BatchResult[]> {
  const results: BatchResult[] = [];
  for (const run of runsOfDistinctIds(writes)) results.push(...(await writeDistinct(driver, database, run)));
  return results;
}

function runsOfDistinctIds(writes: readonly GraphWrite[]): GraphWrite[][] {
  const runs: GraphWrite[][] = [];
  let run: GraphWrite[] = [];
  let ids = new Set<string>();
  for (const write of writes) {
    if (ids.has(write.documentId)) {
      runs.push(run);
      run = [];
      ids = new Set();
    }
    run.push(write);
    ids.add(write.documentId);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

async function writeDistinct(driver: Driver, database: string, writes: readonly GraphWrite[]): Promise<BatchResult[]> {
  const results = new Map<string, BatchResult>();
  // A read, without a write transaction: re-ingesting unchanged documents costs one query a batch.
  const hashes = await readHashes(driver, database, writes.map((w) => w.documentId));
  const changed = writes.filter((w) => hashes.get(w.documentId)?.writeHash !== w.writeHash);
  for (const write of writes) if (!changed.includes(write)) results.set(write.documentId, { outcome: "unchanged" });
  await recordSourceHashes(driver, database, writes.filter((w) => !changed.includes(w) && w.sourceHash !== undefined && hashes.get(w.documentId)?.sourceHash !== w.sourceHash));
  await writeOrSplit(driver, database, changed, results);
  return writes.map((w) => results.get(w.documentId) as BatchResult);
}

async function writeOrSplit(driver: Driver, database: string, writes: readonly GraphWrite[], results: Map<string, BatchResult>): Promise<void> {
  if (writes.length === 0) return;
  try {
    const outcomes = await writeTogether(driver, database, writes);
    for (const [id, outcome] of outcomes) results.set(id, { outcome });
  } catch (error) {
    if (isDatabaseLost(error)) throw error;
    if (writes.length === 1) {
      results.set((writes[0] as GraphWrite).documentId, { error });
      return;
    }
    const half = Math.ceil(writes.length / 2);
    await writeOrSplit(driver, database, writes.slice(0, half), results);
    await writeOrSplit(driver, database, writes.slice(half), results);
  }
}

/** Documents with distinct ids, in one transaction; their outcomes by id. */
async function writeTogether(driver: Driver, database: string, writes: readonly GraphWrite[]): Promise<Map<string, WriteOutcome>> {
  const session = driver.session({ database, bookmarkManager: driver.executeQueryBookmarkManager });
  try {
    return await session.executeWrite(async (tx) => {
      const outcomes = new Map<string, WriteOutcome>();
      // Read again inside the transaction: another writer may have written some of them since.
      const previous = await hashesIn(tx, writes.map((w) => w.documentId));
      const changed = writes.filter((w) => {
        const hash = previous.get(w.documentId);
        if (hash === w.writeHash) outcomes.set(w.documentId, "unchanged");
        // A node that only other documents referred to (no writeHash yet) is created by this write.
        else outcomes.set(w.documentId, hash == null ? "created" : "updated");
        return hash !== w.writeHash;
      });
      if (changed.length === 0) return outcomes;
      const ids = changed.map((w) => w.documentId);
      // A document never written before has no relations of its own, so nothing in the
      // summaries to take out: a first load skips that statement.
      const pending = await beforeDocumentsChange(tx, ids.filter((id) => previous.get(id) != null));
      const ends = new Set<string>();
      // Only a document written before has relations of its own to remove.
      for (const write of changed) {
        if (previous.get(write.documentId) == null) continue;
        for (const end of await removeDocumentRelations(tx, write.documentId)) ends.add(end);
      }
      // Nodes the new versions name again stay: removing and recreating them would lose what
      // other documents and the reference graph said about them.
      const keep = [...new Set(changed.flatMap((w) => w.entities.map((e) => e.id)))];
      if (ends.size > 0) await tx.run(loadStatement("remove-orphans"), { candidates: [...ends], keep });
      await tx.run(loadStatement("upsert-documents"), { writes: upsertRows(changed), relationTypes: DOCUMENT_RELATION_TYPES });
      await tx.run(loadStatement("settle-node-access"), { ids: [...new Set([...ends, ...keep])] });
      await afterDocumentsChange(tx, ids, pending);
      await bumpGraphVersion(tx);
      return outcomes;
    });
  } finally {
    await session.close();
  }
}

interface StoredHashes {
  readonly writeHash: string | null;
  readonly sourceHash: string | null;
}

async function readHashes(driver: Driver, database: string, ids: readonly string[]): Promise<Map<string, StoredHashes>> {
  const { records } = await driver.executeQuery(loadStatement("document-write-hashes"), { ids }, { database, routing: "READ" });
  return new Map(records.map((r) => [r.get("id") as string, { writeHash: (r.get("hash") as string | null) ?? null, sourceHash: (r.get("sourceHash") as string | null) ?? null }]));
}

async function hashesIn(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, string | null>> {
  const { records } = await tx.run(loadStatement("document-write-hashes"), { ids });
  return new Map(records.map((r) => [r.get("id") as string, (r.get("hash") as string | null) ?? null]));
}

/**
 * Unchanged documents read from a file whose source hash the statement does not carry yet: the
 * hash alone is written, so that the file is found without being read next time. A failure here
 * costs only that (the file is read again next time), never the documents.
 */
async function recordSourceHashes(driver: Driver, database: string, writes: readonly GraphWrite[]): Promise<void> {
  if (writes.length === 0) return;
  const rows = writes.map((w) => ({ id: w.documentId, writeHash: w.writeHash, sourceHash: w.sourceHash }));
  try {
    await driver.executeQuery(loadStatement("record-source-hashes"), { rows }, { database });
  } catch (error) {
    if (isDatabaseLost(error)) throw error;
  }
}

/** The database went away: the batch, and every one after it, cannot be written. */
export function isDatabaseLost(error: unknown): boolean {
  return error instanceof Neo4jError && (error.code === "ServiceUnavailable" || error.code === "SessionExpired");
}

