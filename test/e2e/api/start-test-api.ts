import { inject } from "vitest";
import { startApp, type App } from "../../../src/app.js";
import { loadConfig } from "../../../src/config/config.js";

/**
 * The whole API (`startApp`) on the run's test Neo4j, on a free port, without reloading the
 * reference graph the global setup already loaded.
 */
export function startTestApi(overrides: Record<string, string> = {}): Promise<App> {
  const config = loadConfig(process.env, {
    NEO4J_URI: inject("neo4jUri"),
    NEO4J_PASSWORD: inject("neo4jPassword"),
    NEO4J_DATABASE: inject("neo4jDatabase"),
    PORT: "0",
    LOAD_REFERENCE_GRAPH: "false",
    ...overrides,
  });
  return startApp(config, () => {});
}
