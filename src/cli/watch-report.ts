/**
 * After `ingest` and `import datatracker` write: the statements of the run that match a watch rule,
 * one line each (rule, statement id, date, title), and the `watchMatches` key of ingest's --json.
 */
import type { Neo4jConnection } from "../neo4j/connection.js";
import { formatWatchMatch, watchMatches, type WatchMatch } from "../watch/watch-matches.js";
import { toJsonRun } from "./json-output.js";
import type { IngestRun } from "./ingest-run.js";

/** Matches of the statements this run wrote (unchanged ones were not new), each printed with `print`. */
export async function reportWatchMatches(
  connection: Pick<Neo4jConnection, "driver" | "database">,
  written: readonly { readonly id: string; readonly outcome: string }[],
  print: (line: string) => void,
): Promise<WatchMatch[]> {
  const ids = written.filter((w) => w.outcome === "created" || w.outcome === "updated").map((w) => w.id);
  let matches: WatchMatch[];
  try {
    matches = await watchMatches(connection, ids);
  } catch (error) {
    // The statements are written; a report that cannot be read must not make the run look failed.
    print(`Watch rules not read: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
  if (matches.length > 0) print(`Watched statements: ${matches.length} ${matches.length === 1 ? "match" : "matches"}`);
  for (const match of matches) print(formatWatchMatch(match));
  return matches;
}

/** The ingest run's --json object with `watchMatches` last (empty for a dry run). */
export function formatJsonRunWithWatches(run: Pick<IngestRun, "documents" | "failed">, matches: readonly WatchMatch[]): string {
  return `${JSON.stringify({ ...toJsonRun(run), watchMatches: matches }, null, 2)}\n`;
}
