/**
 * What `watch add --topic|--body|--recommendation` names, to a canonical id, through the same
 * resolver as the API's analytics arguments (canonical-id normalizer, reference data, then names
 * and aliases in the graph), so "SG17", "blockchain" and "X.509" mean here what they mean there.
 */
import { GraphQLError } from "graphql";
import { resolveArgument, type ArgumentKind } from "../api/resolvers/analytics/resolve-argument.js";
import { normalizeEntity } from "../model/canonical-ids.js";
import { watchCypher } from "./watch-cypher.js";
import type { GraphStore, WatchKind } from "./watch-rules.js";

/** The value names nothing of its kind (with the resolver's "did you mean"), or several things. */
export class WatchTargetError extends Error {
  override readonly name = "WatchTargetError";
}

const ARGUMENT_KIND: Record<WatchKind, ArgumentKind> = { topic: "topic", body: "body", recommendation: "entity" };

export async function resolveWatchTarget(store: GraphStore, kind: WatchKind, value: string): Promise<string> {
  // A Recommendation the normalizer reads ("X.509", "Rec. ITU-T Y.3000") may be watched before any
  // statement references it: its node appears with the first one that does.
  const normalized = kind === "recommendation" ? normalizeEntity(value) : undefined;
  if (normalized?.type === "Recommendation") return normalized.id;
  let id: string;
  try {
    // No request context: the command's user holds the database and sees every access level.
    id = await resolveArgument(value, ARGUMENT_KIND[kind], { db: store }, `--${kind}`);
  } catch (error) {
    if (error instanceof GraphQLError) throw new WatchTargetError(error.message);
    throw error;
  }
  if (kind === "recommendation") {
    const result = await store.driver.executeQuery(
      watchCypher("is-recommendation"),
      { id },
      { database: store.database, routing: "READ" },
    );
    if (result.records[0]?.get("found") !== true) throw new WatchTargetError(`--recommendation: "${value}" is ${id}, which is not a Recommendation`);
  }
  return id;
}
