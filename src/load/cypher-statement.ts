import path from "node:path";
import { PROJECT_ROOT } from "../config/config.js";
import { cypherText } from "../graph/cypher-file.js";

const LOAD_DIR = path.join(PROJECT_ROOT, "cypher", "load");

/** A statement of cypher/load. */
export function loadStatement(name: string): string {
  return cypherText(LOAD_DIR, name);
}
