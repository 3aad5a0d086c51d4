/**
 * Which watch rules the statements of a run match (cypher/watch/matches.cypher): what `ingest` and
 * `import datatracker` print after writing.
 */
import { ACCESS_LEVELS } from "../model/access-level.js";
import { watchCypher } from "./watch-cypher.js";
import type { GraphStore } from "./watch-rules.js";

export interface WatchMatch {
  /** The rule's name. */
  readonly watch: string;
  readonly statement: string;
  readonly date: string | null;
  readonly title: string | null;
}

/** Matches of the given statements, by statement then rule; the command's user holds the database, so every level is seen. */
export async function watchMatches(store: GraphStore, statementIds: readonly string[]): Promise<WatchMatch[]> {
  if (statementIds.length === 0) return [];
  const result = await store.driver.executeQuery(
    watchCypher("matches"),
    { ids: [...new Set(statementIds)], access: [...ACCESS_LEVELS] },
    { database: store.database, routing: "READ" },
  );
  return result.records.map((r) => ({
    watch: r.get("watch") as string,
    statement: r.get("statement") as string,
    date: (r.get("date") as string | null) ?? null,
    title: (r.get("title") as string | null) ?? null,
  }));
}

export const formatWatchMatch = (m: WatchMatch): string => `watch ${m.watch}: ${m.statement} | ${m.date ?? "no date"} | ${m.title ?? "no title"}`;
