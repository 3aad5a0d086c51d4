import path from "node:path";
import neo4j from "neo4j-driver";
import { PROJECT_ROOT } from "../../config/config.js";
import { cypherText } from "../../graph/cypher-file.js";
import type { GraphReader } from "../resolvers/read-graph.js";

const GRAPH_CYPHER = path.join(PROJECT_ROOT, "cypher", "graph");

/**
 * The graph's version (cypher/graph/graph-version-read.cypher), read through the request's own
 * gated, read-only database access before its answer is computed or looked up. Read first, so an
 * answer stored under a version was computed from that version's graph or a newer one, never an
 * older one; and read on every request, so a write committed before the request arrived is seen.
 */
export async function readVersion(db: GraphReader): Promise<number> {
  const records = await db.read(cypherText(GRAPH_CYPHER, "graph-version-read"), {});
  const value: unknown = records[0]?.get("version");
  if (neo4j.isInt(value)) return value.toNumber();
  return typeof value === "number" ? value : 0;
}
