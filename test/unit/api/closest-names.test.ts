import { describe, expect, it } from "vitest";
import { closestNames, editDistance, type NamedNode } from "../../../src/api/resolvers/analytics/closest-names.js";

const node = (id: string, name: string, aliases: string[] = []): NamedNode => ({ id, name, forms: [id, name, ...aliases] });

const NODES: NamedNode[] = [
  node("topic:blockchain", "blockchain", ["block chain"]),
  node("topic:distributed-ledger-technology", "distributed ledger technology", ["DLT"]),
  node("ITU-T SG11", "ITU-T Study Group 11"),
  node("ITU-T SG12", "ITU-T Study Group 12"),
  node("ITU-T SG13", "ITU-T Study Group 13"),
  node("ITU-T SG15", "ITU-T Study Group 15"),
  node("ITU-T SG16", "ITU-T Study Group 16"),
  node("ITU-T SG17", "ITU-T Study Group 17"),
  node("ITU-R SG1", "ITU-R Study Group 1"),
];

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("blockchain", "blockchain")).toBe(0);
    expect(editDistance("blokchain", "blockchain")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });
});

describe("closestNames", () => {
  it("finds a name one typo away, once per node however many of its forms are close", () => {
    expect(closestNames("blokchain", NODES)).toEqual([{ id: "topic:blockchain", name: "blockchain" }]);
  });

  it("puts names that start with the value first, at most five", () => {
    const found = closestNames("ITU-T SG1", NODES);
    expect(found.map((s) => s.id)).toEqual(["ITU-T SG11", "ITU-T SG12", "ITU-T SG13", "ITU-T SG15", "ITU-T SG16"]);
  });

  it("ignores case and spacing", () => {
    expect(closestNames("  Distributed   LEDGER", NODES)[0]?.id).toBe("topic:distributed-ledger-technology");
  });

  it("finds nothing for a value far from every name", () => {
    expect(closestNames("zzzzzzzzzzzzzz", NODES)).toEqual([]);
    expect(closestNames("   ", NODES)).toEqual([]);
  });
});
