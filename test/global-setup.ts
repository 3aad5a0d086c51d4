import type { TestProject } from "vitest/node";
import { loadConfig } from "../src/config/config.js";
import { loadReferenceGraph } from "../src/graph/load-reference-graph.js";
import { migrate } from "../src/graph/migrate.js";
import { connectNeo4j, type Neo4jConnection } from "../src/neo4j/connection.js";

/**
 * One real Neo4j for the whole run. Without NEO4J_URI it is the project's own launcher on its own
 * data folder and ports (so a running `npm start` is left alone), emptied at the start; with
 * NEO4J_URI the tests use that database and empty it only if NEO4J_TEST_ALLOW_WIPE=true.
 */
let connection: Neo4jConnection | undefined;

export const TEST_LOCAL_ENV = {
  NEO4J_LOCAL_DATA_DIR: ".neo4j-test",
  NEO4J_LOCAL_BOLT_PORT: "7688",
  NEO4J_LOCAL_HTTP_PORT: "7475",
};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = Boolean(process.env.NEO4J_URI);
  const config = loadConfig(process.env, external ? {} : TEST_LOCAL_ENV);
  const started = Date.now();
  connection = await connectNeo4j(config.neo4j, (line) => console.log(line));
  const { driver, database } = connection;
  if (!external || process.env.NEO4J_TEST_ALLOW_WIPE === "true") {
    await driver.executeQuery("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", {}, { database });
  } else {
    throw new Error("Tests empty the database they use: set NEO4J_TEST_ALLOW_WIPE=true to run them against NEO4J_URI.");
  }
  await migrate(driver, database);
  await loadReferenceGraph(driver, database);
  console.log(`Test Neo4j ready at ${connection.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide("neo4jUri", connection.uri);
  project.provide("neo4jDatabase", database);
  project.provide("neo4jPassword", config.neo4j.password ?? "");
  return async () => {
    await connection?.close();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jDatabase: string;
    neo4jPassword: string;
  }
}
