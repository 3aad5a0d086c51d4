import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode, type FieldNode } from "graphql";
import { describe, expect, it } from "vitest";
import { selectsField } from "../../../src/api/resolvers/analytics/selection.js";

/** The resolve info of the operation's first top-level field, as graphql-js would pass it. */
function infoFor(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [operation?.selectionSet.selections[0] as FieldNode], fragments };
}

describe("selectsField", () => {
  it("sees a field selected directly, in an inline fragment or in a named fragment", () => {
    expect(selectsField(infoFor("{ overlaps { score evidence { topic } } }"), "evidence")).toBe(true);
    expect(selectsField(infoFor("{ overlaps { ... on Overlap { evidence { topic } } } }"), "evidence")).toBe(true);
    expect(selectsField(infoFor("{ overlaps { ...Pair } } fragment Pair on Overlap { evidence { topic } }"), "evidence")).toBe(true);
  });

  it("does not look deeper than the resolved field's own selection", () => {
    expect(selectsField(infoFor("{ overlaps { score sharedTopics { id } } }"), "evidence")).toBe(false);
    expect(selectsField(infoFor("{ overlaps { a { id } } }"), "id")).toBe(false);
  });

  it("survives fragments that spread each other", () => {
    const source = "{ overlaps { ...A } } fragment A on Overlap { score ...B } fragment B on Overlap { ...A }";
    expect(selectsField(infoFor(source), "evidence")).toBe(false);
  });
});
