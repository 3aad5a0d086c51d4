import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readCypherFolder } from "../../../src/graph/cypher-file.js";
import { MIGRATION_LEDGER, MIGRATIONS_DIR, migrate, recordedChecksums } from "../../../src/graph/migrate.js";
import { useTestGraph } from "../../support/neo4j.js";

const files = readCypherFolder(MIGRATIONS_DIR);
const versions = files.map((f) => f.name.replace(/\.cypher$/, ""));
const checksumOf = (statements: readonly string[]) => createHash("sha256").update(statements.join(";\n")).digest("hex");

describe("the migration runner", () => {
  const graph = useTestGraph();
  const ledger = () =>
    graph.rows<{ version: string; migrations: string[] | null }>(
      "MATCH (m:SchemaMigration) RETURN m.version AS version, m.migrations AS migrations ORDER BY version",
    );

  it("records every migration once, in order, in one ledger node, and applies nothing the second time", async () => {
    const result = await migrate(graph.driver, graph.database);
    expect(result).toEqual({ applied: [], alreadyApplied: versions });
    expect(await ledger()).toEqual([{ version: MIGRATION_LEDGER, migrations: files.map((f) => `${f.name.replace(/\.cypher$/, "")}=${checksumOf(f.statements)}`) }]);
    expect([...(await recordedChecksums(graph.driver, graph.database)).keys()]).toEqual(versions);
  });

  it("keeps bookkeeping out of the data graph: one node, no relationship, no Entity label", async () => {
    const [counts] = await graph.rows<{ nodes: number; relationships: number; entities: number }>(
      `MATCH (m:SchemaMigration)
       RETURN count(m) AS nodes, COUNT { (m)--() } AS relationships, count(CASE WHEN m:Entity THEN 1 END) AS entities`,
    );
    expect(counts).toEqual({ nodes: 1, relationships: 0, entities: 0 });
  });

  it("takes over the records of a graph that kept one node per migration, and removes those nodes", async () => {
    await graph.driver.executeQuery("MATCH (m:SchemaMigration) DELETE m", {}, { database: graph.database });
    await graph.driver.executeQuery(
      "UNWIND $records AS record CREATE (:SchemaMigration {version: record.version, checksum: record.checksum, appliedAt: datetime()})",
      { records: files.map((f) => ({ version: f.name.replace(/\.cypher$/, ""), checksum: checksumOf(f.statements) })) },
      { database: graph.database },
    );
    const result = await migrate(graph.driver, graph.database);
    expect(result).toEqual({ applied: [], alreadyApplied: versions });
    const rows = await ledger();
    expect(rows.map((r) => [r.version, r.migrations?.length])).toEqual([[MIGRATION_LEDGER, versions.length]]);
  });

  it("refuses to run when an applied migration file was changed", async () => {
    const [first] = versions;
    await graph.driver.executeQuery(
      `MATCH (m:SchemaMigration {version: $ledger})
       SET m.migrations = [entry IN m.migrations | CASE WHEN entry STARTS WITH $first + "=" THEN $first + "=edited-elsewhere" ELSE entry END]`,
      { ledger: MIGRATION_LEDGER, first },
      { database: graph.database },
    );
    try {
      await expect(migrate(graph.driver, graph.database)).rejects.toThrow(
        `Migration ${first}.cypher was changed after it was applied; add a new migration file instead.`,
      );
    } finally {
      await graph.driver.executeQuery(
        `MATCH (m:SchemaMigration {version: $ledger}) SET m.migrations = [entry IN m.migrations WHERE NOT entry STARTS WITH $first + "="]`,
        { ledger: MIGRATION_LEDGER, first },
        { database: graph.database },
      );
      // Re-applying the file is safe (IF NOT EXISTS) and restores its record.
      const again = await migrate(graph.driver, graph.database);
      expect(again.applied).toEqual([first]);
      expect([...(await recordedChecksums(graph.driver, graph.database)).keys()]).toEqual(versions);
    }
  });
});
