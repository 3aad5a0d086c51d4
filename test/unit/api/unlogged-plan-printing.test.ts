import { createRequire } from "node:module";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { printPlansOnlyWhenLogged, TRANSLATE_DEBUG_NAMESPACE } from "../../../src/api/unlogged-plan-printing.js";

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve("@neo4j/graphql"));
const { QueryAST } = require(path.join(packageDir, "translate/queryAST/ast/QueryAST.js")) as {
  QueryAST: new (operation: unknown) => { print(): string };
};
// The debug package as @neo4j/graphql loads it.
const debug = createRequire(path.join(packageDir, "index.js"))("debug") as { enable(namespaces: string): void; disable(): string };

/** A one-node plan: what QueryAST.print walks (each node's own print and its children). */
const plan = () => new QueryAST({ print: () => "ReadOperation <LiaisonStatement>", getChildren: () => [] });

describe("query plans are drawn only for the debug log", () => {
  const enabledBefore = debug.disable();
  afterEach(() => {
    debug.disable();
    if (enabledBefore) debug.enable(enabledBefore);
  });

  it("leaves the plan undrawn while the translate namespace is off", () => {
    expect(printPlansOnlyWhenLogged()).toBe(true);
    debug.disable();
    expect(plan().print()).toBe("");
  });

  it("draws the plan as before once DEBUG enables the translate namespace, even at run time", () => {
    expect(printPlansOnlyWhenLogged()).toBe(true);
    debug.enable(TRANSLATE_DEBUG_NAMESPACE);
    expect(plan().print()).toContain("ReadOperation <LiaisonStatement>");
    debug.enable("@neo4j/graphql:*");
    expect(plan().print()).toContain("ReadOperation <LiaisonStatement>");
  });

  it("wraps print once however often schemas are built", () => {
    printPlansOnlyWhenLogged();
    const once = QueryAST.prototype.print;
    expect(printPlansOnlyWhenLogged()).toBe(true);
    expect(QueryAST.prototype.print).toBe(once);
  });
});
