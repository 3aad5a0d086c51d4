import neo4j from "neo4j-driver";
import { userInputError } from "../errors.js";
import { savedQuery } from "../saved-query.js";
import { SEARCHABLE_TYPES } from "../searchable-types.js";
import { readGraph, type GraphDatabase, type ReadContext } from "./read-graph.js";

export interface SearchArgs {
  readonly text: string;
  readonly types?: readonly string[] | null;
  readonly limit?: number | null;
}

export interface SearchHit {
  readonly type: string;
  readonly id: string;
  readonly name: string;
  readonly score: number;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Turns user text into a Lucene query: every word must match, exactly (boosted) or as a prefix. */
export function toLuceneQuery(text: string): string {
  const words = text
    .replace(LUCENE_SPECIAL, " ")
    .split(/\s+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0 && !/^(AND|OR|NOT|TO)$/.test(w));
  return words.map((w) => `(${w.toLowerCase()}^2 OR ${w.toLowerCase()}*)`).join(" AND ");
}

export async function search(db: GraphDatabase, args: SearchArgs, context?: ReadContext): Promise<SearchHit[]> {
  const limit = args.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw userInputError("limit must be from 1 to 100", "limit");
  if (args.text.length > 200) throw userInputError("text must be at most 200 characters", "text");
  const unknown = (args.types ?? []).filter((t) => !SEARCHABLE_TYPES.includes(t));
  if (unknown.length > 0) {
    throw userInputError(`unknown types ${unknown.join(", ")}; known: ${SEARCHABLE_TYPES.join(", ")}`, "types");
  }
  const query = toLuceneQuery(args.text);
  if (query === "") return [];
  const types = args.types && args.types.length > 0 ? args.types : SEARCHABLE_TYPES;
  const records = await readGraph(db, context, savedQuery("search"), { query, types, limit: neo4j.int(limit) });
  return records.map((r) => ({
    type: r.get("type") as string,
    id: r.get("id") as string,
    name: r.get("name") as string,
    score: r.get("score") as number,
  }));
}
