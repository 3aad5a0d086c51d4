import { buildSchema, readTypeDefs } from "./api/build-schema.js";
import { startApiServer, type ApiServer } from "./api/http-server.js";
import { readListLimits } from "./api/limits/list-limits.js";
import type { Config } from "./config/config.js";
import { loadReferenceGraph } from "./graph/load-reference-graph.js";
import { migrate } from "./graph/migrate.js";
import { connectNeo4j, type Neo4jConnection } from "./neo4j/connection.js";

export interface App {
  readonly api: ApiServer;
  readonly neo4j: Neo4jConnection;
  /** Drains HTTP, closes the driver and stops the local Neo4j if this process started it. */
  stop(): Promise<void>;
}

/** Everything `npm start` runs: Neo4j, migrations, the reference graph, the API. */
export async function startApp(config: Config, report: (line: string) => void = console.log): Promise<App> {
  const neo4j = await connectNeo4j(config.neo4j, report);
  try {
    const migrations = await migrate(neo4j.driver, neo4j.database);
    if (migrations.applied.length > 0) report(`Applied migrations: ${migrations.applied.join(", ")}`);
    if (config.loadReferenceGraph) {
      const loaded = await loadReferenceGraph(neo4j.driver, neo4j.database);
      report(`Reference graph: ${loaded.statements} statements from ${loaded.files} files (${loaded.nodesCreated} nodes created)`);
    }
    const schema = await buildSchema(neo4j.driver, neo4j.database, { accessControl: true });
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
      development: config.nodeEnv === "development",
    });
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
