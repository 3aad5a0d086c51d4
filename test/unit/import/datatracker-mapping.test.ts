import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/extract-document.js";
import { referenceGazetteer } from "../../../src/extract/reference-gazetteer.js";
import { resolveBody } from "../../../src/extract/resolve-body.js";
import {
  readAttachmentDocument,
  readEvent,
  readGroup,
  readListPage,
  readRelated,
  readStatement,
  RecordError,
  type AttachmentDocument,
  type GroupRecord,
} from "../../../src/import/datatracker/api-records.js";
import { writtenGroupName } from "../../../src/import/datatracker/group-names.js";
import { preferApiFields } from "../../../src/import/datatracker/prefer-api-fields.js";
import { toParsedDocument } from "../../../src/import/datatracker/to-parsed-document.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/datatracker-api");
const objects = (file: string) => (JSON.parse(readFileSync(path.join(FIXTURES, file), "utf8")) as { objects: Record<string, unknown>[] }).objects;
const statements = ["liaisonstatement-page-1.json", "liaisonstatement-page-2.json", "liaisonstatement-page-3.json"].flatMap(objects);
const groups = new Map<string, GroupRecord>(objects("group.json").map((g) => [g.resource_uri as string, readGroup(g, g.resource_uri as string)]));
const attachments = new Map<string, AttachmentDocument>(
  objects("document.json").map((d) => [d.resource_uri as string, readAttachmentDocument(d, d.resource_uri as string)]),
);
const events = objects("liaisonstatementevent.json").flatMap((e) => readEvent(e) ?? []);
const related = objects("relatedliaisonstatement.json").flatMap((r) => readRelated(r) ?? []);
const gazetteer = referenceGazetteer();

function parsed(id: number) {
  const raw = statements.find((s) => s.id === id);
  const statement = readStatement(raw);
  return toParsedDocument(statement, {
    groups,
    attachments,
    events: events.filter((e) => e.statement === id),
    related: related.filter((r) => r.source === id),
  });
}

describe("a Datatracker statement as a ParsedDocument", () => {
  it("takes id, page, title, dates, senders, recipients with their purpose and the fields as evidence", () => {
    const doc = parsed(1501);
    expect(doc).toMatchObject({
      file: "datatracker-api-liaisonstatement-1501",
      format: "ietf-datatracker",
      id: "ietf-liaison-1501",
      url: "https://datatracker.ietf.org/liaison/1501/",
      title: "LS on timing support in packet transport networks",
      date: "2019-03-04",
      deadline: "2019-06-30",
      senders: ["ITU-T SG 15"],
      recipients: [
        { name: "IETF CCAMP WG", role: "ACTION" },
        { name: "IETF MPLS WG", role: "ACTION" },
      ],
      relatedDocuments: [],
      access: "public",
      evidence: { "ITU-T SG 15": "from_groups: itu-t-sg-15", "IETF CCAMP WG": "to_groups: ccamp", "IETF MPLS WG": "to_groups: mpls" },
    });
    expect(doc.fields).toMatchObject({ purpose: "For action", from_groups: "itu-t-sg-15", to_groups: "ccamp, mpls", deadline: "2019-06-30", other_identifiers: "SG15-LS123", tags: "required" });
    expect(doc.body.split("\n\n")).toHaveLength(3);
    expect(doc.contacts).toEqual([
      { email: "liaison-manager@example.org", role: "From Contact" },
      { name: "Example Chair", email: "chair@example.org", role: "To Contacts" },
      { name: "Example Responder", email: "responder@example.org", role: "Response Contacts" },
      { name: "Example Expert", email: "expert@example.org", role: "Technical Contacts" },
    ]);
  });

  it("links a statement sent in response to the one it answers, and keeps Cc entries as copies", () => {
    const doc = parsed(1502);
    expect(doc.relatedDocuments).toEqual(["ietf-liaison-1501"]);
    expect(doc.fields["In response to"]).toBe("ietf-liaison-1501");
    expect(doc.recipients).toEqual([
      { name: "ITU-T SG 15", role: "RESPONSE" },
      { name: "mpls-chairs@ietf.example", role: "CC" },
    ]);
    const extraction = preferApiFields(extractDocument(doc, gazetteer));
    expect(extraction.relations.filter((r) => r.type === "REPLIES_TO").map((r) => [r.to, r.evidence])).toEqual([["ietf-liaison-1501", "In response to: ietf-liaison-1501"]]);
    expect(extraction.cc).toEqual([]);
  });

  it("gives a statement with attachments only their titles and links as its text", () => {
    const doc = parsed(1505);
    expect(doc.body).toBe(
      "Attachment: TR-181 Issue 2 Amendment 15 summary <https://datatracker.ietf.org/documents/LIAISON/liaison-2020-05-11-tr-181-summary.pdf>\n\n" +
        "Attachment: Data model changes affecting IETF YANG modules <https://www.broadband-forum.example/tr-181-changes.pdf>",
    );
    expect(doc.fields.Attachments).toContain("TR-181 Issue 2 Amendment 15 summary");
  });

  it("names the recipient by to_name when the statement has no recipient group", () => {
    const doc = parsed(1508);
    expect(doc.recipients).toEqual([{ name: "IETF", role: "ACTION" }]);
    expect(doc.evidence?.IETF).toBe("to_name: IETF");
  });

  it("lets the API's recipients win over a body the title names, and marks them as from the API", () => {
    const doc = parsed(1509);
    const raw = extractDocument(doc, gazetteer);
    const preferred = preferApiFields(raw);
    expect(raw.relations.filter((r) => r.type === "SENT_TO").map((r) => r.to).sort()).toEqual(["IEEE 802.1", "ITU-T SG15"]);
    expect(preferred.relations.filter((r) => r.type === "SENT_TO")).toEqual([
      { type: "SENT_TO", from: "ietf-liaison-1509", to: "ITU-T SG15", evidence: "to_groups: itu-t-sg-15", properties: { purpose: "INFORMATION", origin: "datatracker-api" } },
    ]);
    expect(preferred.to.map((e) => e.id)).toEqual(["ITU-T SG15"]);
    expect(preferred.entities.map((e) => e.id)).not.toContain("IEEE 802.1");
  });
});

describe("Datatracker groups as bodies", () => {
  const resolve = (group: Omit<GroupRecord, "resourceUri">) =>
    resolveBody(writtenGroupName({ resourceUri: "/api/v1/group/group/1/", ...group }), gazetteer, { keepUnknown: true }).entities.map((e) => e.id);

  it("resolves IETF groups and areas by acronym, other standards bodies by name", () => {
    expect(resolve({ acronym: "ccamp", name: "Common Control and Measurement Plane", type: "wg" })).toEqual(["IETF CCAMP"]);
    expect(resolve({ acronym: "rtg", name: "Routing Area", type: "area" })).toEqual(["IETF RTG"]);
    expect(resolve({ acronym: "ietf", name: "Internet Engineering Task Force", type: "ietf" })).toEqual(["IETF"]);
    expect(resolve({ acronym: "iab", name: "Internet Architecture Board", type: "ietf" })).toEqual(["IAB"]);
    expect(resolve({ acronym: "itu-t-sg-15", name: "ITU-T SG 15", type: "sdo" })).toEqual(["ITU-T SG15"]);
    expect(resolve({ acronym: "3gpp-tsgct-ct4", name: "3GPP TSG CT WG4", type: "sdo" })).toEqual(["3GPP CT4"]);
    expect(resolve({ acronym: "ieee-8021", name: "IEEE 802.1", type: "sdo" })).toEqual(["IEEE 802.1"]);
    expect(resolve({ acronym: "broadband-forum", name: "Broadband Forum", type: "sdo" })).toEqual(["BBF"]);
  });

  it("gives an IETF working group the reference data does not list its canonical id", () => {
    expect(resolve({ acronym: "zzwork", name: "Some New Work", type: "wg" })).toEqual(["IETF ZZWORK"]);
  });
});

describe("reading API records", () => {
  it("names the statement and the field that is wrong", () => {
    const good = statements.find((s) => s.id === 1501);
    expect(() => readStatement({ ...good, title: 42 })).toThrow(new RecordError('liaison statement 1501: "title" is number 42, expected a string'));
    expect(() => readStatement({ ...good, purpose: undefined })).toThrow('liaison statement 1501: no "purpose"');
    expect(() => readStatement({ ...good, deadline: "soon" })).toThrow('liaison statement 1501: "deadline" is "soon", expected yyyy-mm-dd');
    expect(() => readStatement({ ...good, to_groups: "ccamp" })).toThrow('liaison statement 1501: "to_groups" is string "ccamp", expected a list of resource URIs');
    expect(() => readStatement({ title: "no id" })).toThrow('a liaison statement has no valid "id" (missing)');
    expect(() => readStatement([1])).toThrow("a liaison statement is not a JSON object");
  });

  it("takes the id from the resource URI when the id is absent", () => {
    const good = statements.find((s) => s.id === 1501) ?? {};
    const { id: _id, ...withoutId } = good;
    expect(readStatement(withoutId).id).toBe(1501);
  });

  it("refuses a list page without meta or objects", () => {
    expect(() => readListPage({ objects: [] }, "http://x/api/v1/y/")).toThrow('"meta" of http://x/api/v1/y/ is not a JSON object');
    expect(() => readListPage({ meta: { next: null } }, "http://x/api/v1/y/")).toThrow('the response of http://x/api/v1/y/ has no "objects" list');
    expect(readListPage({ meta: { limit: 3, offset: 0, total_count: 9, next: "/api/v1/y/?offset=3" }, objects: [] }, "u").meta.next).toBe("/api/v1/y/?offset=3");
  });
});
