import { createHash } from "node:crypto";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../config/config.js";
import { cypherText } from "../graph/cypher-file.js";
import { REFERENCE_DIR } from "../graph/load-reference-graph.js";
import { referenceFingerprint } from "../graph/reference-fingerprint.js";
import { loadStatement } from "./cypher-statement.js";

const GRAPH_CYPHER = path.join(PROJECT_ROOT, "cypher", "graph");
const SUMMARY_STATEMENTS = ["summaries-add", "summaries-subtract", "summaries-rebuild"];

/**
 * What the summaries depend on besides the documents: the statements that compute them and the
 * reference data (the topic hierarchy that totals roll narrower topics into). When either changes,
 * summaries kept by an older version are wrong until rebuilt.
 */
export function summariesFingerprint(referenceFolder = REFERENCE_DIR): string {
  const hash = createHash("sha256");
  for (const name of SUMMARY_STATEMENTS) hash.update(name).update("\0").update(loadStatement(name)).update("\0");
  return hash.update(referenceFingerprint(referenceFolder)).digest("hex");
}

export async function recordedSummariesFingerprint(driver: Driver, database: string): Promise<string | null> {
  const { records } = await driver.executeQuery(cypherText(GRAPH_CYPHER, "summaries-state-read"), {}, { database, routing: "READ" });
  return (records[0]?.get("fingerprint") as string | null | undefined) ?? null;
}

export async function recordSummariesFingerprint(driver: Driver, database: string, fingerprint = summariesFingerprint()): Promise<void> {
  await driver.executeQuery(cypherText(GRAPH_CYPHER, "summaries-state-write"), { fingerprint }, { database });
}
