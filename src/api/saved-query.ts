import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.js";

export const QUERIES_DIR = path.join(PROJECT_ROOT, "cypher", "queries");

const cache = new Map<string, string>();

/**
 * The text of a saved query of cypher/queries. The API runs the same files analysts open in
 * Neo4j Browser, always with parameters, so no Cypher is ever built from request strings.
 */
export function savedQuery(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(QUERIES_DIR, `${name}.cypher`), "utf8");
    cache.set(name, text);
  }
  return text;
}
