import { describe, expect, it } from "vitest";
import { removeDocumentRelationsCypher } from "../../../src/load/remove-document-relations.js";
import { DOCUMENT_RELATION_TYPES, RELATION_TYPES } from "../../../src/model/node-types.js";

describe("the statement removing a document's relations", () => {
  it("has one branch per document relation type, each matched by sourceDocument", () => {
    const cypher = removeDocumentRelationsCypher();
    const typed = [...cypher.matchAll(/\[r:([A-Z_]+) \{sourceDocument: \$id\}\]/g)].map((m) => m[1]);
    expect(typed).toEqual([...DOCUMENT_RELATION_TYPES]);
    expect(cypher.match(/UNION ALL/g)).toHaveLength(DOCUMENT_RELATION_TYPES.length - 1);
  });

  it("leaves reference-only relation types alone", () => {
    const referenceOnly = RELATION_TYPES.filter((t) => !(DOCUMENT_RELATION_TYPES as readonly string[]).includes(t));
    expect(referenceOnly).toEqual(["BROADER", "ACTIVE_IN"]);
    for (const type of referenceOnly) expect(removeDocumentRelationsCypher()).not.toContain(`:${type} `);
  });

  it("refuses anything but a relation type name", () => {
    expect(() => removeDocumentRelationsCypher(["SENT_BY", "X]->() DETACH DELETE (n"])).toThrow("not a relation type name");
    expect(() => removeDocumentRelationsCypher(["sent_by"])).toThrow("not a relation type name");
  });
});
