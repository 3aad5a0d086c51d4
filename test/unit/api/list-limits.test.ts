import { parse, Kind, type ObjectTypeDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { readTypeDefs } from "../../../src/api/build-schema.js";
import { FIELD_WEIGHTS } from "../../../src/api/limits/field-weights.js";
import { readListLimits } from "../../../src/api/limits/list-limits.js";

describe("the cost model's view of the schema", () => {
  it("reads @limit of node types and interfaces from the SDL", () => {
    const limits = readListLimits(readTypeDefs());
    expect(limits.get("LiaisonStatement")).toEqual({ default: 25, max: 200 });
    expect(limits.get("Body")).toEqual({ default: 25, max: 200 });
    expect(limits.get("Question")).toEqual({ default: 50, max: 500 });
    expect(limits.get("StudyPeriod")).toEqual({ default: 20, max: 50 });
  });

  it("has a weight for every field the project adds to Query", () => {
    const custom = parse(readTypeDefs())
      .definitions.filter((d): d is ObjectTypeDefinitionNode => (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.name.value === "Query")
      .flatMap((d) => (d.fields ?? []).map((f) => f.name.value));
    expect(custom.length).toBeGreaterThan(5);
    expect(custom.filter((name) => FIELD_WEIGHTS[name] === undefined)).toEqual([]);
  });
});
