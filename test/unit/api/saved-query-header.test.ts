import { describe, expect, it } from "vitest";
import { headerParams, usedParams } from "../../integration/api/saved-query-header.js";

describe("saved query headers", () => {
  it("read :param lines of whole-line comments, one or several per line, as name and Cypher expression", () => {
    const text = [
      "// In Neo4j Browser:  :param query => \"ledger*\"   :param types => [\"FocusGroup\",\"Question\"]   :param limit => 10",
      "//   :param body => null",
      "MATCH (n) RETURN n // :param trailing => 1",
    ].join("\n");
    expect(headerParams(text)).toEqual([
      { name: "query", expression: '"ledger*"' },
      { name: "types", expression: '["FocusGroup","Question"]' },
      { name: "limit", expression: "10" },
      { name: "body", expression: "null" },
    ]);
  });

  it("find the parameters a statement uses, not those in comments or strings", () => {
    const text = '// $inComment\nMATCH (t:Topic {id: $topic}) WHERE t.name <> "$notAParam" RETURN t LIMIT $limit + $limit';
    expect(usedParams(text)).toEqual(["limit", "topic"]);
  });
});
