import type { Driver, Record as Neo4jRecord } from "neo4j-driver";
import { ACCESS_LEVELS } from "../auth/access.js";

/** The request's gated database access (src/api/database/request-database.ts). */
export interface GraphReader {
  read(cypher: string, parameters: Record<string, unknown>): Promise<Neo4jRecord[]>;
}

/** What the project's resolvers read from the GraphQL context. */
export interface ReadContext {
  /** Set by the HTTP server for every request. */
  readonly db?: GraphReader;
  /** The access levels the caller reads; set by the HTTP server for every request. */
  readonly access?: readonly string[];
  /** The settings @neo4j/graphql honours; used when the schema runs without the HTTP server. */
  readonly sessionConfig?: { readonly database?: string };
  readonly transaction?: { readonly timeout?: number };
}

export interface GraphDatabase {
  readonly driver: Driver;
  readonly database: string;
}

/** The timeout of a transaction run outside the HTTP server, when the context gives none. */
const FALLBACK_TIMEOUT_MS = 20_000;

/**
 * Runs a saved query through the request's gated access, or, when the schema is executed directly
 * (scripts, tests), straight on the driver, still with a transaction timeout. Every saved query
 * gets `$access`, the levels of the documents the caller may see; an in-process caller without a
 * request context already holds the database and sees every level.
 */
export async function readGraph(
  fallback: GraphDatabase,
  context: ReadContext | undefined,
  cypher: string,
  queryParameters: Record<string, unknown>,
): Promise<Neo4jRecord[]> {
  const parameters = { ...queryParameters, access: [...(context?.access ?? ACCESS_LEVELS)] };
  if (context?.db) return context.db.read(cypher, parameters);
  const result = await fallback.driver.executeQuery(cypher, parameters, {
    database: context?.sessionConfig?.database ?? fallback.database,
    routing: "READ",
    transactionConfig: { timeout: context?.transaction?.timeout ?? FALLBACK_TIMEOUT_MS },
  });
  return result.records;
}
