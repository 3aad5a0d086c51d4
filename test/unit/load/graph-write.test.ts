import { describe, expect, it } from "vitest";
import { extractionOf, type Extraction } from "../../../src/extract/extraction.js";
import { toGraphWrite } from "../../../src/load/graph-write.js";

const extraction = (properties: Record<string, string | boolean>): Extraction =>
  extractionOf(
    { id: "ls-1", text: "text", contentHash: "hash", format: "plain-text", file: "/tmp/ls-1.txt" },
    {
      entities: [{ type: "Organization", id: "ACME", name: "ACME", properties }],
      relations: [{ type: "MENTIONS", from: "ls-1", to: "ACME", evidence: "ACME." }],
    },
  );

describe("an entity's properties in the graph write", () => {
  it("keeps what the extractor said, the unresolved mark included", () => {
    const write = toGraphWrite(extraction({ kind: "FORUM", resolved: false }), { keepContacts: false });
    expect(write.entities).toEqual([{ id: "ACME", name: "ACME", labels: ["Organization", "Body"], properties: { kind: "FORUM", resolved: false } }]);
  });

  it("drops the properties the loader and the reference graph own", () => {
    const said = { kind: "FORUM", source: "https://example.org", firstSeenIn: "x", propertySources: "name=x", writeHash: "h", id: "other", name: "Other" };
    const write = toGraphWrite(extraction(said), { keepContacts: false });
    expect(write.entities[0]?.properties).toEqual({ kind: "FORUM" });
  });
});
