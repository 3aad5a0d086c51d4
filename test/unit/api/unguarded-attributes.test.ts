import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { askOnlyGuardedAttributes } from "../../../src/api/unguarded-attributes.js";

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve("@neo4j/graphql"));
type GetAuthFilters = (input: Record<string, unknown>) => unknown[];
const { AuthorizationFactory } = require(path.join(packageDir, "translate/queryAST/factory/AuthorizationFactory.js")) as {
  AuthorizationFactory: { prototype: { getAuthFilters: GetAuthFilters } };
};
const { ConcreteEntityAdapter } = require(path.join(packageDir, "schema-model/entity/model-adapters/ConcreteEntityAdapter.js")) as {
  ConcreteEntityAdapter: { prototype: object };
};

/**
 * A factory whose rule builders answer with what they were asked for (nothing for a missing
 * annotation, as the real ones do) and count how often they were asked.
 */
function recordingFactory() {
  const asked: unknown[] = [];
  const answer = (input: { authAnnotation?: unknown; when?: string }) => {
    asked.push(input.authAnnotation);
    return input.authAnnotation === undefined ? undefined : { rule: input.authAnnotation, when: input.when ?? "FILTER" };
  };
  return { asked, factory: { createAuthFilterRule: answer, createAuthValidateRule: answer } };
}

const entityRule = { filter: ["type rule"] };
const fieldRule = { filter: ["field rule"] };
const entity = Object.assign(Object.create(ConcreteEntityAdapter.prototype) as object, { annotations: { authorization: entityRule } });
const attribute = (authorization?: object) => ({ annotations: authorization ? { authorization } : {} });

describe("authorization filters ask only fields that have rules", () => {
  const original = AuthorizationFactory.prototype.getAuthFilters;

  it("gives the same filters, in the same order, with fewer questions", () => {
    const input = { entity, operations: ["READ"], context: {}, attributes: [attribute(), attribute(fieldRule), attribute(), attribute()] };
    const before = recordingFactory();
    const expected = original.call(before.factory, input);

    expect(askOnlyGuardedAttributes()).toBe(true);
    const after = recordingFactory();
    const filters = AuthorizationFactory.prototype.getAuthFilters.call(after.factory, input);

    expect(filters).toEqual(expected);
    expect(filters).toEqual([
      { rule: entityRule, when: "FILTER" },
      { rule: fieldRule, when: "FILTER" },
      { rule: entityRule, when: "BEFORE" },
      { rule: fieldRule, when: "BEFORE" },
    ]);
    // The type's two questions and the guarded field's two; the three plain fields asked six more.
    expect(after.asked).toHaveLength(4);
    expect(before.asked).toHaveLength(10);
  });

  it("keeps reads that select no field, or only plain ones, as they were", () => {
    askOnlyGuardedAttributes();
    for (const attributes of [undefined, [], [attribute(), attribute()]]) {
      const input = { entity, operations: ["READ"], context: {}, attributes };
      expect(AuthorizationFactory.prototype.getAuthFilters.call(recordingFactory().factory, input)).toEqual(original.call(recordingFactory().factory, input));
    }
  });

  it("wraps getAuthFilters once however often schemas are built", () => {
    askOnlyGuardedAttributes();
    const once = AuthorizationFactory.prototype.getAuthFilters;
    expect(askOnlyGuardedAttributes()).toBe(true);
    expect(AuthorizationFactory.prototype.getAuthFilters).toBe(once);
  });
});
