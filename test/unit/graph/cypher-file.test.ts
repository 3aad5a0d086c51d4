import { describe, expect, it } from "vitest";
import { splitStatements } from "../../../src/graph/cypher-file.js";

describe("splitStatements", () => {
  it("splits at semicolons and drops comments and empty statements", () => {
    const script = `// header comment
CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);
/* block; comment */
MATCH (n) RETURN n;
;
`;
    expect(splitStatements(script)).toEqual(["CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)", "MATCH (n) RETURN n"]);
  });

  it("keeps semicolons and comment markers inside strings and backticks", () => {
    const script = `MERGE (n {id: "a;b"}) SET n.url = "http://x//y", n.q = 'it\\'s; fine', n.\`odd;name\` = 1;
RETURN 1`;
    expect(splitStatements(script)).toEqual([
      `MERGE (n {id: "a;b"}) SET n.url = "http://x//y", n.q = 'it\\'s; fine', n.\`odd;name\` = 1`,
      "RETURN 1",
    ]);
  });
});
