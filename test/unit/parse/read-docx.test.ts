import { describe, expect, it } from "vitest";
import { readDocument } from "../../../src/parse/read-document.js";
import { fixture } from "./paths.js";

describe("readDocument on .docx", () => {
  it("reads an ITU LS template written by Word, table cells one per paragraph", async () => {
    const file = fixture("docx/sg17-ls14-template.docx");
    expect(await readDocument(file)).toMatchObject({
      file,
      format: "itu-ls-template",
      id: "sp16-sg17-oLS-00014",
      title: "LS on the establishment of a Focus Group on Blockchain under the auspices of TSAG",
      date: "2017-03-20",
      studyPeriod: "2017-2020",
      senders: ["ITU-T Study Group 17"],
      recipients: [
        { name: "TSAG", role: "ACTION" },
        ...["ITU-T SG2", "SG3", "SG5", "SG11", "SG13", "SG16", "SG20", "FG DFS"].map((name) => ({
          name,
          role: "INFORMATION",
        })),
      ],
      questions: ["14/17"],
      contacts: [
        {
          name: "Alice Example",
          email: "alice@example.org",
          affiliation: "Example Telecom Research Institute, Republic of Examplia",
          role: "Contact",
        },
      ],
      deadline: "2017-05-01",
      body: [
        "ITU-T Study Group 17 held a successful ITU workshop on \u201cSecurity Aspects of Blockchain\u201d on March 21, 2017.",
        "Recognizing the crosscutting nature of Blockchain technology, SG 17 proposes that TSAG consider the establishment of a Focus Group on Blockchain under the auspices of TSAG.",
        "SG17 suggests that the Focus Group also study the use of X509 certificates in permissioned ledgers.",
      ].join("\n\n"),
      fields: {
        Original: "English",
        "Question(s)": "14/17\nGeneva, 20-29 March 2017",
        Source: "ITU-T Study Group 17",
        Title: "LS on the establishment of a Focus Group on Blockchain under the auspices of TSAG",
        "For action to": "TSAG",
        "For comment to": "",
        "For information to": "ITU-T SG2, SG3, SG5, SG11, SG13, SG16, SG20, FG DFS",
        Approval: "Agreed at SG17 meeting (Geneva, 20-29 March 2017)",
        Deadline: "1 May 2017",
        Contact: "Alice Example\nExample Telecom Research Institute\nRepublic of Examplia\nTel: +99 555 0100\nE-mail: alice@example.org",
      },
      relatedDocuments: [],
    });
  });

  it("reads a Word document outside any template as free text, format docx", async () => {
    const file = fixture("docx/sg20-plain-statement.docx");
    expect(await readDocument(file)).toMatchObject({
      file,
      format: "docx",
      title: "Liaison statement on smart sustainable cities indicators",
      senders: ["ITU-T SG 20"],
      recipients: [],
      questions: [],
      contacts: [],
      body:
        "ITU-T SG 20 informs ITU-T SG 5 and TSAG that it has approved a revised set of key performance indicators for smart sustainable cities." +
        "\n\nSG 20 invites SG 5 to consider the indicators in its work on circular economy.",
      fields: {},
      relatedDocuments: [],
    });
  });
});
