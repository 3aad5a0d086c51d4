import { afterAll, describe, expect, it } from "vitest";
import { ensureSummaries, rebuildSummaries } from "../../../src/load/summaries.js";
import { recordedSummariesFingerprint, recordSummariesFingerprint, summariesFingerprint } from "../../../src/load/summaries-state.js";
import { useTestGraph } from "../../support/neo4j.js";

// A graph whose summaries an older version kept (or none at all) is rebuilt at start-up, once.
describe("summaries kept by another version", () => {
  const graph = useTestGraph();
  const STRAY = "test-sumstate-stray";
  afterAll(async () => {
    await graph.rows("MATCH (s:Summary:BodyFlow {key: $key}) DELETE s", { key: STRAY });
  });

  it("are rebuilt when their fingerprint differs, and left alone when it matches", async () => {
    await rebuildSummaries(graph.driver, graph.database);
    expect(await recordedSummariesFingerprint(graph.driver, graph.database)).toBe(summariesFingerprint());
    const lines: string[] = [];
    expect(await ensureSummaries(graph.driver, graph.database, (line) => lines.push(line))).toBe(false);
    expect(lines).toEqual([]);

    // As an older version would leave it: another fingerprint, and a summary no document supports.
    await recordSummariesFingerprint(graph.driver, graph.database, "an older version");
    await graph.rows("CREATE (:Summary:BodyFlow {key: $key, documents: 7})", { key: STRAY });
    expect(await ensureSummaries(graph.driver, graph.database, (line) => lines.push(line))).toBe(true);
    expect(lines.join("\n")).toMatch(/rebuilding[\s\S]*rebuilt from \d+ liaison statements/);
    expect(await graph.rows("MATCH (s:BodyFlow {key: $key}) RETURN s", { key: STRAY })).toEqual([]);
    expect(await recordedSummariesFingerprint(graph.driver, graph.database)).toBe(summariesFingerprint());
  });
});
