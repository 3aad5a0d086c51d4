import path from "node:path";
import { PROJECT_ROOT } from "../config/config.js";
import { cypherText } from "../graph/cypher-file.js";

export const WATCH_DIR = path.join(PROJECT_ROOT, "cypher", "watch");

/** The text of `cypher/watch/<name>.cypher`: the watch rules' statements, runnable in Neo4j Browser too. */
export const watchCypher = (name: string): string => cypherText(WATCH_DIR, name);
