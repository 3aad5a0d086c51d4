import { buildSchema, parse, specifiedRules, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { validationRules } from "../../../src/api/validation-rules.js";

const schema = buildSchema(`
  type Node { id: ID!, next: Node }
  type Query { node: Node }
  type Mutation { touch: Boolean }
  type Subscription { ticks: Int }
`);

const LIMITS = { maxDepth: 3, maxAliases: 2, maxDirectives: 2 };

const errorsFor = (query: string) =>
  validate(schema, parse(query), [...specifiedRules, ...validationRules(LIMITS)]).map((e) => ({ message: e.message, code: e.extensions.code }));

describe("validation rules", () => {
  it("accepts a query at every limit", () => {
    expect(errorsFor("{ a: node { id } b: node { next { ... on Node { id @include(if: true) @skip(if: false) } } } }")).toEqual([]);
  });

  it("refuses a deeper query, counting through fragments but not the spreads themselves", () => {
    expect(errorsFor("{ node { ...F } } fragment F on Node { next { ...G } } fragment G on Node { id }")).toEqual([]);
    expect(errorsFor("{ node { ...F } } fragment F on Node { next { next { id } } }")).toEqual([
      { message: "Query is 4 levels deep; the maximum is 3.", code: "QUERY_TOO_DEEP" },
    ]);
  });

  it("counts a fragment spread at two depths by the deeper one", () => {
    const query = "{ node { ...F next { ...F } } } fragment F on Node { next { id } }";
    expect(errorsFor(query)).toEqual([{ message: "Query is 4 levels deep; the maximum is 3.", code: "QUERY_TOO_DEEP" }]);
  });

  it("does not loop on a fragment that spreads itself", () => {
    const errors = errorsFor("{ node { ...F } } fragment F on Node { next { ...F } }");
    expect(errors.some((e) => e.message.includes("Cannot spread fragment"))).toBe(true);
  });

  it("refuses too many aliases, counted through fragments", () => {
    expect(errorsFor("{ a: node { id } ...F } fragment F on Query { b: node { id } c: node { id } }")).toEqual([
      { message: "Query has 3 aliases; the maximum is 2.", code: "TOO_MANY_ALIASES" },
    ]);
  });

  it("refuses too many directives", () => {
    expect(errorsFor("{ node { id @skip(if: false) @include(if: true) next @skip(if: false) { id } } }")).toEqual([
      { message: "Query has 3 directives; the maximum is 2.", code: "TOO_MANY_DIRECTIVES" },
    ]);
  });

  it("counts aliases of a fragment fan-out without expanding it", () => {
    // F1 spreads F2 twice, F2 spreads F3 twice, ...: 2^39 aliases, counted in one pass.
    const fragments = Array.from({ length: 40 }, (_, i) =>
      i < 39 ? `fragment F${i + 1} on Query { ...F${i + 2} ...F${i + 2} }` : `fragment F40 on Query { x: node { id } }`,
    );
    const errors = errorsFor(`{ ...F1 }\n${fragments.join("\n")}`);
    expect(errors.map((e) => e.code)).toContain("TOO_MANY_ALIASES");
  });

  it.each([
    ["mutation", "mutation { touch }"],
    ["subscription", "subscription { ticks }"],
  ])("refuses a %s: the API is read-only", (operation, query) => {
    expect(errorsFor(query)).toContainEqual({
      message: `The API is read-only: ${operation} operations are not accepted, only queries.`,
      code: "READ_ONLY",
    });
  });
});
