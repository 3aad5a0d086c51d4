import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../config/config.js";
import { cypherText } from "./cypher-file.js";

const GRAPH_CYPHER = path.join(PROJECT_ROOT, "cypher", "graph");

/**
 * A hash of every file of the reference folder (names and contents, sub-folders included): what
 * the reference graph is made from. Loading is idempotent but takes tens of seconds on a busy
 * machine; a start-up whose reference data did not change since the last load can skip it.
 */
export function referenceFingerprint(folder: string): string {
  const hash = createHash("sha256");
  for (const file of filesUnder(folder)) {
    hash.update(path.relative(folder, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return filesUnder(full);
      return entry.isFile() ? [full] : [];
    });
}

export async function loadedReferenceFingerprint(driver: Driver, database: string): Promise<string | undefined> {
  const { records } = await driver.executeQuery(cypherText(GRAPH_CYPHER, "reference-fingerprint-read"), {}, { database, routing: "READ" });
  return (records[0]?.get("fingerprint") as string | null | undefined) ?? undefined;
}

export async function recordReferenceFingerprint(driver: Driver, database: string, fingerprint: string): Promise<void> {
  await driver.executeQuery(cypherText(GRAPH_CYPHER, "reference-fingerprint-write"), { fingerprint }, { database });
}
