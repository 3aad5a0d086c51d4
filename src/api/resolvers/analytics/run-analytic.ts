import neo4j from "neo4j-driver";
import { savedQuery } from "../../saved-query.js";
import { readGraph, type GraphDatabase, type ReadContext } from "../read-graph.js";

/** What the analytics resolvers read from the GraphQL context. */
export type AnalyticsContext = ReadContext;

export type AnalyticsDatabase = GraphDatabase;

/** Parameter values as the saved queries expect them: whole numbers as Cypher integers (LIMIT rejects floats). */
export type AnalyticParams = Record<string, string | number | boolean | null | readonly string[]>;

/**
 * Runs the saved query `cypher/queries/<name>.cypher` as a read (through the request's gated
 * database access, with its transaction timeout) and returns its rows as plain objects shaped like
 * the SDL types.
 */
export async function runAnalytic(
  db: AnalyticsDatabase,
  name: string,
  params: AnalyticParams,
  context: AnalyticsContext | undefined,
): Promise<Record<string, unknown>[]> {
  const records = await readGraph(db, context, savedQuery(name), toCypherParams(params));
  return records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
}

export function toCypherParams(params: AnalyticParams): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, typeof value === "number" && Number.isInteger(value) ? neo4j.int(value) : value]),
  );
}

/** Neo4j integers to numbers, through lists and maps; the counts and lengths here stay far below 2^53. */
export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlain(item)]));
  }
  return value;
}
