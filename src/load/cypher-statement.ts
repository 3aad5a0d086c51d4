import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.js";

const LOAD_DIR = path.join(PROJECT_ROOT, "cypher", "load");
const cache = new Map<string, string>();

/** A statement of cypher/load, read once. */
export function loadStatement(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(LOAD_DIR, `${name}.cypher`), "utf8");
    cache.set(name, text);
  }
  return text;
}
