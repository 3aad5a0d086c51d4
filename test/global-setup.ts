import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig, PROJECT_ROOT } from "../src/config/config.js";
import { loadReferenceGraph } from "../src/graph/load-reference-graph.js";
import { migrate } from "../src/graph/migrate.js";
import { connectNeo4j, type Neo4jConnection } from "../src/neo4j/connection.js";
import { readRunningStatus } from "../src/neo4j/launcher-status.js";
import { freePort, portIsFree } from "./support/private-neo4j.js";

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
  // A second test run while one is going on gets a Neo4j of its own, so neither empties the
  // other's database nor stops it under its feet; so does a run that finds the usual test ports
  // taken by another program (another checkout's tests, say).
  const local = testRunInProgress() || !(await testPortsFree()) ? await privateInstance() : TEST_LOCAL_ENV;
  const config = loadConfig(process.env, external ? {} : local);
  const started = Date.now();
  connection = await connectNeo4j(config.neo4j, (line) => console.log(line));
  const { driver, database } = connection;
  if (!external || process.env.NEO4J_TEST_ALLOW_WIPE === "true") {
    // CALL ... IN TRANSACTIONS needs an auto-commit transaction, which session.run gives.
    const session = driver.session({ database });
    try {
      await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
    } finally {
      await session.close();
    }
  } else {
    throw new Error("Tests empty the database they use: set NEO4J_TEST_ALLOW_WIPE=true to run them against NEO4J_URI.");
  }
  await migrate(driver, database);
  await loadReferenceGraph(driver, database);
  console.log(`Test Neo4j ready at ${connection.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide("neo4jUri", connection.uri);
  project.provide("neo4jDatabase", database);
  // The local test Neo4j has auth on with the password it generated; tests log in with that.
  project.provide("neo4jUsername", connection.username);
  project.provide("neo4jPassword", connection.password ?? "");
  project.provide("neo4jBrowserUrl", connection.browserUrl ?? process.env.NEO4J_BROWSER_URL ?? "");
  return async () => {
    await connection?.close();
    if (local !== TEST_LOCAL_ENV) rmSync(path.resolve(PROJECT_ROOT, local.NEO4J_LOCAL_DATA_DIR), { recursive: true, force: true });
  };
}

function testRunInProgress(): boolean {
  const status = readRunningStatus(path.resolve(PROJECT_ROOT, TEST_LOCAL_ENV.NEO4J_LOCAL_DATA_DIR));
  // One that is stopping is on its way out: its launcher waits for it, and this run takes over.
  return status !== undefined && status.state !== "stopping";
}

async function testPortsFree(): Promise<boolean> {
  const ports = [TEST_LOCAL_ENV.NEO4J_LOCAL_BOLT_PORT, TEST_LOCAL_ENV.NEO4J_LOCAL_HTTP_PORT].map(Number);
  return (await Promise.all(ports.map(portIsFree))).every(Boolean);
}

async function privateInstance(): Promise<typeof TEST_LOCAL_ENV> {
  return {
    NEO4J_LOCAL_DATA_DIR: `.neo4j-test-${process.pid}`,
    NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
    NEO4J_LOCAL_HTTP_PORT: String(await freePort()),
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jDatabase: string;
    neo4jUsername: string;
    neo4jPassword: string;
    /** Neo4j Browser of the test database, when it is the project's local one. */
    neo4jBrowserUrl: string;
  }
}
