import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { QUERIES_DIR } from "../../../src/api/saved-query.js";
import { useAnalyticsApi } from "./analytics-api.js";
import { headerParams, usedParams } from "./saved-query-header.js";

const files = readdirSync(QUERIES_DIR).filter((name) => name.endsWith(".cypher")).sort();

/**
 * Every file of cypher/queries is also an analyst's saved query for Neo4j Browser: run each one
 * exactly as its header tells an analyst to, so none of them rots.
 */
describe("the saved queries of cypher/queries, as Neo4j Browser runs them", () => {
  const api = useAnalyticsApi({ founding: true });

  it("include one query per analytic", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "body-profile.cypher",
        "connection-paths.cypher",
        "document-timeline.cypher",
        "focus-group-lineage.cypher",
        "liaison-flows.cypher",
        "neighbourhood.cypher",
        "overlaps.cypher",
        "topic-activity.cypher",
      ]),
    );
  });

  it.each(files)("%s runs with the parameters of its header and returns rows", async (file) => {
    const text = readFileSync(path.join(QUERIES_DIR, file), "utf8");
    const params = headerParams(text);
    expect(params.map((p) => p.name).sort(), "every parameter the query uses has a :param line").toEqual(usedParams(text));
    const values: Record<string, unknown> = {};
    for (const param of params) {
      // Evaluated by Neo4j, as Neo4j Browser does, so 20 is an integer and null is null.
      const result = await api.graph.driver.executeQuery(`RETURN ${param.expression} AS value`, {}, { database: api.graph.database });
      values[param.name] = result.records[0]?.get("value");
    }
    const result = await api.graph.driver.executeQuery(text, values, { database: api.graph.database, routing: "READ" });
    expect(result.records.length, `${file} returns rows with its example parameters`).toBeGreaterThan(0);
  });
});
