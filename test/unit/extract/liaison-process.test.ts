/**
 * Liaison work as a process: deadlines, what a statement asks of whom (ASKS {action}) and which
 * statement it answers (REPLIES_TO), read from the thread fixtures and from short documents.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { citedLiaison, studyPeriodAt } from "../../../src/extract/cited-liaisons.js";
import { normalizeAction } from "../../../src/extract/extract-asks.js";
import { extractDocument } from "../../../src/extract/extract-document.js";
import type { Extraction } from "../../../src/extract/extraction.js";
import { referenceGazetteer } from "../../../src/extract/reference-gazetteer.js";
import type { ParsedDocument } from "../../../src/parse/parsed-document.js";
import { readDocument } from "../../../src/parse/read-document.js";

const THREADS = path.resolve(import.meta.dirname, "../../fixtures/documents/threads");
const gazetteer = referenceGazetteer();

async function extractFixture(name: string): Promise<Extraction> {
  return extractDocument(await readDocument(path.join(THREADS, name)), gazetteer);
}

/** `TYPE to {properties} | evidence` of the relations of these types, for exact comparison. */
function relations(x: Extraction, ...types: string[]): string[] {
  return x.relations
    .filter((r) => types.includes(r.type))
    .map((r) => `${r.type} ${r.to} ${JSON.stringify(r.properties ?? {})} | ${r.evidence.replace(/\s+/g, " ")}`);
}

function parsed(fields: Partial<ParsedDocument>): ParsedDocument {
  return {
    file: "/tmp/statement.txt",
    format: "plain-text",
    senders: ["ITU-T SG15"],
    recipients: [{ name: "IETF CCAMP", role: "COMMENT" }],
    questions: [],
    contacts: [],
    fields: {},
    relatedDocuments: [],
    body: "",
    date: "2019-02-21",
    ...fields,
  };
}

describe("the thread fixtures", () => {
  it("SG15-LS102 asks IETF CCAMP to comment by its header deadline, and meets its citations under its handle", async () => {
    const x = await extractFixture("sg15-ls102-yang-otn.txt");
    expect(x.document).toMatchObject({ id: "sp16-sg15-oLS-00102", date: "2018-12-14", deadline: "2019-03-15", purpose: "COMMENT" });
    expect(relations(x, "SENT_TO", "ASKS")).toEqual([
      'SENT_TO IETF CCAMP {"purpose":"COMMENT"} | For comment to: IETF CCAMP',
      'SENT_TO IETF TEAS {"purpose":"INFORMATION"} | For information to: IETF TEAS',
      'ASKS IETF CCAMP {"action":"comment"} | SG15 kindly requests IETF CCAMP to comment on the alignment between the attached draft and the YANG modules developed in CCAMP for optical transport networks.',
    ]);
  });

  it("CCAMP's reply answers SG15-LS102 from its 'Liaisons referred by this one' field and asks the copied 3GPP SA5 by a date in the text", async () => {
    const x = await extractFixture("ietf-liaison-1650-reply-to-sg15.txt");
    expect(x.document).toMatchObject({ id: "ietf-liaison-1650", date: "2019-02-21", deadline: "2019-05-31", purpose: "RESPONSE" });
    expect(relations(x, "REPLIES_TO", "ASKS", "COPIED_TO")).toEqual([
      "COPIED_TO 3GPP SA5 {} | Cc: 3GPP SA5",
      "REPLIES_TO sp16-sg15-oLS-00102 {} | Liaisons referred by this one: LS on YANG data models for optical transport network management (SG15-LS102)",
      'ASKS 3GPP SA5 {"action":"comment"} | As the same models are being considered for the transport of 5G fronthaul, CCAMP invites 3GPP SA5 to comment on whether they cover its management needs.',
    ]);
    // The sentence naming SG15-LS102 again adds no second relation and no REFERENCES.
    expect(relations(x, "REFERENCES").filter((r) => r.includes("LS"))).toEqual([]);
  });

  it("3GPP SA5's reply answers the IETF liaison from 'Response to' and asks SG15 to consider before its next meeting", async () => {
    const x = await extractFixture("s5-193456-reply-to-ccamp.txt");
    expect(x.document).toMatchObject({ id: "S5-193456", date: "2019-05-13", deadline: "2019-08-26" });
    expect(relations(x, "REPLIES_TO", "ASKS")).toEqual([
      "REPLIES_TO ietf-liaison-1650 {} | Response to: LS from IETF CCAMP on YANG data models for optical transport network management (ietf-liaison-1650)",
      'ASKS ITU-T SG15 {"action":"consider"} | ACTION: SA WG5 kindly asks ITU-T SG15 to consider adding the synchronisation status of termination points to its information model, and to send its views before its next meeting on 26 August 2019.',
    ]);
  });

  it("SG15-LS140 answers the 3GPP tdoc named in 'in response to your LS S5-193456'", async () => {
    const x = await extractFixture("sg15-ls140-reply-to-sa5.txt");
    expect(x.document.id).toBe("sp16-sg15-oLS-00140");
    expect(x.document.deadline).toBeUndefined();
    expect(relations(x, "REPLIES_TO", "ASKS")).toEqual([
      "REPLIES_TO S5-193456 {} | In response to your LS S5-193456, SG15 has added the synchronisation status of termination points to draft Recommendation ITU-T G.7711.",
    ]);
    expect(x.entities.find((e) => e.id === "S5-193456")?.type).toBe("LiaisonStatement");
  });

  it("a request for action: 'is requested to review'; a restricted one: 'asks ... to provide information'", async () => {
    const overdue = await extractFixture("sg15-ls110-overdue.txt");
    expect(overdue.document).toMatchObject({ id: "sp16-sg15-oLS-00110", deadline: "2019-02-28", purpose: "ACTION" });
    expect(relations(overdue, "ASKS")).toEqual([
      'ASKS IEEE 802.1 {"action":"review"} | IEEE 802.1 is requested to review the profile and to tell SG15 whether it can be used in bridged networks.',
    ]);
    const restricted = await extractFixture("sg15-ls115-restricted.txt");
    expect(restricted.document).toMatchObject({ id: "sp16-sg15-oLS-00115", deadline: "2019-04-30", access: "restricted" });
    expect(relations(restricted, "ASKS")).toEqual([
      'ASKS IEEE 802.3 {"action":"provide information"} | SG15 asks IEEE 802.3 to provide information on the optical interfaces it is studying for access networks.',
    ]);
  });
});

describe("deadlines", () => {
  const deadline = (doc: Partial<ParsedDocument>) => extractDocument(parsed(doc), gazetteer).document.deadline;

  it("the header's deadline, as written or already ISO", () => {
    expect(deadline({ deadline: "2019-03-15", body: "Please reply by 1 April 2019." })).toBe("2019-03-15");
    expect(deadline({ deadline: "15 March 2019" })).toBe("2019-03-15");
  });

  it("else an explicit date the text gives for the answer", () => {
    expect(deadline({ body: "SG15 would appreciate a reply by 15 March 2019." })).toBe("2019-03-15");
    expect(deadline({ body: "Please send your comments no later than 2019-04-01." })).toBe("2019-04-01");
    expect(deadline({ body: "Views are welcome before its next meeting on 8 July 2019 in Geneva." })).toBe("2019-07-08");
    expect(deadline({ body: "The deadline for comments is 30 June 2019." })).toBe("2019-06-30");
    expect(deadline({ body: "CCAMP asks for feedback before March 3, 2019." })).toBe("2019-03-03");
  });

  it("no deadline from a meeting date, a month alone, a field that is no date, or a placeholder", () => {
    expect(deadline({ body: "SG15 will next meet on 8 July 2019 in Geneva." })).toBeUndefined();
    expect(deadline({ body: "A reply at its next meeting would be appreciated." })).toBeUndefined();
    expect(deadline({ body: "Comments are welcome by March 2019." })).toBeUndefined();
    expect(deadline({ deadline: "none", body: "SG15 thanks CCAMP." })).toBeUndefined();
  });
});

describe("ASKS", () => {
  const asks = (body: string, senders = ["ITU-T SG15"]) =>
    extractDocument(parsed({ body, senders }), gazetteer)
      .relations.filter((r) => r.type === "ASKS")
      .map((r) => `${r.to} ${r.properties?.action}`);

  it("reads who is asked to do what, in active, passive and 'would appreciate' sentences", () => {
    expect(asks("ITU-T SG15 kindly requests IETF CCAMP and IETF TEAS to review the attached draft.")).toEqual([
      "IETF CCAMP review",
      "IETF TEAS review",
    ]);
    expect(asks("TSAG is invited to consider the proposal.")).toEqual(["ITU-T TSAG consider"]);
    expect(asks("ITU-T SG15 asks 3GPP SA5 to take the necessary action.")).toEqual(["3GPP SA5 take action"]);
    expect(asks("ITU-T SG15 invites IEEE 802.1 to comment on the draft.")).toEqual(["IEEE 802.1 comment"]);
    expect(asks("ITU-T SG15 would appreciate feedback from IETF CCAMP on clause 7.")).toEqual(["IETF CCAMP comment"]);
    expect(asks("ITU-T SG15 would welcome information from IEEE 802.3 on its timeline.")).toEqual(["IEEE 802.3 provide information"]);
  });

  it("asks nothing of a body invited to take note, of the sender itself, or without a body named", () => {
    expect(asks("IETF CCAMP is invited to take note of this work.")).toEqual([]);
    expect(asks("ITU-T SG15 invites ITU-T SG15 experts to contribute.")).toEqual([]);
    expect(asks("SG15 would appreciate comments on the draft.")).toEqual([]);
  });

  it("normalises the action to a short verb phrase", () => {
    expect(normalizeAction("provide its views on the model")).toBe("comment");
    expect(normalizeAction("take into account the profile")).toBe("consider");
    expect(normalizeAction("tell SG15 whether it agrees")).toBe("provide information");
    expect(normalizeAction("participate in the workshop")).toBe("participate");
    expect(normalizeAction("note the results")).toBeUndefined();
  });
});

describe("REPLIES_TO and the one id of a cited statement", () => {
  const replies = (doc: Partial<ParsedDocument>) =>
    extractDocument(parsed(doc), gazetteer)
      .relations.filter((r) => r.type === "REPLIES_TO" || (r.type === "REFERENCES" && /LS|liaison|C4-/.test(r.to)))
      .map((r) => `${r.type} ${r.to}`);

  it("an ITU number becomes the handle of the citing document's study period", () => {
    expect(studyPeriodAt("2017-04-05")).toBe("2017-2020");
    expect(studyPeriodAt("2022-03-01")).toBe("2017-2020");
    expect(studyPeriodAt("2023-01-10")).toBe("2022-2024");
    expect(studyPeriodAt("2025-02")).toBe("2025-2028");
    expect(studyPeriodAt(undefined)).toBeUndefined();
    const cited = { type: "LiaisonStatement" as const, id: "SG17-LS14", name: "SG17-LS14" };
    expect(citedLiaison(cited, "2017-2020")).toEqual({ type: "LiaisonStatement", id: "sp16-sg17-oLS-00014", name: "SG17-LS14" });
    expect(citedLiaison(cited, undefined)).toBe(cited);
  });

  it("header fields that answer: Response to, Reply to, Liaisons referred by this one, Related; a list without a field (an import)", () => {
    expect(replies({ fields: { "Response to": "SG17-LS14" }, relatedDocuments: ["SG17-LS14"], date: "2017-05-02" })).toEqual([
      "REPLIES_TO sp16-sg17-oLS-00014",
    ]);
    expect(replies({ fields: { "Reply to": "ietf-liaison-1530" }, relatedDocuments: ["ietf-liaison-1530"] })).toEqual([
      "REPLIES_TO ietf-liaison-1530",
    ]);
    expect(replies({ fields: { Related: "C4-185292" }, relatedDocuments: ["C4-185292"] })).toEqual(["REPLIES_TO C4-185292"]);
    expect(replies({ relatedDocuments: ["https://datatracker.ietf.org/liaison/1530/"] })).toEqual(["REPLIES_TO ietf-liaison-1530"]);
    expect(replies({ fields: { "Related documents": "C4-185292" }, relatedDocuments: ["C4-185292"] })).toEqual([
      "REFERENCES C4-185292",
    ]);
  });

  it("sentences that answer: 'in response to your LS <tdoc>', 'replies to <number>'; a mere mention references", () => {
    expect(replies({ body: "In response to your LS C4-185292, SG15 agrees." })).toEqual(["REPLIES_TO C4-185292"]);
    expect(replies({ body: "This LS replies to SG17-LS14 on blockchain.", date: "2017-05-02" })).toEqual([
      "REPLIES_TO sp16-sg17-oLS-00014",
    ]);
    expect(replies({ body: "See also SG17-LS14 on blockchain.", date: "2017-05-02" })).toEqual(["REFERENCES sp16-sg17-oLS-00014"]);
  });

  it("a plain-text statement numbered SG15-LS102 takes the handle its citations use", () => {
    const x = extractDocument(parsed({ id: "SG15-LS102", date: "2018-12-14", body: "SG15-LS102 follows up on earlier work." }), gazetteer);
    expect(x.document.id).toBe("sp16-sg15-oLS-00102");
    expect(x.relations.filter((r) => r.to.includes("00102"))).toEqual([]);
  });
});
