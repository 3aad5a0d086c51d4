import { describe, expect, it } from "vitest";
import { useTestGraph } from "../../support/neo4j.js";

describe("the test run's Neo4j", () => {
  const graph = useTestGraph();

  it("answers Cypher over Bolt", async () => {
    const [row] = await graph.rows<{ sum: number; edition: string }>(
      "CALL dbms.components() YIELD edition RETURN 40 + 2 AS sum, edition",
    );
    expect(row).toEqual({ sum: 42, edition: "community" });
  });

  it("has APOC Core loaded", async () => {
    const [row] = await graph.rows<{ version: string }>("RETURN apoc.version() AS version");
    expect(row?.version).toMatch(/^5\.26\./);
  });

  it("runs Neo4j 5.26", async () => {
    const [row] = await graph.rows<{ version: string }>("CALL dbms.components() YIELD versions RETURN versions[0] AS version");
    expect(row?.version).toMatch(/^5\.26\./);
  });
});
