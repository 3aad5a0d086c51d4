import { buildSchema, readTypeDefs } from "./api/build-schema.js";
import { startApiServer, type ApiServer } from "./api/http-server.js";
import { readListLimits } from "./api/limits/list-limits.js";
import type { Config } from "./config/config.js";
import { loadReferenceGraph } from "./graph/load-reference-graph.js";
import { migrate } from "./graph/migrate.js";
import { ensureSummaries } from "./load/summaries.js";
import { connectNeo4j, type Neo4jConnection } from "./neo4j/connection.js";
import { checkPortFree, describePortError } from "./start-up/check-port-free.js";

export interface App {
  readonly api: ApiServer;
  readonly neo4j: Neo4jConnection;
  /** Drains HTTP, closes the driver and stops the local Neo4j if this process started it. */
  stop(): Promise<void>;
}

/**
 * Everything `npm start` runs: Neo4j, migrations, the reference graph, the API. Each phase says
 * when it starts and when it is done, with the seconds since start-up began, so a slow start shows
 * where the time goes and a stuck one shows where it is stuck.
 */
export async function startApp(config: Config, report: (line: string) => void = console.log): Promise<App> {
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  await checkPortFree(config.host, config.port);
  report(config.neo4j.uri === undefined ? "Neo4j: the local database..." : `Neo4j: connecting to ${config.neo4j.uri}...`);
  const neo4j = await connectNeo4j(config.neo4j, report);
  report(`Neo4j: connected at ${neo4j.uri} (${elapsed()})`);
  try {
    report("Migrations: applying...");
    const migrations = await migrate(neo4j.driver, neo4j.database);
    report(
      migrations.applied.length > 0
        ? `Migrations: applied ${migrations.applied.join(", ")} (${elapsed()})`
        : `Migrations: up to date (${elapsed()})`,
    );
    if (config.loadReferenceGraph) {
      report("Reference graph: loading...");
      const loaded = await loadReferenceGraph(neo4j.driver, neo4j.database, undefined, undefined, { skipIfUnchanged: true });
      report(
        loaded.skipped
          ? `Reference graph: unchanged since it was last loaded (${elapsed()})`
          : `Reference graph: ${loaded.statements} statements from ${loaded.files} files (${loaded.nodesCreated} nodes created) (${elapsed()})`,
      );
    } else {
      report("Reference graph: not loaded (LOAD_REFERENCE_GRAPH=false)");
    }
    await ensureSummaries(neo4j.driver, neo4j.database, report);
    report("GraphQL schema: building...");
    const schema = await buildSchema(neo4j.driver, neo4j.database, { accessControl: true });
    report(`GraphQL schema: built (${elapsed()})`);
    const api = await startApiServer({
      schema,
      listLimits: readListLimits(readTypeDefs()),
      driver: neo4j.driver,
      database: neo4j.database,
      host: config.host,
      port: config.port,
      corsOrigins: config.corsOrigins,
      allowedHosts: config.allowedHosts,
      limits: config.limits,
      auth: config.auth,
      responseCache: config.responseCache,
      development: config.nodeEnv === "development",
    }).catch((error: unknown) => {
      // Taken since the check at the start: said the same way.
      throw typeof (error as { code?: unknown }).code === "string" ? new Error(describePortError(error, config.host, config.port)) : error;
    });
    report(`Listening on ${api.url} (started in ${elapsed()})`);
    return {
      api,
      neo4j,
      stop: async () => {
        report("Stopping the API...");
        await api.stop();
        report(neo4j.browserUrl ? "Closing the driver and stopping the local Neo4j..." : "Closing the driver...");
        await neo4j.close();
        report("Stopped.");
      },
    };
  } catch (error) {
    await neo4j.close();
    throw error;
  }
}
