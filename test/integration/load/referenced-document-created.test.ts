import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FOUNDING_DOCUMENT, FOUNDING_DOCUMENT_ID, ingestFile } from "../../support/ingest.js";
import { useTestGraph } from "../../support/neo4j.js";

// Regression: a liaison statement that another document only referred to exists as a bare node
// without a writeHash; ingesting it reported "updated" although this was its first ingestion.
describe("ingesting a document the graph only knew as a reference", () => {
  const graph = useTestGraph();
  const clean = async () => {
    await graph.removeDocuments([FOUNDING_DOCUMENT_ID]);
    await graph.driver.executeQuery("MATCH (d:LiaisonStatement {id: $id}) DETACH DELETE d", { id: FOUNDING_DOCUMENT_ID }, { database: graph.database });
  };
  beforeEach(clean);
  afterEach(clean);

  it("reports created, then unchanged", async () => {
    await graph.driver.executeQuery(
      "MERGE (d:Entity {id: $id}) SET d:LiaisonStatement, d.name = $id, d.firstSeenIn = 'another-document'",
      { id: FOUNDING_DOCUMENT_ID },
      { database: graph.database },
    );
    expect((await ingestFile(graph.driver, graph.database, FOUNDING_DOCUMENT)).outcome).toBe("created");
    expect((await ingestFile(graph.driver, graph.database, FOUNDING_DOCUMENT)).outcome).toBe("unchanged");
    const [row] = await graph.rows<{ count: number; studyPeriod: string }>(
      "MATCH (d:LiaisonStatement {id: $id}) RETURN count(d) AS count, d.studyPeriod AS studyPeriod",
      { id: FOUNDING_DOCUMENT_ID },
    );
    expect(row).toEqual({ count: 1, studyPeriod: "2017-2020" });
  });
});
