/**
 * The database side every graph command starts with: configuration, connection (the local
 * launcher unless NEO4J_URI is set), migrations, and, when asked, the reference graph.
 */
import { loadConfig } from "../config/config.js";
import { loadDotEnv } from "../config/load-env.js";
import { loadReferenceGraph, type ReferenceLoadResult } from "../graph/load-reference-graph.js";
import { migrate, type MigrationResult } from "../graph/migrate.js";
import { ensureSummaries } from "../load/summaries.js";
import { connectNeo4j, type Neo4jConnection } from "../neo4j/connection.js";
import { saveBookmarks } from "../neo4j/save-bookmarks.js";

export interface OpenGraphOptions {
  /** Info lines (connection, migrations applied), meant for stderr. */
  readonly report: (line: string) => void;
  readonly reference: "always" | "when-missing" | "never";
  /** false for the command that rebuilds the summaries itself; otherwise outdated ones are rebuilt first. */
  readonly ensureSummaries?: boolean;
}

export interface OpenGraph {
  /** Its `close` saves the bookmarks to NEO4J_BOOKMARKS_FILE first, when that is set. */
  readonly connection: Neo4jConnection;
  readonly migrations: MigrationResult;
  /** Undefined when the reference graph was not loaded by this call. */
  readonly reference: ReferenceLoadResult | undefined;
}

export async function openGraph(options: OpenGraphOptions): Promise<OpenGraph> {
  loadDotEnv();
  const config = loadConfig();
  const connection = withSavedBookmarks(await connectNeo4j(config.neo4j, options.report), config.neo4j.bookmarksFile);
  try {
    const { driver, database } = connection;
    options.report(`Neo4j: ${connection.uri}${config.neo4j.uri === undefined ? " (local)" : ""}, database ${database}`);
    const migrations = await migrate(driver, database);
    if (migrations.applied.length > 0) options.report(`Applied migrations: ${migrations.applied.join(", ")}`);
    let reference: ReferenceLoadResult | undefined;
    // The extractor recognizes bodies and topics by the names the graph holds; without the
    // reference graph it would miss most of them, so a fresh database gets it first.
    if (options.reference === "always" || (options.reference === "when-missing" && !(await hasReferenceGraph(connection)))) {
      reference = await loadReferenceGraph(driver, database);
      if (options.reference === "when-missing") options.report(`Loaded the reference graph: ${reference.nodesCreated} nodes, ${reference.relationshipsCreated} relationships created`);
    }
    // Writes add to the summaries: they must be the current version's before anything is added.
    if (options.ensureSummaries !== false) await ensureSummaries(driver, database, options.report);
    return { connection, migrations, reference };
  } catch (error) {
    await connection.close();
    throw error;
  }
}

/**
 * The connection, saving its bookmarks when it closes, so that a client can ask the API to answer
 * from a graph that holds this command's writes (`Neo4j-Bookmarks`), even on a lagging cluster
 * member. Only commands save them: the API's own reads must never replace a writer's bookmarks.
 */
function withSavedBookmarks(connection: Neo4jConnection, file: string | undefined): Neo4jConnection {
  if (file === undefined) return connection;
  return {
    ...connection,
    close: async () => {
      try {
        await saveBookmarks(connection.driver, file);
      } finally {
        await connection.close();
      }
    },
  };
}

async function hasReferenceGraph(connection: Neo4jConnection): Promise<boolean> {
  const result = await connection.driver.executeQuery(
    "MATCH (n:Entity {id: 'ITU-T TSAG'}) RETURN count(n) > 0 AS present",
    {},
    { database: connection.database, routing: "READ" },
  );
  return result.records[0]?.get("present") === true;
}

/** Node and relationship totals, for commands that report what the graph holds. */
export async function graphCounts(connection: Neo4jConnection): Promise<{ nodes: number; relationships: number }> {
  const result = await connection.driver.executeQuery(
    "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
    {},
    { database: connection.database, routing: "READ" },
  );
  const record = result.records[0];
  return { nodes: Number(record?.get("nodes") ?? 0), relationships: Number(record?.get("relationships") ?? 0) };
}
