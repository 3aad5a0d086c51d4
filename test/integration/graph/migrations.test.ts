import { describe, expect, it } from "vitest";
import { migrate } from "../../../src/graph/migrate.js";
import { readCypherFolder } from "../../../src/graph/cypher-file.js";
import { MIGRATIONS_DIR } from "../../../src/graph/migrate.js";
import { useTestGraph } from "../../support/neo4j.js";

describe("the migration runner", () => {
  const graph = useTestGraph();

  it("recorded every migration once, in order, and applies nothing the second time", async () => {
    const files = readCypherFolder(MIGRATIONS_DIR).map((f) => f.name.replace(/\.cypher$/, ""));
    const result = await migrate(graph.driver, graph.database);
    expect(result).toEqual({ applied: [], alreadyApplied: files });
    const rows = await graph.rows<{ version: string }>("MATCH (m:SchemaMigration) RETURN m.version AS version ORDER BY version");
    expect(rows.map((r) => r.version)).toEqual(files);
  });

  it("refuses to run when an applied migration file was changed", async () => {
    await graph.driver.executeQuery(
      `MATCH (m:SchemaMigration {version: "001-constraints"}) SET m.checksum = "edited-elsewhere"`, {}, { database: graph.database },
    );
    try {
      await expect(migrate(graph.driver, graph.database)).rejects.toThrow(
        "Migration 001-constraints.cypher was changed after it was applied; add a new migration file instead.",
      );
    } finally {
      await graph.driver.executeQuery(`MATCH (m:SchemaMigration {version: "001-constraints"}) DETACH DELETE m`, {}, { database: graph.database });
      // Re-applying the file is safe (IF NOT EXISTS) and restores its record.
      const again = await migrate(graph.driver, graph.database);
      expect(again.applied).toEqual(["001-constraints"]);
    }
  });
});
