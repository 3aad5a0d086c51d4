import { createHash } from "node:crypto";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../config/config.js";
import { readCypherFolder } from "./cypher-file.js";

export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "cypher", "migrations");

export interface MigrationResult {
  readonly applied: readonly string[];
  readonly alreadyApplied: readonly string[];
}

/**
 * Applies the files of cypher/migrations that the graph has no record of, in name order, and
 * records each as a (:SchemaMigration {version}) node. Statements are schema commands, which
 * Neo4j runs one per transaction; every file uses IF NOT EXISTS so a run cut short is safe to
 * repeat. A recorded file whose content changed is reported, not re-applied: add a new file.
 */
export async function migrate(driver: Driver, database: string, folder = MIGRATIONS_DIR): Promise<MigrationResult> {
  const applied: string[] = [];
  const alreadyApplied: string[] = [];
  const recorded = await driver.executeQuery(
    "MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum",
    {},
    { database },
  );
  const checksums = new Map(recorded.records.map((r) => [r.get("version") as string, r.get("checksum") as string]));
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
    await driver.executeQuery(
      "MERGE (m:SchemaMigration {version: $version}) SET m.checksum = $checksum, m.appliedAt = datetime()",
      { version, checksum },
      { database },
    );
    applied.push(version);
  }
  // Indexes are built in the background; queries (and tests) should see them online.
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
  return { applied, alreadyApplied };
}
