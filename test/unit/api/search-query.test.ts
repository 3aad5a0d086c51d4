import { describe, expect, it } from "vitest";
import { toLuceneQuery } from "../../../src/api/resolvers/search.js";

describe("toLuceneQuery", () => {
  it("requires every word, exactly (boosted) or as a prefix", () => {
    expect(toLuceneQuery("Distributed ledger")).toBe("(distributed^2 OR distributed*) AND (ledger^2 OR ledger*)");
  });

  it("neutralizes Lucene syntax so user text cannot form a query of its own", () => {
    expect(toLuceneQuery('ledger) OR *:* "x~')).toBe("(ledger^2 OR ledger*) AND (x^2 OR x*)");
    expect(toLuceneQuery("*** ???")).toBe("");
  });
});
