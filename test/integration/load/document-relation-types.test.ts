import { describe, expect, it } from "vitest";
import { removeDocumentRelationsCypher } from "../../../src/load/remove-document-relations.js";
import { DOCUMENT_RELATION_TYPES } from "../../../src/model/node-types.js";
import { useTestGraph } from "../../support/neo4j.js";

interface PlanNode {
  readonly operatorType: string;
  readonly arguments: Record<string, unknown>;
  readonly children: readonly PlanNode[];
}

const operators = (plan: PlanNode): PlanNode[] => [plan, ...plan.children.flatMap(operators)];

describe("the document relation types", () => {
  const graph = useTestGraph();

  it("each have a relationship index on sourceDocument, and no other type has one", async () => {
    const rows = await graph.rows<{ types: string[] }>(
      `SHOW INDEXES YIELD entityType, labelsOrTypes, properties, state
       WHERE entityType = "RELATIONSHIP" AND properties = ["sourceDocument"] AND state = "ONLINE"
       RETURN labelsOrTypes AS types`,
    );
    expect(rows.flatMap((r) => r.types).sort()).toEqual([...DOCUMENT_RELATION_TYPES].sort());
  });

  it("are removed through those indexes, never by scanning relationships", async () => {
    const result = await graph.driver.executeQuery(`EXPLAIN ${removeDocumentRelationsCypher()}`, { id: "any" }, { database: graph.database });
    const plan = result.summary.plan;
    if (plan === false) throw new Error("no plan");
    const reads = operators(plan as unknown as PlanNode).filter((op) => /Relationship|Expand/.test(op.operatorType));
    // A seek, or on a nearly empty index a scan of that index: the planner's choice by statistics.
    for (const op of reads) expect(op.operatorType).toMatch(/^DirectedRelationshipIndex(Seek|Scan)/);
    const indexed = reads.map((op) => /RANGE INDEX \(a\)-\[r:([A-Z_]+)\(sourceDocument\)\]/.exec(String(op.arguments.Details))?.[1]);
    expect(indexed.sort()).toEqual([...DOCUMENT_RELATION_TYPES].sort());
  });
});
