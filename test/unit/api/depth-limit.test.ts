import { buildSchema, parse, validate, specifiedRules } from "graphql";
import { describe, expect, it } from "vitest";
import { depthLimit } from "../../../src/api/depth-limit.js";

const schema = buildSchema(`
  type Node { id: ID!, next: Node }
  type Query { node: Node }
`);

const errorsFor = (query: string, max: number) =>
  validate(schema, parse(query), [...specifiedRules, depthLimit(max)]).map((e) => e.message);

describe("depthLimit", () => {
  it("accepts a query at the limit", () => {
    expect(errorsFor("{ node { next { id } } }", 3)).toEqual([]);
  });

  it("rejects a deeper query, counting through fragments", () => {
    const query = "{ node { ...F } } fragment F on Node { next { next { id } } }";
    expect(errorsFor(query, 3)).toEqual(["Query is 4 levels deep; the maximum is 3."]);
  });

  it("does not loop on a fragment that spreads itself", () => {
    const query = "{ node { ...F } } fragment F on Node { next { ...F } }";
    expect(errorsFor(query, 10).some((m) => m.includes("Cannot spread fragment"))).toBe(true);
  });
});
