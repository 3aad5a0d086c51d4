import { describe, expect, it } from "vitest";
import { parseText, readDocument } from "../../../src/parse/read-document.js";
import { roleFromPurpose } from "../../../src/parse/recipients.js";
import { fixture } from "./paths.js";

describe("readIetfDatatracker", () => {
  it("reads a page saved with 'Label: value' lines", async () => {
    const file = fixture("ietf-datatracker/liaison-1530-colons.txt");
    expect(await readDocument(file)).toMatchObject({
      file,
      format: "ietf-datatracker",
      id: "ietf-liaison-1530",
      url: "https://datatracker.ietf.org/liaison/1530/",
      title: "LS on the establishment of a Focus Group on Blockchain",
      // Posted Date wins over Submitted Date.
      date: "2017-04-05",
      senders: ["ITU-T-SG-17"],
      recipients: [
        { name: "IETF", role: "INFORMATION" },
        // Bodies copied with their list address: the extractor reads "The IAB" as the IAB.
        { name: "The IAB <iab@example.org>", role: "CC" },
        { name: "The IESG <iesg@example.org>", role: "CC" },
      ],
      questions: [],
      contacts: [
        { name: "Alice Example", email: "alice@example.org", role: "From Contact" },
        { name: "The IETF Chair", email: "chair@example.org", role: "To Contact" },
        { name: "The IAB", email: "iab@example.org", role: "Cc" },
        { name: "The IESG", email: "iesg@example.org", role: "Cc" },
        { name: "Bob Example", email: "bob.example@example.net", role: "Technical Contact" },
      ],
      body:
        "ITU-T Study Group 17 held a successful ITU workshop on Security Aspects of Blockchain on March 21, 2017. SG17 proposes that TSAG consider the establishment of a Focus Group on Blockchain under the auspices of TSAG." +
        "\n\nThe IETF is invited to take note of this proposal.",
      fields: {
        Title: "LS on the establishment of a Focus Group on Blockchain",
        State: "Posted",
        "Submitted Date": "2017-04-03",
        "Posted Date": "5 April 2017",
        "From Group": "ITU-T-SG-17",
        "From Contact": "Alice Example <alice@example.org>",
        "To Group": "IETF",
        "To Contacts": "The IETF Chair <chair@example.org>",
        Cc: "The IAB <iab@example.org>\nThe IESG <iesg@example.org>",
        "Response Contact": "",
        "Technical Contact": "Bob Example <bob.example@example.net>",
        Purpose: "For information",
        Deadline: "",
        Attachments: "SG17-LS14 - LS on the establishment of a Focus Group on Blockchain",
        "Liaisons referred by this one": "(None)",
        "Liaisons referring to this one": "Reply to LS on the establishment of a Focus Group on Blockchain",
      },
      // "(None)" refers to nothing; liaisons referring to this one point the other way.
      relatedDocuments: [],
    });
  });

  it("reads a page copied from the browser: labels without colons, tab-separated, no URL", async () => {
    const file = fixture("ietf-datatracker/reply-yang-tabs.txt");
    const doc = await readDocument(file);
    expect(doc.format).toBe("ietf-datatracker");
    expect(doc.id).toBeUndefined();
    expect(doc.url).toBeUndefined();
    expect(doc.title).toBe("Reply LS on YANG models for optical transport networks");
    expect(doc.date).toBe("2023-11-14");
    expect(doc.deadline).toBe("2024-01-15");
    expect(doc.senders).toEqual(["IETF CCAMP Working Group"]);
    expect(doc.recipients).toEqual([
      { name: "ITU-T SG 15", role: "RESPONSE" },
      { name: "IETF TEAS Working Group", role: "CC" },
    ]);
    expect(doc.contacts).toEqual([
      { name: "Dana Example", email: "dana@example.org", role: "From Contact" },
      { name: "Erin Example", email: "erin@example.com", role: "To Contact" },
      { name: "Frank Example", email: "frank@example.com", role: "To Contact" },
      { email: "ccamp@example.org", role: "Cc" },
    ]);
    expect(doc.relatedDocuments).toEqual(["LS on YANG models for OTN (sp20-sg15-oLS-00321)"]);
    expect(doc.fields["Purpose"]).toBe("In response");
    expect(doc.body).toBe(
      "The IETF CCAMP working group thanks ITU-T SG 15 for its liaison statement on YANG models for optical transport networks." +
        "\n\nCCAMP has adopted draft-example-ccamp-otn-yang as a working group document and would welcome review from Question 14/15 experts.",
    );
  });

  it("reads values written on the line after their label, and a body without a Body label", () => {
    const text = [
      "Title:",
      "  LS on quantum key distribution networks",
      "Submitted Date:",
      "  2020-02-10",
      "From Groups:",
      "  ITU-T SG 13, ITU-T SG 17",
      "To Groups:",
      "  IETF",
      "Purpose: For comment",
      "Deadline: 2020-04-30",
      "",
      "SG13 and SG17 ask the IETF for comments on the attached drafts.",
    ].join("\n");
    const doc = parseText("qkd.txt", text);
    expect(doc.format).toBe("ietf-datatracker");
    expect(doc.title).toBe("LS on quantum key distribution networks");
    expect(doc.date).toBe("2020-02-10");
    expect(doc.senders).toEqual(["ITU-T SG 13", "ITU-T SG 17"]);
    expect(doc.recipients).toEqual([{ name: "IETF", role: "COMMENT" }]);
    expect(doc.deadline).toBe("2020-04-30");
    expect(doc.body).toBe("SG13 and SG17 ask the IETF for comments on the attached drafts.");
  });

  it("keeps every related liaison title, one per line, and ignores the ones referring to this one", () => {
    const text = [
      "From Group: IETF OPSAWG",
      "To Group: ITU-T SG 2",
      "Liaisons referred by this one:",
      "LS on the management of the numbering resources in the network",
      "LS on the use of the ledger for the management of the resources",
      "Liaisons referring to this one:",
      "Reply LS on the management of the numbering resources",
      "Body:",
      "OPSAWG thanks SG 2.",
    ].join("\n");
    const doc = parseText("related.txt", text);
    expect(doc.relatedDocuments).toEqual([
      "LS on the management of the numbering resources in the network",
      "LS on the use of the ledger for the management of the resources",
    ]);
    expect(doc.fields["Liaisons referring to this one"]).toBe("Reply LS on the management of the numbering resources");
    expect(doc.body).toBe("OPSAWG thanks SG 2.");
  });

  it("maps the Datatracker purposes to recipient roles", () => {
    expect(roleFromPurpose("For information")).toBe("INFORMATION");
    expect(roleFromPurpose("For action")).toBe("ACTION");
    expect(roleFromPurpose("For comment")).toBe("COMMENT");
    expect(roleFromPurpose("In response")).toBe("RESPONSE");
    expect(roleFromPurpose("For action (response requested)")).toBe("ACTION");
    expect(roleFromPurpose("Unknown")).toBeUndefined();
    expect(roleFromPurpose(undefined)).toBeUndefined();
  });
});
