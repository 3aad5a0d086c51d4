import type { Driver, ManagedTransaction } from "neo4j-driver";
import { bumpGraphVersion } from "../graph/graph-version.js";
import { loadStatement } from "./cypher-statement.js";

/**
 * The summaries the loader keeps (cypher/load/summaries-add.cypher): body–topic weights, per-period
 * counts of what bodies sent and of what mentions each topic, and body–body flow counts and each body's traffic, so that
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
}

export async function beforeDocumentsChange(tx: ManagedTransaction, ids: readonly string[]): Promise<PendingSummaries> {
  if (ids.length === 0) return { stale: [], staleTotals: [] };
  const result = await tx.run(loadStatement("summaries-subtract"), { ids });
  const row = result.records[0];
  return {
    stale: (row?.get("stale") as string[] | undefined) ?? [],
    staleTotals: (row?.get("staleTotals") as string[] | undefined) ?? [],
  };
}

export async function afterDocumentsChange(tx: ManagedTransaction, ids: readonly string[], pending: PendingSummaries): Promise<void> {
  const staleTotals = pending.staleTotals ?? [];
  if (ids.length === 0 && pending.stale.length === 0 && staleTotals.length === 0) return;
  await tx.run(loadStatement("summaries-add"), { ids, stale: pending.stale, staleTotals });
}

export interface RebuildReport {
  readonly documents: number;
  readonly bodyTopics: number;
  readonly bodyFlows: number;
  readonly bodyTopicTotals: number;
  readonly topicPeriods: number;
  readonly bodyPeriods: number;
  readonly bodyTraffic: number;
}

/**
 * Recomputes every summary from the documents: deletes them all, then runs the loader's own
 * statement over every liaison statement in batches, so a rebuild and the loader can only agree.
 * For graphs written before summaries existed, or by a bulk writer that bypassed the loader.
 */
export async function rebuildSummaries(
  driver: Driver,
  database: string,
  options: { batchSize?: number; progress?: (done: number, total: number) => void } = {},
): Promise<RebuildReport> {
  const batchSize = options.batchSize ?? 2000;
  const session = driver.session({ database });
  try {
    // IN TRANSACTIONS needs an auto-commit transaction; the deletion may be large.
    await session.run("MATCH (s:Summary) CALL (s) { DELETE s } IN TRANSACTIONS OF 10000 ROWS");
    const ids = (await session.run("MATCH (d:LiaisonStatement) RETURN d.id AS id ORDER BY id")).records.map((r) => r.get("id") as string);
    for (let start = 0; start < ids.length; start += batchSize) {
      const batch = ids.slice(start, start + batchSize);
      await session.executeWrite((tx) => afterDocumentsChange(tx, batch, { stale: [], staleTotals: [] }));
      options.progress?.(Math.min(start + batchSize, ids.length), ids.length);
    }
    await session.executeWrite((tx) => bumpGraphVersion(tx));
    const counts = await session.run(
      `CALL () { MATCH (s:BodyTopic) RETURN count(s) AS bodyTopics }
       CALL () { MATCH (f:BodyFlow) RETURN count(f) AS bodyFlows }
       CALL () { MATCH (s:BodyTopicTotal) RETURN count(s) AS bodyTopicTotals }
       CALL () { MATCH (p:TopicPeriod) RETURN count(p) AS topicPeriods }
       CALL () { MATCH (p:BodyPeriod) RETURN count(p) AS bodyPeriods }
       CALL () { MATCH (t:BodyTraffic) RETURN count(t) AS bodyTraffic }
       RETURN bodyTopics, bodyFlows, bodyTopicTotals, topicPeriods, bodyPeriods, bodyTraffic`,
    );
    const row = counts.records[0];
    const count = (name: string) => Number(row?.get(name) ?? 0);
    return {
      documents: ids.length,
      bodyTopics: count("bodyTopics"),
      bodyFlows: count("bodyFlows"),
      bodyTopicTotals: count("bodyTopicTotals"),
      topicPeriods: count("topicPeriods"),
      bodyPeriods: count("bodyPeriods"),
      bodyTraffic: count("bodyTraffic"),
    };
  } finally {
    await session.close();
  }
}
