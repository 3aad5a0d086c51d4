import { describe, expect, it } from "vitest";
import { useTestGraph } from "../../support/neo4j.js";

const TYPE_LABELS = [
  "Entity", "Body", "StudyGroup", "AdvisoryGroup", "FocusGroup", "Question", "WorkingParty", "Organization", "Topic",
  "Resolution", "Recommendation", "Report", "Workshop", "LiaisonStatement", "StudyPeriod",
];

describe("constraints and indexes", () => {
  const graph = useTestGraph();

  it("has a uniqueness constraint on id for every node label", async () => {
    const rows = await graph.rows<{ label: string; property: string }>(
      `SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = "UNIQUENESS"
       RETURN labelsOrTypes[0] AS label, properties[0] AS property`,
    );
    const unique = new Set(rows.filter((r) => r.property === "id").map((r) => r.label));
    expect([...TYPE_LABELS].filter((label) => !unique.has(label))).toEqual([]);
  });

  it("rejects a second node with an existing id", async () => {
    await expect(
      graph.driver.executeQuery(`CREATE (:Entity:StudyGroup {id: "ITU-T SG17", name: "duplicate"})`, {}, { database: graph.database }),
    ).rejects.toThrow(/already exists with label `(Entity|StudyGroup)` and property `id` = 'ITU-T SG17'/);
    const [row] = await graph.rows<{ count: number }>(`MATCH (n {id: "ITU-T SG17"}) RETURN count(n) AS count`);
    expect(row?.count).toBe(1);
  });

  it("has the full-text indexes the API searches, online", async () => {
    const rows = await graph.rows<{ name: string; state: string }>(
      `SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state ORDER BY name`,
    );
    expect(rows).toEqual([
      { name: "entity_text", state: "ONLINE" },
      { name: "liaison_statement_text", state: "ONLINE" },
      { name: "topic_text", state: "ONLINE" },
    ]);
  });
});
