import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { splitStatements } from "../graph/cypher-file.js";
import { bumpGraphVersion } from "../graph/graph-version.js";
import { loadStatement } from "./cypher-statement.js";
import { recordedSummariesFingerprint, recordSummariesFingerprint, summariesFingerprint } from "./summaries-state.js";

/**
 * The summaries the loader keeps (cypher/load/summaries-add.cypher): body–topic weights, per-period
 * counts of what bodies sent and of what mentions each topic, body–body flow counts (also per year and month of the
 * documents' dates) and each body's traffic, what each body's documents refer to and its newest documents, so that
 * analytics cost what the bodies and topics involved cost, not what the number of documents costs.
 * Every write of liaison statements brackets its change with these two calls, in its own transaction:
 *
 *   const pending = await beforeDocumentsChange(tx, ids);
 *   ... remove, rewrite or delete the documents ...
 *   await afterDocumentsChange(tx, ids, pending);
 */
export interface PendingSummaries {
  /** BodyTopic keys whose first or last date or newest documents must be read again once the write is done. */
  readonly stale: readonly string[];
  /** BodyTopicTotal keys whose first or last date must be read again once the write is done. */
  readonly staleTotals?: readonly string[];
  /** BodyRecent keys whose newest documents must be read again once the write is done. */
  readonly staleRecent?: readonly string[];
}

export async function beforeDocumentsChange(tx: ManagedTransaction, ids: readonly string[]): Promise<PendingSummaries> {
  if (ids.length === 0) return { stale: [], staleTotals: [], staleRecent: [] };
  const result = await tx.run(loadStatement("summaries-subtract"), { ids });
  const row = result.records[0];
  return {
    stale: (row?.get("stale") as string[] | undefined) ?? [],
    staleTotals: (row?.get("staleTotals") as string[] | undefined) ?? [],
    staleRecent: (row?.get("staleRecent") as string[] | undefined) ?? [],
  };
}

export async function afterDocumentsChange(tx: ManagedTransaction, ids: readonly string[], pending: PendingSummaries): Promise<void> {
  const staleTotals = pending.staleTotals ?? [];
  const staleRecent = pending.staleRecent ?? [];
  if (ids.length === 0 && pending.stale.length === 0 && staleTotals.length === 0 && staleRecent.length === 0) return;
  await tx.run(loadStatement("summaries-add"), { ids, stale: pending.stale, staleTotals, staleRecent });
}

export interface RebuildReport {
  readonly documents: number;
  readonly bodyTopics: number;
  readonly bodyFlows: number;
  readonly bodyTopicTotals: number;
  readonly topicPeriods: number;
  readonly bodyPeriods: number;
  readonly bodyTraffic: number;
  readonly bodyFlowDates: number;
  readonly bodyReferences: number;
  readonly bodyRecent: number;
}

/**
 * Recomputes every summary from the documents: deletes them all, then computes each kind body by
 * body (or sender by sender, topic by topic: cypher/load/summaries-rebuild.cypher), `batchSize` of
 * them per transaction, so a transaction holds the documents of its busiest body or topic, not every
 * document (the same rebuild runs at start-up after an upgrade, on the API's own heap). An
 * independent computation of what the loader keeps document by document; a test checks both give
 * the same nodes. For graphs written before summaries existed, or by a bulk writer that bypassed
 * the loader. `progress` is called after each kind.
 */
export async function rebuildSummaries(
  driver: Driver,
  database: string,
  options: { batchSize?: number; progress?: (done: number, total: number) => void } = {},
): Promise<RebuildReport> {
  // One body or topic per transaction: the busiest of them is what bounds a transaction's memory.
  const batchSize = options.batchSize ?? 1;
  const statements = splitStatements(loadStatement("summaries-rebuild"));
  // The shared bookmark manager: a command that saves its bookmarks (NEO4J_BOOKMARKS_FILE) includes the rebuild.
  const session = driver.session({ database, bookmarkManager: driver.executeQueryBookmarkManager });
  try {
    // IN TRANSACTIONS needs an auto-commit transaction; the deletion may be large.
    await session.run("MATCH (s:Summary) CALL (s) { DELETE s } IN TRANSACTIONS OF 10000 ROWS");
    for (const [index, statement] of statements.entries()) {
      await session.run(statement, { batchSize: neo4j.int(batchSize) });
      options.progress?.(index + 1, statements.length);
    }
    const documents = await session.run("MATCH (d:LiaisonStatement) RETURN count(d) AS documents");
    await recordSummariesFingerprint(driver, database);
    await session.executeWrite((tx) => bumpGraphVersion(tx));
    const counts = await session.run(
      `CALL () { MATCH (s:BodyTopic) RETURN count(s) AS bodyTopics }
       CALL () { MATCH (f:BodyFlow) RETURN count(f) AS bodyFlows }
       CALL () { MATCH (s:BodyTopicTotal) RETURN count(s) AS bodyTopicTotals }
       CALL () { MATCH (p:TopicPeriod) RETURN count(p) AS topicPeriods }
       CALL () { MATCH (p:BodyPeriod) RETURN count(p) AS bodyPeriods }
       CALL () { MATCH (t:BodyTraffic) RETURN count(t) AS bodyTraffic }
       CALL () { MATCH (f:BodyFlowDate) RETURN count(f) AS bodyFlowDates }
       CALL () { MATCH (r:BodyReference) RETURN count(r) AS bodyReferences }
       CALL () { MATCH (s:BodyRecent) RETURN count(s) AS bodyRecent }
       RETURN bodyTopics, bodyFlows, bodyTopicTotals, topicPeriods, bodyPeriods, bodyTraffic,
              bodyFlowDates, bodyReferences, bodyRecent`,
    );
    const row = counts.records[0];
    const count = (name: string) => Number(row?.get(name) ?? 0);
    return {
      documents: Number(documents.records[0]?.get("documents") ?? 0),
      bodyTopics: count("bodyTopics"),
      bodyFlows: count("bodyFlows"),
      bodyTopicTotals: count("bodyTopicTotals"),
      topicPeriods: count("topicPeriods"),
      bodyPeriods: count("bodyPeriods"),
      bodyTraffic: count("bodyTraffic"),
      bodyFlowDates: count("bodyFlowDates"),
      bodyReferences: count("bodyReferences"),
      bodyRecent: count("bodyRecent"),
    };
  } finally {
    await session.close();
  }
}

/**
 * Rebuilds the summaries when the statements that compute them or the reference data changed
 * since they were last rebuilt (an upgrade, new reference data), so a start-up never serves
 * analytics from summaries an older version kept. Returns whether it rebuilt.
 */
export async function ensureSummaries(driver: Driver, database: string, report: (line: string) => void): Promise<boolean> {
  if ((await recordedSummariesFingerprint(driver, database)) === summariesFingerprint()) return false;
  const started = Date.now();
  report("Summaries: the summary statements or the reference data changed since the last rebuild; rebuilding...");
  const result = await rebuildSummaries(driver, database);
  report(`Summaries: rebuilt from ${result.documents} liaison statements in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}
