import { inject } from "vitest";
import { spawnApi, type ApiProcess } from "./spawn-api.js";

export { startScriptNodeOptions, type ApiProcess } from "./spawn-api.js";

/** The API as `npm start` runs it, in a process of its own, on the run's test Neo4j (see spawn-api.ts). */
export function startApiProcess(env: Record<string, string | undefined> = {}): Promise<ApiProcess> {
  return spawnApi({ uri: inject("neo4jUri"), password: inject("neo4jPassword"), database: inject("neo4jDatabase") }, env);
}
