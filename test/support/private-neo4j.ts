import { rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { loadConfig, PROJECT_ROOT, type LocalNeo4jConfig } from "../../src/config/config.js";

/** A free TCP port on loopback, for a Neo4j of a test's own. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** True when nothing listens on this loopback port (so a Neo4j of ours can take it). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/**
 * Settings for a local Neo4j that belongs to one test file: its own data folder and ports, so it
 * can be stopped and restarted without touching the run's shared database.
 */
export async function privateNeo4jConfig(name: string): Promise<{ local: LocalNeo4jConfig; remove: () => void }> {
  const dataDir = `.neo4j-test-${name}-${process.pid}`;
  const config = loadConfig(process.env, {
    NEO4J_LOCAL_DATA_DIR: dataDir,
    NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
    NEO4J_LOCAL_HTTP_PORT: String(await freePort()),
    NEO4J_LOCAL_HEAP: "256m",
    NEO4J_LOCAL_PAGE_CACHE: "64m",
  });
  return {
    local: config.neo4j.local,
    remove: () => rmSync(path.resolve(PROJECT_ROOT, dataDir), { recursive: true, force: true }),
  };
}
