import { parse, validate, type GraphQLSchema } from "graphql";
import neo4j from "neo4j-driver";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "../../../src/api/build-schema.js";

interface Example {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

// The IDE's examples are plain browser JavaScript; they are loaded as the page loads them.
const { EXAMPLES } = (await import("../../../src/api/static/js/graphql-examples.js" as string)) as { EXAMPLES: Example[] };

const ANALYTICS = ["overlaps", "topicActivity", "liaisonFlows", "documentTimeline", "bodyProfile", "connectionPaths", "focusGroupLineage", "neighbourhood"];

describe("the GraphQL IDE's examples", () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    // Building the schema opens no connection; the driver is never used.
    const driver = neo4j.driver("bolt://127.0.0.1:1");
    schema = await buildSchema(driver, "neo4j", { accessControl: true });
    await driver.close();
  });

  it("are each valid against the schema the server runs", () => {
    expect(EXAMPLES.length).toBeGreaterThan(10);
    for (const example of EXAMPLES) {
      const errors = validate(schema, parse(example.query)).map((e) => e.message);
      expect(errors, example.name).toEqual([]);
    }
  });

  it("cover every analytics field", () => {
    const queried = new Set(EXAMPLES.flatMap((e) => [...e.query.matchAll(/^\s{2}(\w+)\s*[({]/gm)].map((m) => m[1])));
    expect(ANALYTICS.filter((field) => !queried.has(field))).toEqual([]);
    const analyticsFields = Object.keys(schema.getQueryType()!.getFields()).filter((f) => ANALYTICS.includes(f));
    expect(analyticsFields.sort()).toEqual([...ANALYTICS].sort());
  });

  it("have unique names and JSON variables", () => {
    expect(new Set(EXAMPLES.map((e) => e.name)).size).toBe(EXAMPLES.length);
    for (const example of EXAMPLES) expect(typeof example.variables, example.name).toBe("object");
  });
});
