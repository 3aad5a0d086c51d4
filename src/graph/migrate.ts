import { createHash } from "node:crypto";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../config/config.js";
import { readCypherFolder } from "./cypher-file.js";
import { bumpGraphVersionAlone } from "./graph-version.js";

export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "cypher", "migrations");

/**
 * The one node that records applied migrations: `(:SchemaMigration {version: "applied"})`, its
 * `migrations` a list of `"<file name>=<sha256>"` strings (Neo4j has no map properties). One node,
 * not one per file, so that an analyst's `MATCH (n)` in Neo4j Browser meets one bookkeeping node
 * (drawn small and grey by cypher/browser/style.grass) rather than a crowd of them; data queries
 * never see it, because they all match `:Entity` or a data label. The key reuses the unique
 * `version` constraint of 001-constraints, so two processes starting at once share the node.
 */
export const MIGRATION_LEDGER = "applied";

export interface MigrationResult {
  readonly applied: readonly string[];
  readonly alreadyApplied: readonly string[];
}

/**
 * Applies the files of cypher/migrations that the ledger has no record of, in name order, and
 * records each as soon as it ran. Statements are schema commands, which Neo4j runs one per
 * transaction; every file uses IF NOT EXISTS so a run cut short is safe to repeat. A recorded file
 * whose content changed is reported, not re-applied: add a new file. Graphs written before the
 * ledger existed have one `(:SchemaMigration {version, checksum})` node per file: their records are
 * taken over and the old nodes removed.
 */
export async function migrate(driver: Driver, database: string, folder = MIGRATIONS_DIR): Promise<MigrationResult> {
  const applied: string[] = [];
  const alreadyApplied: string[] = [];
  const { checksums, perFileNodes } = await readRecords(driver, database);
  for (const file of readCypherFolder(folder)) {
    const version = file.name.replace(/\.cypher$/, "");
    const checksum = createHash("sha256").update(file.statements.join(";\n")).digest("hex");
    const known = checksums.get(version);
    if (known !== undefined) {
      if (known !== checksum) {
        throw new Error(`Migration ${file.name} was changed after it was applied; add a new migration file instead.`);
      }
      alreadyApplied.push(version);
      continue;
    }
    for (const statement of file.statements) {
      await driver.executeQuery(statement, {}, { database });
    }
    checksums.set(version, checksum);
    await writeLedger(driver, database, checksums);
    applied.push(version);
  }
  // Records taken over from per-file nodes are written once, even when nothing new was applied.
  if (applied.length === 0 && perFileNodes) await writeLedger(driver, database, checksums);
  // Indexes are built in the background; queries (and tests) should see them online.
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
  if (applied.length > 0) await bumpGraphVersionAlone(driver, database);
  return { applied, alreadyApplied };
}

/** What was applied, by file name without `.cypher`: the ledger's entries plus any per-file nodes. */
export async function recordedChecksums(driver: Driver, database: string): Promise<Map<string, string>> {
  return (await readRecords(driver, database)).checksums;
}

async function readRecords(driver: Driver, database: string): Promise<{ checksums: Map<string, string>; perFileNodes: boolean }> {
  const { records } = await driver.executeQuery(
    `MATCH (m:SchemaMigration)
     RETURN m.version AS version, m.checksum AS checksum, coalesce(m.migrations, []) AS migrations`,
    {},
    { database },
  );
  const checksums = new Map<string, string>();
  let perFileNodes = false;
  for (const record of records) {
    const version = record.get("version") as string;
    if (version === MIGRATION_LEDGER) {
      for (const entry of record.get("migrations") as string[]) {
        const split = entry.lastIndexOf("=");
        if (split > 0) checksums.set(entry.slice(0, split), entry.slice(split + 1));
      }
    } else {
      perFileNodes = true;
      if (typeof record.get("checksum") === "string") checksums.set(version, record.get("checksum") as string);
    }
  }
  return { checksums, perFileNodes };
}

/** The ledger holds `checksums`, in name order; per-file nodes of the old layout go in the same transaction. */
async function writeLedger(driver: Driver, database: string, checksums: ReadonlyMap<string, string>): Promise<void> {
  const migrations = [...checksums].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([version, sum]) => `${version}=${sum}`);
  await driver.executeQuery(
    `MERGE (ledger:SchemaMigration {version: $ledger})
     SET ledger.migrations = $migrations, ledger.updatedAt = datetime()
     WITH ledger
     OPTIONAL MATCH (old:SchemaMigration) WHERE old.version <> $ledger
     DETACH DELETE old`,
    { ledger: MIGRATION_LEDGER, migrations },
    { database },
  );
}
