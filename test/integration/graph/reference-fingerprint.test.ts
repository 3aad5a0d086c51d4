import { describe, expect, it } from "vitest";
import { loadReferenceGraph, REFERENCE_DIR } from "../../../src/graph/load-reference-graph.js";
import { referenceFingerprint } from "../../../src/graph/reference-fingerprint.js";
import { useTestGraph } from "../../support/neo4j.js";

// A warm start does not reload reference data it already holds: loading is idempotent, but takes
// tens of seconds on a busy machine.
describe("the reference graph's fingerprint", () => {
  const graph = useTestGraph();
  const stored = async () =>
    (await graph.rows<{ fingerprint: string }>('MATCH (s:ReferenceGraphState {id: "reference-graph"}) RETURN s.fingerprint AS fingerprint'))[0]?.fingerprint;

  it("skips a load of unchanged reference data, and loads again when the data differs from what was loaded", async () => {
    const fingerprint = referenceFingerprint(REFERENCE_DIR);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    // The run's global setup loaded the reference graph.
    expect(await stored()).toBe(fingerprint);
    const skipped = await loadReferenceGraph(graph.driver, graph.database, undefined, undefined, { skipIfUnchanged: true });
    expect(skipped).toEqual({ skipped: true, files: 0, statements: 0, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 });

    await graph.rows('MATCH (s:ReferenceGraphState {id: "reference-graph"}) SET s.fingerprint = "an older version"');
    const loaded = await loadReferenceGraph(graph.driver, graph.database, undefined, undefined, { skipIfUnchanged: true });
    expect(loaded.skipped).toBeUndefined();
    expect(loaded.statements).toBeGreaterThan(0);
    expect(await stored()).toBe(fingerprint);
    // The data graph never sees the state node.
    expect(await graph.rows("MATCH (s:ReferenceGraphState:Entity) RETURN s")).toEqual([]);
  }, 300_000);
});
