import { describe, expect, it } from "vitest";
import { readDocument, parseText } from "../../../src/parse/read-document.js";
import { fixture, foundingDocument } from "./paths.js";

describe("readItuNotification", () => {
  it("reads the founding document", async () => {
    const doc = await readDocument(foundingDocument);
    expect(doc.file).toBe(foundingDocument);
    expect(doc.format).toBe("itu-notification");
    expect(doc.id).toBe("sp16-sg17-oLS-00014");
    expect(doc.url).toBe("http://handle.itu.int/11.1002/ls/sp16-sg17-oLS-00014.docx");
    expect(doc.studyPeriod).toBe("2017-2020");
    expect(doc.senders).toEqual(["SG17"]);
    expect(doc.recipients).toEqual([]);
    expect(doc.questions).toEqual([]);
    expect(doc.contacts).toEqual([]);
    expect(doc.title).toBeUndefined();
    expect(doc.date).toBeUndefined();
    expect(doc.deadline).toBeUndefined();
    expect(doc.abstract).toBe(
      "ITU-T SG 17 proposes that TSAG consider the creation of a Focus Group on Blockchain under the auspices of TSAG.",
    );
    expect(doc.body.startsWith("ITU-T Study Group 17 organized an ITU workshop")).toBe(true);
    expect(doc.body.endsWith("to lead this cross-cutting effort.")).toBe(true);
    expect(doc.fields).toEqual({ Abstract: doc.abstract });
    expect(doc.relatedDocuments).toEqual([]);
  });

  it("keeps the founding document's paragraphs and collapses its double spaces", async () => {
    const doc = await readDocument(foundingDocument);
    const paragraphs = doc.body.split("\n\n");
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[1]).toBe(
      "Given that Blockchain cuts across the mandates of several groups, and that other ITU-T Study Groups already study related work items, SG 17 proposes that TSAG consider the creation of a Focus Group on \u201cBlockchain\u201d under the auspices of TSAG.",
    );
    expect(doc.body).toContain("the Study Groups concerned. This would also");
    expect(doc.body).not.toContain("___");
    expect(doc.body).not.toContain("Abstract");
  });

  it("reads a notification with CRLF line endings, tabs and an abstract wrapped over two lines", async () => {
    const file = fixture("itu-notification/sp20-sg13-ols-00123-crlf.txt");
    expect(await readDocument(file)).toEqual({
      file,
      format: "itu-notification",
      id: "sp20-sg13-oLS-00123",
      url: "http://handle.itu.int/11.1002/ls/sp20-sg13-oLS-00123.docx",
      studyPeriod: "2022-2024",
      senders: ["ITU-T SG 13"],
      recipients: [],
      questions: [],
      contacts: [],
      abstract:
        "SG13 informs TSAG and SG 17 about the progress of its work on trust in distributed ledger based services, and asks for comments.",
      body:
        "ITU-T Study Group 13, at its meeting in Geneva (17-28 July 2023), agreed to start a new work item on trust provisioning for distributed ledger based services, which depends on X509 certificates for node identity." +
        "\n\nSG13 invites SG 17 to comment on the certificate profile, and informs TSAG of the progress.",
      fields: {
        Abstract:
          "SG13 informs TSAG and SG 17 about the progress of its work on trust in distributed ledger based services, and asks for comments.",
      },
      relatedDocuments: [],
    });
  });

  it("takes the sender from an outgoing handle when the announcement line is missing", async () => {
    const doc = await readDocument(fixture("itu-notification/sp24-tsag-ols-00007-no-announcement.txt"));
    expect(doc.format).toBe("itu-notification");
    expect(doc.id).toBe("sp24-tsag-oLS-00007");
    expect(doc.url).toBe("http://handle.itu.int/11.1002/ls/sp24-tsag-oLS-00007.docx");
    expect(doc.studyPeriod).toBe("2025-2028");
    expect(doc.senders).toEqual(["TSAG"]);
    expect(doc.abstract).toBe("TSAG informs all study groups of the revised working methods for focus groups.");
    expect(doc.body).toBe(
      "TSAG, at its meeting of 27-30 January 2025, revised the guidelines for the establishment of focus groups.\n\nStudy groups are invited to take them into account.",
    );
  });

  it("detects the notification from its content whatever the extension", () => {
    const text = [
      "A new liaison statement has been received from TSAG.",
      "",
      "This liaison statement follows and the original file can be downloaded from the ITU ftp server at http://handle.itu.int/11.1002/ls/sp13-tsag-oLS-00042.docx.",
      "Abstract: TSAG informs SG17 of its decision.",
      "",
      "TSAG agreed to the proposal.",
    ].join("\n");
    const doc = parseText("saved-from-mail.md", text, "markdown");
    expect(doc.format).toBe("itu-notification");
    expect(doc.senders).toEqual(["TSAG"]);
    expect(doc.studyPeriod).toBe("2013-2016");
    expect(doc.abstract).toBe("TSAG informs SG17 of its decision.");
    expect(doc.body).toBe("TSAG agreed to the proposal.");
  });

  it("leaves the study period undefined for a handle code it does not know", () => {
    const doc = parseText(
      "n.txt",
      "A new liaison statement has been received from SG 2.\nhttp://handle.itu.int/11.1002/ls/sp09-sg2-oLS-00001.docx\nAbstract:\nOld.\n\nText.",
    );
    expect(doc.id).toBe("sp09-sg2-oLS-00001");
    expect(doc.studyPeriod).toBeUndefined();
    expect(doc.senders).toEqual(["SG 2"]);
  });

  it("does not take the group of an incoming handle as the sender", () => {
    const text = "http://handle.itu.int/11.1002/ls/sp16-sg17-iLS-00012.docx\n\nAbstract:\nAn LS to SG17.\n\nText.";
    const doc = parseText("incoming.txt", text);
    expect(doc.senders).toEqual([]);
    expect(doc.abstract).toBe("An LS to SG17.");
  });
});
