import path from "node:path";
import { PROJECT_ROOT } from "../config/config.js";
import { cypherText } from "../graph/cypher-file.js";

export const QUERIES_DIR = path.join(PROJECT_ROOT, "cypher", "queries");

/**
 * The text of a saved query of cypher/queries. The API runs the same files analysts open in
 * Neo4j Browser, always with parameters, so no Cypher is ever built from request strings.
 */
export function savedQuery(name: string): string {
  return cypherText(QUERIES_DIR, name);
}
