/**
 * `newSince` (schema/70-watch.graphql): statements in the order the graph received them
 * (`ingestedAt`, then id), with the watch rules each matches, paged by an opaque cursor.
 */
import neo4j from "neo4j-driver";
import { userInputError } from "../errors.js";
import { watchCypher } from "../../watch/watch-cypher.js";
import { readGraph, type GraphDatabase, type ReadContext } from "./read-graph.js";

export interface NewSinceArgs {
  readonly cursor?: string | null;
  readonly limit?: number | null;
}

interface Position {
  /** ISO datetime of the last statement seen, null before the first. */
  readonly t: string | null;
  readonly id: string;
}

export interface NewStatements {
  readonly cursor: string;
  readonly statements: { id: string; title: string | null; date: string | null }[];
  readonly matches: { watch: string; statement: string }[];
}

const MAX_LIMIT = 500;

/** Opaque to callers: base64url of the last position, so its shape can change without breaking them. */
export const encodeCursor = (position: Position): string => Buffer.from(JSON.stringify(position)).toString("base64url");

export function decodeCursor(cursor: string): Position {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (value !== null && typeof value === "object") {
      const { t, id } = value as Record<string, unknown>;
      if ((t === null || (typeof t === "string" && !Number.isNaN(Date.parse(t)))) && typeof id === "string") return { t, id };
    }
  } catch {
    // Falls through to the error below.
  }
  throw userInputError("cursor is not one newSince returned; start again without it", "cursor");
}

export async function newSince(db: GraphDatabase, args: NewSinceArgs, context?: ReadContext): Promise<NewStatements> {
  const limit = args.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw userInputError(`limit must be from 1 to ${MAX_LIMIT}`, "limit");
  const after: Position = args.cursor == null || args.cursor === "" ? { t: null, id: "" } : decodeCursor(args.cursor);
  const records = await readGraph(db, context, watchCypher("new-since"), { afterTime: after.t, afterId: after.id, limit: neo4j.int(limit) });
  const statements = records.map((r) => ({
    id: r.get("id") as string,
    title: (r.get("title") as string | null) ?? null,
    date: (r.get("date") as string | null) ?? null,
  }));
  const matches = records.flatMap((r) => (r.get("watches") as string[]).map((watch) => ({ watch, statement: r.get("id") as string })));
  const last = records.at(-1);
  const cursor = last ? encodeCursor({ t: last.get("ingestedAt") as string, id: last.get("id") as string }) : encodeCursor(after);
  return { cursor, statements, matches };
}
