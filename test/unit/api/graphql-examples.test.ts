import { readFileSync } from "node:fs";
import path from "node:path";
import { Kind, parse, validate, type GraphQLSchema, type ObjectTypeDefinitionNode } from "graphql";
import neo4j from "neo4j-driver";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSchema, SCHEMA_DIR } from "../../../src/api/build-schema.js";

interface Example {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

// The IDE's examples are plain browser JavaScript; they are loaded as the page loads them.
const { EXAMPLES } = (await import("../../../src/api/static/js/graphql-examples.js" as string)) as { EXAMPLES: Example[] };

// Every query field schema/60-analytics.graphql declares gets a ready example in the IDE.
const ANALYTICS = parse(readFileSync(path.join(SCHEMA_DIR, "60-analytics.graphql"), "utf8"))
  .definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === "Query")
  .flatMap((d) => (d.fields ?? []).map((f) => f.name.value));

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
    expect(ANALYTICS).toEqual(expect.arrayContaining(["overlaps", "topicActivity", "liaisonFlows", "neighbourhood"]));
    const queried = new Set(EXAMPLES.flatMap((e) => [...e.query.matchAll(/^\s{2}(\w+)\s*[({]/gm)].map((m) => m[1])));
    expect(ANALYTICS.filter((field) => !queried.has(field))).toEqual([]);
    const fields = schema.getQueryType()!.getFields();
    expect(ANALYTICS.filter((field) => fields[field] === undefined)).toEqual([]);
  });

  it("have unique names and JSON variables", () => {
    expect(new Set(EXAMPLES.map((e) => e.name)).size).toBe(EXAMPLES.length);
    for (const example of EXAMPLES) expect(typeof example.variables, example.name).toBe("object");
  });
});
