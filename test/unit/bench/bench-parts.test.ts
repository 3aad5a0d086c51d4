import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../../bench/canonical-json.js";
import { handCypherPath, isLookup } from "../../../bench/optional-parts.js";

describe("the generated queries' hand-written Cypher", () => {
  it("is found by bare name in bench/cypher or by path from the repository's root", () => {
    expect(handCypherPath("lookup-by-id")).toBe("bench/cypher/lookup-by-id.cypher");
    expect(handCypherPath("lookup-by-id.cypher")).toBe("bench/cypher/lookup-by-id.cypher");
    expect(handCypherPath("bench/cypher/statement-count.cypher")).toBe("bench/cypher/statement-count.cypher");
  });

  it("knows the lookup the HTTP overhead goal is about", () => {
    expect(isLookup({ name: "lookup-by-id" })).toBe(true);
    expect(isLookup({ name: "One statement", cypherFile: "bench/cypher/lookup-by-id.cypher" })).toBe(true);
    expect(isLookup({ name: "statement-count" })).toBe(false);
  });
});

describe("answers compared across engines", () => {
  it("ignores key order, not values or list order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, 2] }, b: 1 }));
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
  });

  it("compares lists as multisets when asked: nested relationship lists have no order", () => {
    const options = { ignoreListOrder: true };
    expect(canonicalJson({ sentTo: [{ id: "B" }, { id: "A" }] }, options)).toBe(canonicalJson({ sentTo: [{ id: "A" }, { id: "B" }] }, options));
    expect(canonicalJson({ sentTo: [{ id: "A" }, { id: "A" }] }, options)).not.toBe(canonicalJson({ sentTo: [{ id: "A" }] }, options));
  });
});
