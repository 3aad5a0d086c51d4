/**
 * Watch rules: `(:Watch {id, name, kind, target})` nodes, one per watched topic, body or
 * Recommendation. Their own label (not `:Entity`) keeps them out of every analyst view.
 */
import type { Driver } from "neo4j-driver";
import { bumpGraphVersionAlone } from "../graph/graph-version.js";
import { watchCypher } from "./watch-cypher.js";

export type WatchKind = "topic" | "body" | "recommendation";

export const WATCH_KINDS: readonly WatchKind[] = ["topic", "body", "recommendation"];

export interface WatchRule {
  readonly id: string;
  readonly name: string;
  readonly kind: WatchKind;
  /** The canonical id of what is watched. */
  readonly target: string;
  readonly targetName: string;
  readonly createdAt: string;
}

export interface GraphStore {
  readonly driver: Driver;
  readonly database: string;
}

/** A rule that cannot be added: already there, or its name taken. */
export class WatchRuleError extends Error {
  override readonly name = "WatchRuleError";
}

/** The rule's id says what it watches, so one target is watched once whatever the names. */
export const watchId = (kind: WatchKind, target: string): string => `watch:${kind}:${target}`;

export async function listWatches(store: GraphStore): Promise<WatchRule[]> {
  const result = await store.driver.executeQuery(watchCypher("list"), {}, { database: store.database, routing: "READ" });
  return result.records.map((r) => ({
    id: r.get("id") as string,
    name: r.get("name") as string,
    kind: r.get("kind") as WatchKind,
    target: r.get("target") as string,
    targetName: r.get("targetName") as string,
    createdAt: r.get("createdAt") as string,
  }));
}

/** Adds a rule on `target` (a canonical id already resolved); the name defaults to the target's id. */
export async function addWatch(store: GraphStore, kind: WatchKind, target: string, name?: string): Promise<WatchRule> {
  const rule = { id: watchId(kind, target), name: name ?? target, kind, target };
  const existing = await listWatches(store);
  const same = existing.find((w) => w.id === rule.id);
  if (same) throw new WatchRuleError(`${kind} ${target} is already watched (rule "${same.name}")`);
  const named = existing.find((w) => w.name === rule.name);
  if (named) throw new WatchRuleError(`a watch rule is already named "${rule.name}" (${named.kind} ${named.target}); choose another --name`);
  const result = await store.driver.executeQuery(watchCypher("add"), { watch: rule }, { database: store.database });
  if (result.records.length === 0) throw new WatchRuleError(`no ${kind} ${target} in the graph`);
  // newSince answers from the rules: the API's cached answers are from another graph now.
  await bumpGraphVersionAlone(store.driver, store.database);
  const added = (await listWatches(store)).find((w) => w.id === rule.id);
  if (!added) throw new WatchRuleError(`the rule on ${kind} ${target} was not stored`);
  return added;
}

/** Removes the rule with this id or name; undefined when there is none. */
export async function removeWatch(store: GraphStore, key: string): Promise<{ id: string; name: string } | undefined> {
  const result = await store.driver.executeQuery(watchCypher("remove"), { key }, { database: store.database });
  const record = result.records[0];
  if (record) await bumpGraphVersionAlone(store.driver, store.database);
  return record ? { id: record.get("id") as string, name: record.get("name") as string } : undefined;
}
