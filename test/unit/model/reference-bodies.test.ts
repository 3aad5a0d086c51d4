import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { normalizeEntity } from "../../../src/model/canonical-ids.js";
import { IETF_WORKING_GROUPS, ORGANIZATIONS } from "../../../src/model/known-bodies.js";
import {
  formKey,
  readReferenceBodies,
  REFERENCE_BODIES,
  referenceBodyAncestors,
  referenceBodyByForm,
  referenceBodyById,
} from "../../../src/model/reference-bodies.js";

describe("the reference bodies of cypher/reference/bodies", () => {
  it("has every family, with the IETF's working groups by the hundred", () => {
    const families = new Map<string, number>();
    for (const b of REFERENCE_BODIES) families.set(b.family, (families.get(b.family) ?? 0) + 1);
    expect([...families.keys()].sort()).toEqual(
      ["3gpp", "etsi", "ieee", "ietf", "iso-iec", "itu-d", "itu-other", "itu-r", "other-sdos"],
    );
    expect(IETF_WORKING_GROUPS.size).toBeGreaterThanOrEqual(200);
  });

  it("gives every body an http(s) source and a unique id", () => {
    expect(REFERENCE_BODIES.filter((b) => !/^https?:\/\//.test(b.source))).toEqual([]);
    expect(new Set(REFERENCE_BODIES.map((b) => b.id)).size).toBe(REFERENCE_BODIES.length);
  });

  it.each([
    ["ccamp", "IETF CCAMP"],
    ["CCAMP WG", "IETF CCAMP"],
    ["Common Control and Measurement Plane", "IETF CCAMP"],
    ["IETF DetNet WG", "IETF DETNET"],
    ["opsawg", "IETF OPSAWG"],
    ["Transport Area", "IETF TSV"],
    ["Routing Area", "IETF RTG"],
    ["The IESG", "IESG"],
    ["Internet Architecture Board", "IAB"],
    ["Broadband Forum", "BBF"],
    ["BROADBAND-FORUM", "BBF"],
    ["SA WG2", "3GPP SA2"],
    ["SA2", "3GPP SA2"],
    ["3GPP TSG CT WG4", "3GPP CT4"],
    ["CT WG4", "3GPP CT4"],
    ["TSG SA", "3GPP SA"],
    ["IEEE 802.1 Working Group", "IEEE 802.1"],
    ["IEEE P802.1", "IEEE 802.1"],
    ["LMSC", "IEEE 802"],
    ["IEEE 802 LAN/MAN Standards Committee", "IEEE 802"],
    ["IEEE 802.1 TSN Task Group", "IEEE 802.1 TSN TG"],
    ["JTC1/SC2/WG2", "ISO/IEC JTC 1/SC 2/WG 2"],
    ["JTC 1/SC 42", "ISO/IEC JTC 1/SC 42"],
    ["SC 22", "ISO/IEC JTC 1/SC 22"],
    ["ETSI NFV ISG", "ETSI ISG NFV"],
    ["WP 5D", "ITU-R WP5D"],
    ["TDAG", "ITU-D TDAG"],
    ["TSB", "ITU-T TSB"],
    ["World Health Organization", "WHO"],
  ])("resolves %j to %s", (written, id) => {
    expect(referenceBodyByForm(written)?.id).toBe(id);
  });

  it("matches single words only as written and longer forms in any case", () => {
    expect(referenceBodyByForm("Ccamp")).toBeUndefined();
    expect(referenceBodyByForm("who")).toBeUndefined();
    expect(referenceBodyByForm("broadband  forum")?.id).toBe("BBF");
  });

  it.each(["SA", "CT", "RAN", "WG2", "WG 2", "SC 2", "SC2", "TC 68", "SG5", "TLS", "QUIC", "core", "Security"])(
    "claims no ambiguous bare form such as %j",
    (form) => {
      expect(referenceBodyByForm(form)).toBeUndefined();
    },
  );

  it("chains parents up to the family's root", () => {
    expect(referenceBodyAncestors("IETF CCAMP").map((b) => b.id)).toEqual(["IETF RTG", "IETF"]);
    expect(referenceBodyAncestors("3GPP CT4").map((b) => b.id)).toEqual(["3GPP CT", "3GPP"]);
    expect(referenceBodyAncestors("ITU-R WP5D").map((b) => b.id)).toEqual(["ITU-R SG5", "ITU-R", "ITU"]);
    expect(referenceBodyById("ITU-R WP5D")?.type).toBe("WorkingParty");
  });

  it("feeds the extractor's tables: organizations, IETF working groups, names for patterned ids", () => {
    const ids = new Set(ORGANIZATIONS.map((o) => o.id));
    expect(["IETF CCAMP", "3GPP CT4", "ISO/IEC JTC 1/SC 27", "BBF", "GSMA", "WHO", "ITU-T TSB"].filter((id) => !ids.has(id))).toEqual([]);
    // Prefixes of nearly every body's name: in the graph, not in the extractor's tables.
    expect(ids.has("ITU-T") || ids.has("ITU")).toBe(false);
    expect(IETF_WORKING_GROUPS.has("DETNET") && IETF_WORKING_GROUPS.has("CCAMP")).toBe(true);
    expect(normalizeEntity("3GPP SA WG2")).toMatchObject({ id: "3GPP SA2", name: referenceBodyById("3GPP SA2")?.name });
    expect(normalizeEntity("IETF CCAMP WG")).toMatchObject({ id: "IETF CCAMP", name: "Common Control and Measurement Plane Working Group" });
  });

  it("claims no form that ITU-T's own reference files give to their groups", () => {
    const folder = path.join(import.meta.dirname, "../../../cypher/reference");
    const itu = ["30-itu-t-bodies.cypher", "40-focus-groups.cypher"].flatMap((file) =>
      [...readFileSync(path.join(folder, file), "utf8").matchAll(/aliases = \[([^\]]*)\]/g)].flatMap((m) =>
        [...(m[1] ?? "").matchAll(/"([^"]+)"/g)].map((a) => formKey(a[1]!)),
      ),
    );
    const forms = new Set(REFERENCE_BODIES.flatMap((b) => [b.id, b.name, ...b.aliases].map(formKey)));
    expect(itu.length).toBeGreaterThan(50);
    expect(itu.filter((form) => forms.has(form))).toEqual([]);
  });
});

describe("readReferenceBodies", () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = undefined;
  });

  const good = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    type: "Organization",
    name: `${id} name`,
    kind: "SDO",
    aliases: [id],
    source: `https://example.org/${encodeURIComponent(id)}`,
    ...extra,
  });
  const read = (files: Record<string, unknown>) => {
    folder = mkdtempSync(path.join(tmpdir(), "reference-bodies-"));
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(path.join(folder, name), typeof content === "string" ? content : JSON.stringify(content));
    }
    return readReferenceBodies(folder);
  };

  it("reads well-formed files, every family in name order", () => {
    const bodies = read({ "b.json": [good("B1", { parent: "A1", active: "2001-2019" })], "a.json": [good("A1")], "notes.txt": "ignored" });
    expect(bodies.map((b) => [b.family, b.id, b.parent ?? null, b.active ?? null])).toEqual([
      ["a", "A1", null, null],
      ["b", "B1", "A1", "2001-2019"],
    ]);
  });

  it.each([
    ["a missing source", [good("X", { source: undefined })], /a\.json: entry 1 \(X\): has no source/],
    ["a source that is no URL", [good("X", { source: "the web site" })], /a\.json: entry 1 \(X\): source "the web site" is not an http\(s\) URL/],
    ["a missing id", [{ ...good("X"), id: undefined }], /a\.json: entry 1: has no id/],
    ["an unknown type", [good("X", { type: "Committee" })], /entry 1 \(X\): type "Committee"/],
    ["a kind not in UPPER_SNAKE_CASE", [good("X", { kind: "sdo" })], /entry 1 \(X\): kind "sdo"/],
    ["an unknown field", [good("X", { parnet: "Y" })], /entry 1 \(X\): unknown field "parnet"/],
    ["malformed active years", [good("X", { active: "2019-2001" })], /entry 1 \(X\): active "2019-2001"/],
    ["an alias listed twice", [good("X", { aliases: ["X one", "X one"] })], /entry 1 \(X\): alias "X one" is listed twice/],
    ["an ambiguous bare alias", [good("X", { aliases: ["SA"] })], /entry 1 \(X\): alias "SA" is ambiguous/],
    ["a duplicate id", [good("X"), good("X")], /a\.json: X: duplicate id \(also in a\.json\)/],
    ["a parent not found", [good("X", { parent: "Nowhere" })], /a\.json: X: parent "Nowhere" not found/],
    ["a parent loop", [good("X", { parent: "Y" }), good("Y", { parent: "X" })], /parent chain loops/],
    ["an alias two bodies claim", [good("X", { aliases: ["Shared Name"] }), good("Y", { aliases: ["shared  name"] })], /a\.json: Y: form "shared name" is also claimed by X/],
    ["an alias equal to another body's id", [good("X"), good("Y", { aliases: ["x"] })], /Y: form "x" is also claimed by X/],
    ["an entry that is no object", ["X"], /a\.json: entry 1: is not an object/],
  ])("rejects %s, naming file and entry", (_what, entries, message) => {
    expect(() => read({ "a.json": entries })).toThrow(message);
  });

  it("rejects a file that is not a JSON array", () => {
    expect(() => read({ "a.json": "{ not json" })).toThrow(/a\.json: not valid JSON/);
    expect(() => read({ "a.json": { id: "X" } })).toThrow(/a\.json: must hold a JSON array/);
  });

  it("finds ids and forms claimed across files", () => {
    expect(() => read({ "a.json": [good("X")], "b.json": [good("X")] })).toThrow(/b\.json: X: duplicate id \(also in a\.json\)/);
    expect(() => read({ "a.json": [good("X")], "b.json": [good("Y", { parent: "X", aliases: ["X name"] })] })).toThrow(
      /b\.json: Y: form "x name" is also claimed by X \(a\.json\)/,
    );
  });
});
