import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/extract-document.js";
import type { Extraction, ExtractedRelation } from "../../../src/extract/extraction.js";
import { Gazetteer, parseTopicsCypher } from "../../../src/extract/gazetteer.js";
import type { ParsedDocument } from "../../../src/parse/parsed-document.js";

const gazetteer = new Gazetteer(
  parseTopicsCypher(readFileSync(new URL("../../../cypher/reference/20-topics.cypher", import.meta.url), "utf8")),
);

const EMPTY = { senders: [], recipients: [], questions: [], contacts: [], fields: {}, relatedDocuments: [] } as const;

/** The ITU notification as the reader would give it: abstract is the line after "Abstract:". */
function foundingDocument(): ParsedDocument {
  const file = fileURLToPath(new URL("../../../test/fixtures/documents/founding/sg17-ls14-notification.txt", import.meta.url));
  const lines = readFileSync(file, "utf8").split("\n");
  const at = lines.findIndex((line) => line.trim() === "Abstract:");
  return {
    ...EMPTY,
    file,
    format: "itu-notification",
    id: "sp16-sg17-oLS-00014",
    url: "http://handle.itu.int/11.1002/ls/sp16-sg17-oLS-00014.docx",
    studyPeriod: "2017-2020",
    senders: ["SG17"],
    abstract: (lines[at + 1] ?? "").trim(),
    body: lines.slice(at + 2).join("\n").trim(),
  };
}

const ids = (list: ReadonlyArray<{ id: string }>) => list.map((e) => e.id);
const find = (x: Extraction, type: string, from: string, to: string): ExtractedRelation | undefined =>
  x.relations.find((r) => r.type === type && r.from === from && r.to === to);
const entity = (x: Extraction, id: string) => x.entities.find((e) => e.id === id);

describe("extractDocument: the founding document sp16-sg17-oLS-00014", () => {
  const doc = foundingDocument();
  const x = extractDocument(doc, gazetteer);
  const LS = "sp16-sg17-oLS-00014";
  const FG = "ITU-T FG Blockchain";
  const REPORT = "report:distributed-ledger-technologies-and-financial-inclusion";
  const WORKSHOP = "workshop:2017-03-21:security-aspects-of-blockchain";

  it("describes the document", () => {
    expect(x.document).toMatchObject({
      id: LS,
      studyPeriod: "2017-2020",
      purpose: "ACTION",
      format: "itu-notification",
      url: doc.url,
      abstract: "ITU-T SG 17 proposes that TSAG consider the creation of a Focus Group on Blockchain under the auspices of TSAG.",
    });
    expect(x.document.text).toContain("Following the example of the FG DFS");
    expect(x.document.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is sent by SG17 to TSAG for action", () => {
    expect(ids(x.from)).toEqual(["ITU-T SG17"]);
    expect(ids(x.to)).toEqual(["ITU-T TSAG"]);
    expect(x.cc).toEqual([]);
    expect(find(x, "SENT_BY", LS, "ITU-T SG17")?.evidence).toBe(doc.abstract);
    expect(find(x, "SENT_TO", LS, "ITU-T TSAG")).toEqual({
      type: "SENT_TO",
      from: LS,
      to: "ITU-T TSAG",
      evidence: doc.abstract,
      properties: { purpose: "ACTION" },
    });
    expect(entity(x, "ITU-T SG17")).toMatchObject({ type: "StudyGroup", name: "ITU-T Study Group 17" });
    expect(entity(x, "ITU-T TSAG")?.type).toBe("AdvisoryGroup");
  });

  it("proposes a Focus Group on Blockchain under the auspices of TSAG, for TSAG to consider", () => {
    expect(ids(x.proposes)).toEqual([FG]);
    expect(entity(x, FG)).toEqual({ type: "FocusGroup", id: FG, name: "Focus Group on Blockchain", properties: { status: "PROPOSED" } });
    expect(find(x, "PROPOSES", "ITU-T SG17", FG)?.evidence).toBe(doc.abstract);
    expect(find(x, "UNDER_AUSPICES_OF", FG, "ITU-T TSAG")).toBeDefined();
    expect(find(x, "CONSIDERS", "ITU-T TSAG", FG)).toBeDefined();
  });

  it("references WTSA-16 Resolution 89 and its resolves 2", () => {
    expect(entity(x, "WTSA-16 Resolution 89")).toMatchObject({
      type: "Resolution",
      properties: { number: 89, assembly: "WTSA-16", place: "Hammamet", year: 2016 },
    });
    const reference = find(x, "REFERENCES", LS, "WTSA-16 Resolution 89");
    expect(reference?.properties).toEqual({ clause: "resolves 2" });
    expect(reference?.evidence).toMatch(/^Recognizing that the FG DFS published a report .* WTSA-16 Resolution 89 on financial inclusion\.$/);
  });

  it("references the FG DFS report, which the Focus Group on Blockchain could consider", () => {
    expect(entity(x, REPORT)).toEqual({
      type: "Report",
      id: REPORT,
      name: "Distributed Ledger Technologies and Financial Inclusion",
      properties: { title: "Distributed Ledger Technologies and Financial Inclusion" },
    });
    expect(find(x, "REFERENCES", LS, REPORT)).toBeDefined();
    expect(find(x, "PUBLISHED", "ITU-T FG DFS", REPORT)).toBeDefined();
    expect(find(x, "CONSIDERS", FG, REPORT)).toBeDefined();
    expect(find(x, "REFERENCES", LS, "ITU-T FG DFS")?.evidence).toMatch(/^Following the example of the FG DFS/);
    expect(entity(x, "ITU-T FG DFS")?.type).toBe("FocusGroup");
  });

  it("references the workshop SG17 organized", () => {
    expect(entity(x, WORKSHOP)).toEqual({
      type: "Workshop",
      id: WORKSHOP,
      name: "Security Aspects of Blockchain",
      properties: { title: "Security Aspects of Blockchain", date: "2017-03-21" },
    });
    expect(find(x, "REFERENCES", LS, WORKSHOP)).toBeDefined();
    expect(find(x, "ORGANIZED", "ITU-T SG17", WORKSHOP)?.evidence).toBe(
      "ITU-T Study Group 17 organized an ITU workshop on “Security Aspects of Blockchain” on March 21, 2017, which was well attended.",
    );
  });

  it("lists what it references", () => {
    expect(ids(x.references)).toEqual(expect.arrayContaining(["WTSA-16 Resolution 89", REPORT, WORKSHOP, "ITU-T FG DFS"]));
  });

  it("mentions the topics and the TSB", () => {
    expect(ids(x.topics)).toEqual(
      expect.arrayContaining(
        [
          "blockchain", "distributed-ledger-technology", "identity-management", "credit-management", "crowd-funding",
          "peer-to-peer-insurance", "smart-contracts", "supply-chain-management", "online-voting", "medical-records",
          "network-requirements", "regulatory-and-policy-aspects", "security-assessment", "pii-protection", "financial-inclusion",
        ].map((slug) => `topic:${slug}`),
      ),
    );
    for (const topic of x.topics) expect(find(x, "MENTIONS", LS, topic.id)).toBeDefined();
    expect(find(x, "MENTIONS", LS, "ITU-T TSB")?.evidence).toBe(
      "This would also let the TSB invite a qualified expert from industry to lead this cross-cutting effort.",
    );
  });

  it("links no study group but SG17, no vague group and no person", () => {
    const studyGroups = x.entities.filter((e) => e.type === "StudyGroup");
    expect(ids(studyGroups)).toEqual(["ITU-T SG17"]);
    for (const r of x.relations) {
      for (const end of [r.from, r.to]) if (/SG\d/.test(end)) expect(end).toBe("ITU-T SG17");
    }
    expect(x.contacts).toEqual([]);
    expect(x.entities.filter((e) => e.type === "Organization").map((e) => e.id)).toEqual(["ITU-T TSB"]);
    // The statement dates itself only by its study period.
    expect(x.warnings).toEqual(["no date found"]);
  });

  it("takes every piece of evidence verbatim from the document", () => {
    for (const r of x.relations) expect(x.document.text).toContain(r.evidence);
  });

  it("lists every related entity once", () => {
    expect(new Set(ids(x.entities)).size).toBe(x.entities.length);
    const known = new Set([LS, ...ids(x.entities)]);
    for (const r of x.relations) expect([known.has(r.from), known.has(r.to)]).toEqual([true, true]);
  });

  it("does not mention the sector its sender belongs to, even when the graph knows it", () => {
    const withSector = new Gazetteer([
      ...gazetteer.entries,
      { type: "Organization", id: "ITU-T", name: "ITU Telecommunication Standardization Sector", aliases: ["ITU-T"] },
      { type: "Organization", id: "ITU-T TSB", name: "Telecommunication Standardization Bureau", aliases: ["TSB"] },
    ]);
    const y = extractDocument(foundingDocument(), withSector);
    expect(y.entities.some((e) => e.id === "ITU-T")).toBe(false);
    expect(find(y, "MENTIONS", LS, "ITU-T TSB")).toBeDefined();
  });

  it("is deterministic", () => {
    expect(extractDocument(foundingDocument(), gazetteer)).toEqual(x);
  });
});

describe("extractDocument: other statements", () => {
  it("reads an ITU LS template from SG13 to SG17 and IETF CCAMP for information", () => {
    const doc: ParsedDocument = {
      ...EMPTY,
      file: "sg13-ls.docx",
      format: "itu-ls-template",
      id: "sp20-sg13-oLS-00123",
      title: "LS on machine learning in future networks including IMT-2020",
      senders: ["ITU-T Study Group 13"],
      recipients: [
        { name: "ITU-T SG17", role: "INFORMATION" },
        { name: "IETF CCAMP Working Group", role: "INFORMATION" },
      ],
      questions: ["20/13"],
      contacts: [{ name: "Jane Doe", email: "jane.doe@example.org", role: "Contact" }],
      fields: {
        "Question(s)": "20/13",
        Source: "ITU-T Study Group 13",
        "For information to": "ITU-T SG17, IETF CCAMP Working Group",
        Purpose: "Information",
      },
      body:
        "ITU-T SG13 would like to inform you that Recommendation ITU-T Y.3172 “Architectural framework for machine learning in future networks including IMT-2020” has been approved.\n\n" +
        "Q20/13 continues to study the application of machine learning (ML) to network management. We also note related work in ETSI and in Q.6/13.",
    };
    const x = extractDocument(doc, gazetteer);
    const LS = "sp20-sg13-oLS-00123";
    expect(x.document).toMatchObject({ id: LS, studyPeriod: "2022-2024", purpose: "INFORMATION" });
    expect(ids(x.from)).toEqual(["ITU-T SG13"]);
    expect(ids(x.to)).toEqual(["ITU-T SG17", "IETF CCAMP"]);
    expect(find(x, "SENT_TO", LS, "IETF CCAMP")).toMatchObject({
      properties: { purpose: "INFORMATION" },
      evidence: "For information to: ITU-T SG17, IETF CCAMP Working Group",
    });
    expect(find(x, "SENT_BY", LS, "ITU-T SG13")?.evidence).toBe("Source: ITU-T Study Group 13");
    expect(find(x, "REFERENCES", LS, "Q20/13")?.evidence).toBe("Question(s): 20/13");
    expect(entity(x, "ITU-T Y.3172")).toMatchObject({
      type: "Recommendation",
      properties: { series: "Y", number: "3172", title: "Architectural framework for machine learning in future networks including IMT-2020" },
    });
    expect(ids(x.references)).toEqual(["Q20/13", "ITU-T Y.3172", "Q6/13"]);
    expect(find(x, "MENTIONS", LS, "ETSI")).toBeDefined();
    expect(find(x, "STUDIES", "Q20/13", "topic:machine-learning")).toBeDefined();
    expect(ids(x.topics)).toEqual(expect.arrayContaining(["topic:machine-learning", "topic:imt-2020"]));
    expect(x.contacts).toEqual(doc.contacts);
    // Addressees are sent to, not referenced.
    expect(find(x, "REFERENCES", LS, "ITU-T SG17")).toBeUndefined();
  });

  it("reads an IETF liaison to ITU-T SG15 that replies to an ITU liaison", () => {
    const doc: ParsedDocument = {
      ...EMPTY,
      file: "ietf-liaison-1712.txt",
      format: "ietf-datatracker",
      id: "ietf-liaison-1712",
      title: "Liaison statement on YANG models for PTP",
      date: "2020-05-04",
      senders: ["IETF CCAMP"],
      recipients: [
        { name: "ITU-T-SG-15", role: "ACTION" },
        { name: "IETF TEAS WG", role: "CC" },
      ],
      fields: { "From Group": "IETF CCAMP", "To Group": "ITU-T-SG-15", Cc: "IETF TEAS WG", Purpose: "For action", "In Response To": "sp16-sg15-oLS-00234" },
      relatedDocuments: ["sp16-sg15-oLS-00234"],
      body:
        "The CCAMP Working Group thanks ITU-T SG15 for the liaison statement sp16-sg15-oLS-00234 on the progress of G.8275 and G.8275.1.\n\n" +
        "The IETF has adopted a YANG data model for the PTP profiles of Rec. ITU-T G.8275.1, and asks experts of WP3/15 to review it.",
    };
    const x = extractDocument(doc, gazetteer);
    const LS = "ietf-liaison-1712";
    expect(x.document).toMatchObject({ id: LS, purpose: "ACTION", date: "2020-05-04" });
    expect(x.document.studyPeriod).toBeUndefined();
    expect(ids(x.from)).toEqual(["IETF CCAMP"]);
    expect(ids(x.to)).toEqual(["ITU-T SG15"]);
    expect(ids(x.cc)).toEqual(["IETF TEAS"]);
    expect(find(x, "REPLIES_TO", LS, "sp16-sg15-oLS-00234")?.evidence).toBe("In Response To: sp16-sg15-oLS-00234");
    expect(find(x, "REFERENCES", LS, "sp16-sg15-oLS-00234")).toBeUndefined();
    expect(ids(x.references)).toEqual(["ITU-T G.8275", "ITU-T G.8275.1", "WP3/15"]);
    expect(entity(x, "WP3/15")).toMatchObject({ type: "WorkingParty", properties: { number: 3, studyGroupNumber: 15 } });
    // The IETF is where the sender belongs, not something the statement is about.
    expect(find(x, "MENTIONS", LS, "IETF")).toBeUndefined();
  });

  it("reads a plain statement informing of a new Question, with no header", () => {
    const body =
      "ITU-T SG17 informs ITU-T SG13 and ITU-T SG20 that it agreed a new Question 15/17 on security for AI under Working Party 2/17. " +
      "The new Question will collaborate with ISO/IEC JTC 1/SC 27 and other relevant organizations. Other ITU-T Study Groups are welcome to contribute.";
    const x = extractDocument({ ...EMPTY, file: "new-question.txt", format: "plain-text", body }, gazetteer);
    expect(x.document.id).toMatch(/^doc:[0-9a-f]{16}$/);
    expect(x.document.contentHash.startsWith(x.document.id.slice(4))).toBe(true);
    expect(x.document.purpose).toBe("INFORMATION");
    expect(ids(x.from)).toEqual(["ITU-T SG17"]);
    expect(ids(x.to)).toEqual(["ITU-T SG13", "ITU-T SG20"]);
    expect(x.relations.filter((r) => r.type === "SENT_TO").map((r) => r.properties?.purpose)).toEqual(["INFORMATION", "INFORMATION"]);
    expect(ids(x.references)).toEqual(["Q15/17", "WP2/17"]);
    expect(find(x, "MENTIONS", x.document.id, "ISO/IEC JTC 1/SC 27")).toBeDefined();
    expect(ids(x.topics)).toEqual(["topic:security", "topic:artificial-intelligence"]);
    expect(x.entities.filter((e) => e.type === "StudyGroup").map((e) => e.id)).toEqual(["ITU-T SG17", "ITU-T SG13", "ITU-T SG20"]);
  });

  it("copies, resolves clauses of revised Resolutions and ignores vague addressees", () => {
    const doc: ParsedDocument = {
      ...EMPTY,
      file: "tsag.txt",
      format: "plain-text",
      id: "sp20-tsag-oLS-00042",
      senders: ["ITU-T TSAG"],
      recipients: [
        { name: "ITU-T FG-AI4H", role: "ACTION" },
        { name: "WHO", role: "CC" },
        { name: "All ITU-T Study Groups", role: "INFORMATION" },
      ],
      body:
        "TSAG thanks FG-AI4H for its progress report. In line with resolves 3 of Resolution 2 (Rev. Geneva, 2022), TSAG invites FG-AI4H to consider Recommendation ITU-T F.748.11 and to coordinate with Study Groups 13 and 16. " +
        "The associated Study Groups and other ITU-T Study Groups are kept informed. A workshop on “AI for Health” is planned.",
    };
    const x = extractDocument(doc, gazetteer);
    const LS = "sp20-tsag-oLS-00042";
    expect(ids(x.from)).toEqual(["ITU-T TSAG"]);
    expect(ids(x.to)).toEqual(["ITU-T FG AI4H"]);
    expect(ids(x.cc)).toEqual(["WHO"]);
    expect(find(x, "REFERENCES", LS, "WTSA-20 Resolution 2")?.properties).toEqual({ clause: "resolves 3" });
    expect(entity(x, "WTSA-20 Resolution 2")?.properties).toEqual({ number: 2, assembly: "WTSA-20", place: "Geneva", year: 2022 });
    expect(find(x, "CONSIDERS", "ITU-T FG AI4H", "ITU-T F.748.11")).toBeDefined();
    expect(ids(x.references)).toEqual(["WTSA-20 Resolution 2", "ITU-T F.748.11", "ITU-T SG13", "ITU-T SG16"]);
    expect(x.entities.some((e) => e.type === "Workshop")).toBe(false);
    expect(x.warnings).toEqual([
      'no single body named by "All ITU-T Study Groups"',
      'workshop "AI for Health" has no date; not extracted',
      "no date found",
    ]);
  });
});
