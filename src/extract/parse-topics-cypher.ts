/**
 * Reads topic nodes straight from cypher/reference/20-topics.cypher, so that tests (and tools
 * without a database) use the real taxonomy. Only the statement shape that file uses is understood.
 */
import type { GazetteerEntry } from "./gazetteer.js";

const TOPIC_MERGE = /MERGE\s*\(\w+:Entity:Topic\s*\{\s*id:\s*"((?:[^"\\]|\\.)*)"\s*\}\)\s*SET\s+([^;]*)/g;
const STRING = /"((?:[^"\\]|\\.)*)"/g;

const unescape = (s: string): string => s.replace(/\\(.)/g, "$1");

export function parseTopicsCypher(text: string): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  for (const statement of text.matchAll(TOPIC_MERGE)) {
    const id = unescape(statement[1] ?? "");
    const assignments = statement[2] ?? "";
    const name = /\.name\s*=\s*"((?:[^"\\]|\\.)*)"/.exec(assignments)?.[1];
    const list = /\.aliases\s*=\s*\[([^\]]*)\]/.exec(assignments)?.[1] ?? "";
    const aliases = [...list.matchAll(STRING)].map((m) => unescape(m[1] ?? ""));
    entries.push({ type: "Topic", id, name: name === undefined ? id : unescape(name), aliases });
  }
  return entries;
}
