import { describe, expect, it } from "vitest";
import { parseText, readDocument } from "../../../src/parse/read-document.js";
import { fixture } from "./paths.js";

describe("readItuLsTemplate", () => {
  it("reads a tab-separated template with wrapped values, stray spaces and two contacts", async () => {
    const file = fixture("itu-ls-template/sg17-ls14-tabs.txt");
    expect(await readDocument(file)).toEqual({
      file,
      format: "itu-ls-template",
      // SG17-LS14 in study period 2017-2020 is the handle the notification of the same LS carries.
      id: "sp16-sg17-oLS-00014",
      title: "LS on the establishment of a Focus Group on Blockchain under the auspices of TSAG",
      date: "2017-03-20",
      studyPeriod: "2017-2020",
      senders: ["ITU-T Study Group 17"],
      recipients: [
        { name: "TSAG", role: "ACTION" },
        { name: "ITU-T SG2", role: "INFORMATION" },
        { name: "SG3", role: "INFORMATION" },
        { name: "SG 5", role: "INFORMATION" },
        { name: "SG11", role: "INFORMATION" },
        { name: "SG13", role: "INFORMATION" },
        { name: "SG16", role: "INFORMATION" },
        { name: "SG20", role: "INFORMATION" },
        { name: "FG DFS", role: "INFORMATION" },
        { name: "ISO/IEC JTC 1/SC 27", role: "INFORMATION" },
        { name: "IETF", role: "INFORMATION" },
      ],
      questions: ["6/17", "14/17"],
      contacts: [
        {
          name: "Alice Example",
          email: "alice@example.org",
          affiliation: "Example Telecom Research Institute, Republic of Examplia",
          role: "Contact",
        },
        { name: "Bob Example", email: "bob.example@example.net", role: "Contact" },
      ],
      deadline: "2017-05-01",
      body:
        "ITU-T Study Group 17 held a successful ITU workshop on \u201cSecurity Aspects of Blockchain\u201d on March 21, 2017, and thanks the speakers for their contributions." +
        "\n\nRecognizing the crosscutting nature of Blockchain technology, SG 17 proposes that TSAG consider the establishment of a Focus Group on Blockchain under the auspices of TSAG." +
        "\n\nSuch a Focus Group could also consider the use of X509 certificates in permissioned ledgers.",
      fields: {
        Original: "English",
        "Question(s)": "6/17, 14/17\nGeneva, 20-29 March 2017",
        Source: "ITU-T Study Group 17",
        Title: "LS on the establishment of a Focus Group on Blockchain under the auspices\nof TSAG",
        "For action to": "TSAG",
        "For comment to": "-",
        "For information to": "ITU-T SG2, SG3, SG 5, SG11, SG13, SG16, SG20,\nFG DFS, ISO/IEC JTC 1/SC 27 and IETF",
        Approval: "Agreed at SG17 meeting (Geneva, 20-29 March 2017)",
        Deadline: "1 May 2017",
        Contact:
          "Alice Example\nExample Telecom Research Institute\nRepublic of Examplia\nTel: +99 555 0100\nE-mail: alice@example.org" +
          "\n\nBob Example <bob.example@example.net>",
      },
      relatedDocuments: [],
    });
  });

  it("reads a messy reply: lower-case labels, two-cell rows, no Source line, placeholders", async () => {
    const file = fixture("itu-ls-template/sg13-ls45-reply-messy.txt");
    const doc = await readDocument(file);
    expect(doc.format).toBe("itu-ls-template");
    expect(doc.id).toBe("sp20-sg13-oLS-00045");
    expect(doc.studyPeriod).toBe("2022-2024");
    // No Source line: the sender comes from the LS number.
    expect(doc.senders).toEqual(["SG13"]);
    expect(doc.title).toBe("Reply LS on trust in distributed ledger based services (reply to SG17-LS14)");
    expect(doc.date).toBe("2023-07-28");
    expect(doc.deadline).toBeUndefined();
    expect(doc.questions).toEqual(["2/13", "22/13"]);
    expect(doc.recipients).toEqual([
      { name: "ITU-T SG 17", role: "ACTION" },
      { name: "TSAG", role: "ACTION" },
      { name: "ITU-T FG DLT (concluded)", role: "INFORMATION" },
      { name: "IETF", role: "INFORMATION" },
    ]);
    expect(doc.contacts).toEqual([
      { name: "Carol Example", email: "carol@example.edu", affiliation: "Example University", role: "Contact" },
    ]);
    expect(doc.relatedDocuments).toEqual(["SG17-LS14"]);
    expect(doc.fields).toMatchObject({
      "question(s)": "2/13 and 22/13",
      "Meeting, date": "Geneva, 17 - 28 July 2023",
      "Study Group": "13",
      "Working Party": "1",
      "Intended type of document (R-C-TD)": "TD",
      "for action to": "ITU-T SG 17; TSAG",
      "For comment to": "",
      Deadline: "N/A",
    });
    expect(doc.body).toBe(
      "ITU-T SG13 thanks SG 17 for its LS on the establishment of a Focus Group on Blockchain (SG17-LS14)." +
        "\n\nSG13 agreed to align its draft Recommendation with X509 (ITU-T X.509) and invites SG 17 and TSAG to take note.",
    );
    expect(doc.body).not.toContain("structure of this table");
  });

  it("takes the meeting date when no approval is written, and keeps the LS number without a study period", () => {
    const text = [
      "SG17-LS7",
      "Question(s):\tAll/17",
      "Meeting, date:\tGeneva, 28 February - 3 March 2017",
      "Source:\tITU-T SG 17 and ITU-T SG 13",
      "Title:\tJoint LS on security of IMT-2020",
      "LIAISON STATEMENT",
      "For action to:\t3GPP SA3",
      "Contact:\tDave Example <dave@example.com>",
      "",
      "SG 17 and SG 13 ask 3GPP SA3 to share its work.",
    ].join("\n");
    const doc = parseText("joint.txt", text);
    expect(doc.format).toBe("itu-ls-template");
    expect(doc.id).toBe("SG17-LS7");
    expect(doc.studyPeriod).toBeUndefined();
    expect(doc.date).toBe("2017-02-28");
    expect(doc.senders).toEqual(["ITU-T SG 17", "ITU-T SG 13"]);
    expect(doc.questions).toEqual(["All/17"]);
    expect(doc.recipients).toEqual([{ name: "3GPP SA3", role: "ACTION" }]);
    expect(doc.contacts).toEqual([{ name: "Dave Example", email: "dave@example.com", role: "Contact" }]);
    expect(doc.body).toBe("SG 17 and SG 13 ask 3GPP SA3 to share its work.");
  });

  it("keeps a Source naming one body with a comma as one sender", () => {
    const text = [
      "LIAISON STATEMENT",
      "Source:  Rapporteur for Question 14/17, ITU-T Study Group 17",
      "Title: LS on blockchain terminology",
      "For information to: TSAG",
      "",
      "The rapporteur informs TSAG of the terms agreed so far.",
    ].join("\n");
    const doc = parseText("rapporteur.txt", text);
    expect(doc.senders).toEqual(["Rapporteur for Question 14/17, ITU-T Study Group 17"]);
    expect(doc.recipients).toEqual([{ name: "TSAG", role: "INFORMATION" }]);
    expect(doc.id).toBeUndefined();
    expect(doc.date).toBeUndefined();
  });

  it("reads a label alone on its line with the value on the next lines", () => {
    const text = [
      "INTERNATIONAL TELECOMMUNICATION UNION",
      "STUDY PERIOD 2025 \u2013 2028",
      "Source:",
      "  ITU-T Study Group 20",
      "Title:",
      "  LS on the digital twin of cities",
      "For information to:",
      "  ITU-T SG 13,",
      "  ITU-T SG 17",
      "Approval:\tSG20 e-meeting, 3 February 2025",
      "",
      "SG20 informs SG13 and SG17 of its new work item.",
    ].join("\n");
    const doc = parseText("t.txt", text);
    expect(doc.studyPeriod).toBe("2025-2028");
    expect(doc.senders).toEqual(["ITU-T Study Group 20"]);
    expect(doc.title).toBe("LS on the digital twin of cities");
    expect(doc.recipients.map((recipient) => recipient.name)).toEqual(["ITU-T SG 13", "ITU-T SG 17"]);
    expect(doc.date).toBe("2025-02-03");
    expect(doc.body).toBe("SG20 informs SG13 and SG17 of its new work item.");
  });
});
