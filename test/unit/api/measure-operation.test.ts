import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { measureOperation } from "../../../src/api/limits/measure-operation.js";

// A small schema shaped like the generated one: node types with list limits, an interface with
// three implementations, relationship lists with `limit`/`offset`, a connection, an analytics field.
const schema = buildSchema(`
  interface Body { id: ID!, sent(limit: Int, offset: Int): [Doc!]! }
  type A implements Body { id: ID!, sent(limit: Int, offset: Int): [Doc!]! }
  type B implements Body { id: ID!, sent(limit: Int, offset: Int): [Doc!]! }
  type C implements Body { id: ID!, sent(limit: Int, offset: Int): [Doc!]! }
  type Doc { id: ID!, sentTo(limit: Int, offset: Int): [Body!]! }
  type DocEdge { node: Doc! }
  type DocsConnection { edges: [DocEdge!]!, totalCount: Int! }
  type Overlap { score: Float! }
  type Query {
    bodies(limit: Int, offset: Int): [Body!]!
    docs(limit: Int, offset: Int): [Doc!]!
    docsConnection(first: Int): DocsConnection!
    overlaps(limit: Int): [Overlap!]!
  }
`);
const listLimits = new Map([
  ["Body", { default: 25, max: 200 }],
  ["Doc", { default: 10, max: 100 }],
]);

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return measureOperation({ schema, operation, fragments, variables, listLimits, maxOffset: 1000 });
}

describe("measureOperation", () => {
  it("multiplies list sizes down the tree, with the type's default when no limit is given", () => {
    expect(measure("{ docs { id } }").cost).toBe(10);
    expect(measure("{ docs(limit: 5) { id sentTo(limit: 3) { id } } }").cost).toBe(5 * (1 + 3));
    expect(measure("{ docs(limit: 5) { id sentTo { id } } }").cost).toBe(5 * (1 + 25));
  });

  it("clamps a list to its type's maximum, as @neo4j/graphql does", () => {
    expect(measure("{ docs(limit: 100000) { id } }").cost).toBe(100);
  });

  it("reads limits from variables and from variable defaults", () => {
    expect(measure("query ($n: Int) { docs(limit: $n) { id } }", { n: 7 }).cost).toBe(7);
    expect(measure("query ($n: Int = 4) { docs(limit: $n) { id } }").cost).toBe(4);
  });

  it("counts a connection's page once, not again for its edges", () => {
    expect(measure("{ docsConnection(first: 5) { totalCount edges { node { id } } } }").cost).toBe(1 + 5 * 1);
  });

  it("gives the project's own Query fields their weight", () => {
    expect(measure("{ overlaps(limit: 100) { score } }").cost).toBe(1_000);
  });

  it("counts a field under an interface once per implementing type", () => {
    // bodies: 1 + 3 x (id + sent: 1 + id) = 10
    expect(measure("{ bodies { id sent { id } } }").branches).toBe(1 + 3 * (1 + (1 + 1)));
    // An inline fragment on one implementation counts once.
    expect(measure("{ bodies { ... on A { sent { id } } } }").branches).toBe(1 + (1 + 1));
  });

  it("grows branches exponentially with nested interface relationships", () => {
    const nested = (levels: number) => {
      let selection = "id";
      for (let i = levels; i >= 1; i--) selection = `${i % 2 ? "sent" : "sentTo"} { id ${selection} }`;
      return measure(`{ bodies { id ${selection} } }`).branches;
    };
    // Every two levels (Body.sent, then Doc.sentTo back to the interface) multiply by the 3 implementations.
    expect(nested(4) / nested(2)).toBeGreaterThan(3);
    expect(nested(10) / nested(2)).toBeGreaterThan(3 ** 4);
  });

  it("measures a fragment fan-out in one pass: 40 fragments each spreading the next twice", () => {
    const fragments = Array.from({ length: 40 }, (_, i) =>
      i < 39 ? `fragment F${i + 1} on Query { ...F${i + 2} ...F${i + 2} }` : "fragment F40 on Query { docs { id } }",
    );
    const result = measure(`{ ...F1 }\n${fragments.join("\n")}`);
    expect(result.cost).toBe(2 ** 39 * 10);
    expect(result.branches).toBe(2 ** 39 * 2);
  });

  it("does not count introspection", () => {
    expect(measure("{ __schema { types { name fields { name } } } __typename }")).toMatchObject({ cost: 0, branches: 0 });
  });

  it.each([
    ["{ docs(limit: -1) { id } }", {}, "limit", "limit must be 0 or more"],
    ["query ($n: Int) { docs(limit: $n) { id } }", { n: -5 }, "limit", "limit must be 0 or more"],
    ["{ docsConnection(first: -3) { totalCount } }", {}, "first", "first must be 0 or more"],
    ["{ bodies(offset: -1) { id } }", {}, "offset", "offset must be an integer from 0 to 1000"],
    ["{ docs { sentTo(offset: 1001) { id } } }", {}, "offset", "offset must be an integer from 0 to 1000"],
  ])("reports %s as an out-of-range argument", (query, variables, argument, message) => {
    expect(measure(query, variables).problem).toEqual({ argument, message });
  });
});
