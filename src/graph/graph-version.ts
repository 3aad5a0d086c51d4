import path from "node:path";
import neo4j, { type Driver, type QueryResult } from "neo4j-driver";
import { PROJECT_ROOT } from "../config/config.js";
import { cypherText } from "./cypher-file.js";

const GRAPH_CYPHER = path.join(PROJECT_ROOT, "cypher", "graph");

/** Anything that runs a statement: a transaction (the write's own) or a session. */
export interface StatementRunner {
  run(query: string, parameters?: Record<string, unknown>): Promise<QueryResult>;
}

/**
 * Raises the graph's version inside the caller's transaction, so that the new version becomes
 * visible exactly when the write does. Call it last: the version node is one lock that every
 * writer takes, and holding it for the end of the transaction only keeps concurrent writers apart
 * for their commit.
 */
export async function bumpGraphVersion(runner: StatementRunner): Promise<number> {
  const result = await runner.run(cypherText(GRAPH_CYPHER, "graph-version-bump"));
  return toNumber(result.records[0]?.get("version"));
}

/** The graph's current version (0 before any counted write). */
export async function readGraphVersion(driver: Driver, database: string): Promise<number> {
  const { records } = await driver.executeQuery(cypherText(GRAPH_CYPHER, "graph-version-read"), {}, { database, routing: "READ" });
  return toNumber(records[0]?.get("version"));
}

/** Bumps the version in a transaction of its own, for writes that are not one transaction (migrations). */
export async function bumpGraphVersionAlone(driver: Driver, database: string): Promise<number> {
  const { records } = await driver.executeQuery(cypherText(GRAPH_CYPHER, "graph-version-bump"), {}, { database });
  return toNumber(records[0]?.get("version"));
}

function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  return typeof value === "number" ? value : 0;
}
