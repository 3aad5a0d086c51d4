import { describe, expect, it } from "vitest";
import { parseIngestArgs, UsageError } from "../../../src/cli/parse-args.js";
import { extractDocument } from "../../../src/extract/extract-document.js";
import { referenceGazetteer } from "../../../src/extract/reference-gazetteer.js";
import { toGraphWrite } from "../../../src/load/graph-write.js";
import { accessFromMarking, stricter } from "../../../src/model/access-level.js";
import { parseText } from "../../../src/parse/read-document.js";

const restricted = [
  "From: ITU-T SG 20",
  "To: TSAG",
  "Access: TIES (members only)",
  "",
  "ITU-T SG 20 proposes that TSAG consider the establishment of a Focus Group on City Digital Twins under the auspices of TSAG.",
].join("\n");

describe("access levels", () => {
  it("reads a document's own marking", () => {
    expect(accessFromMarking("TIES (members only)")).toBe("restricted");
    expect(accessFromMarking("Restricted")).toBe("restricted");
    expect(accessFromMarking("Public")).toBe("public");
    expect(accessFromMarking("For information")).toBeUndefined();
    expect(parseText("r.txt", restricted).access).toBe("restricted");
  });

  it("keeps the stricter of the command line and the document", () => {
    expect(stricter("public", "restricted")).toBe("restricted");
    expect(stricter("restricted", undefined)).toBe("restricted");
    expect(stricter(undefined, "public")).toBe("public");
  });

  it("takes --access on the command line, and refuses an unknown level", () => {
    expect(parseIngestArgs(["--access", "restricted", "a.txt"]).access).toBe("restricted");
    expect(parseIngestArgs(["a.txt"]).access).toBe("public");
    expect(() => parseIngestArgs(["--access", "secret", "a.txt"])).toThrow(UsageError);
  });

  it("writes only a restricted document's own relations: what it says of other nodes stays with it", () => {
    const extraction = extractDocument(parseText("r.txt", restricted), referenceGazetteer());
    expect(extraction.relations.some((r) => r.type === "PROPOSES")).toBe(true);
    const write = toGraphWrite(extraction, { keepContacts: false });
    expect(write.document.access).toBe("restricted");
    expect(write.relations.every((r) => r.from === extraction.document.id)).toBe(true);
    expect(write.relations.map((r) => r.type)).toContain("SENT_BY");
    const publicWrite = toGraphWrite(extractDocument(parseText("p.txt", restricted.replace("Access: TIES (members only)", "Access: public")), referenceGazetteer()), { keepContacts: false });
    expect(publicWrite.document.access).toBe("public");
    expect(publicWrite.relations.some((r) => r.type === "PROPOSES")).toBe(true);
    expect(toGraphWrite(extractDocument(parseText("p.txt", restricted.replace("Access: TIES (members only)", "")), referenceGazetteer()), { keepContacts: false, access: "restricted" }).document.access).toBe("restricted");
  });
});
