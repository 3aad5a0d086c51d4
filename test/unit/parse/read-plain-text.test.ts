import { describe, expect, it } from "vitest";
import { parseText, readDocument } from "../../../src/parse/read-document.js";
import { fixture } from "./paths.js";

describe("readPlainText", () => {
  it("reads mail-like headers, a wrapped subject and hard-wrapped text", async () => {
    const file = fixture("plain-text/mail-from-sg13.txt");
    expect(await readDocument(file)).toMatchObject({
      file,
      format: "plain-text",
      title: "LS on trust provisioning for distributed ledger services",
      date: "2017-03-21",
      senders: ["ITU-T SG 13"],
      recipients: [
        { name: "ITU-T SG17", role: "ACTION" },
        { name: "TSAG", role: "INFORMATION" },
        { name: "IETF OPSAWG", role: "CC" },
        // People in a Cc stay as written here; the extractor never makes them bodies.
        { name: "Bob Example <bob@example.net>", role: "CC" },
      ],
      questions: [],
      contacts: [
        { name: "Bob Example", email: "bob@example.net", role: "Cc" },
        { name: "Grace Example", email: "grace@example.org", role: "Contact" },
      ],
      body: [
        "Dear colleagues,",
        "ITU-T SG 13 informs ITU-T SG 17 that Question 22/13 has started work on a draft Recommendation on trust provisioning for distributed ledger services, which relies on X509 certificates (ITU-T X.509) for node identity.",
        "SG 13 would appreciate comments on:",
        "- the certificate profile in clause 7;",
        "- revocation handling for short-lived nodes.",
        "Best regards,",
        "Grace Example",
      ].join("\n\n"),
      fields: {
        From: "ITU-T SG 13",
        To: "ITU-T SG17 (for action), TSAG",
        Cc: "IETF OPSAWG, Bob Example <bob@example.net>",
        Subject: "LS on trust provisioning for\ndistributed ledger services",
        Date: "21/03/2017",
        Contact: "Grace Example <grace@example.org>",
      },
      relatedDocuments: [],
    });
  });

  it("finds the sender in the opening sentence of a Windows-1252 file with CRLF endings", async () => {
    const doc = await readDocument(fixture("plain-text/sentence-sender-cp1252.txt"));
    expect(doc.format).toBe("plain-text");
    expect(doc.title).toBe("Liaison statement on the \u201cBlockchain\u201d terminology");
    expect(doc.senders).toEqual(["IETF CCAMP working group"]);
    expect(doc.recipients).toEqual([]);
    expect(doc.body).toBe(
      "The IETF CCAMP working group thanks ITU-T Study Group 15 for the liaison on \u201cBlockchain\u201d terminology and would like to share its view that the term \u2018distributed ledger\u2019 is preferable in protocol specifications." +
        "\n\nKind regards \u2013 the CCAMP chairs",
    );
  });

  it("reads a file without extension as text", async () => {
    const file = fixture("plain-text/liaison-note");
    const doc = await readDocument(file);
    expect(doc.format).toBe("plain-text");
    expect(doc.senders).toEqual(["ITU-T Focus Group on Distributed Ledger Technologies (FG DLT)"]);
    expect(doc.recipients).toEqual([
      { name: "ITU-T SG 16", role: "INFORMATION" },
      { name: "SG 17", role: "INFORMATION" },
    ]);
    expect(doc.date).toBe("2019-08-01");
    expect(doc.title).toBeUndefined();
    expect(doc.body).toBe(
      "FG DLT has concluded its work and transmits its deliverables to ITU-T SG 16 and ITU-T SG 17 for information.",
    );
  });

  it("treats a From: naming a person as a contact and falls back to the opening sentence", () => {
    const text = [
      "From: Heidi Example <heidi@example.org>",
      "To: ITU-T SG 11",
      "Purpose: For action",
      "",
      "ITU-T SG 2 requests SG 11 to review the numbering annex.",
    ].join("\n");
    const doc = parseText("mail.txt", text);
    expect(doc.senders).toEqual(["ITU-T SG 2"]);
    expect(doc.contacts).toEqual([{ name: "Heidi Example", email: "heidi@example.org", role: "From" }]);
    expect(doc.recipients).toEqual([{ name: "ITU-T SG 11", role: "ACTION" }]);
  });

  it("reads the sender from a Sender: line and the in-reply-to reference", () => {
    const text = "Sender:\tIEEE 802.1\nIn reply to: SG15-LS200\nDeadline: none\n\nThanks for the LS.";
    const doc = parseText("x.text", text);
    expect(doc.senders).toEqual(["IEEE 802.1"]);
    expect(doc.relatedDocuments).toEqual(["SG15-LS200"]);
    expect(doc.deadline).toBeUndefined();
    expect(doc.body).toBe("Thanks for the LS.");
  });

  it("does not mistake a pronoun or a document for a sender, and keeps the document", () => {
    const doc = parseText("a.txt", "We propose to align the terms.\nThis document proposes a plan.");
    expect(doc.senders).toEqual([]);
    expect(doc.body).toBe("We propose to align the terms. This document proposes a plan.");
  });
});

describe("markdown", () => {
  it("strips headings, emphasis, links and lists, keeping list items apart", async () => {
    const file = fixture("markdown/fg-dlt-terminology.md");
    expect(await readDocument(file)).toMatchObject({
      file,
      format: "markdown",
      title: "LS on distributed ledger terminology",
      date: "2019-08-01",
      senders: ["ITU-T FG DLT"],
      recipients: [
        { name: "ITU-T SG 16", role: "INFORMATION" },
        { name: "SG 17", role: "INFORMATION" },
        { name: "TSAG", role: "INFORMATION" },
      ],
      questions: [],
      contacts: [],
      // A heading between the header and the text stays with the header's unlabelled lines.
      looseLines: ["Summary"],
      body: [
        "The FG DLT has concluded its work and refers to ITU-T X.509 for certificate terms.",
        "Technical specification: DLT terms and definitions",
        "Technical report: DLT use cases",
      ].join("\n\n"),
      fields: { From: "ITU-T FG DLT", To: "ITU-T SG 16, SG 17 and TSAG", Date: "2019-08-01" },
      relatedDocuments: [],
    });
  });

  it("reads Markdown tables of fields and keeps underscores inside words", () => {
    const text = [
      "Reply LS on X509 profiles",
      "=========================",
      "",
      "| Source: | ITU-T SG 17 |",
      "|---|---|",
      "| For action to: | ISO/IEC JTC 1/SC 27 |",
      "",
      "SG 17 thanks SC 27 for the *helpful* comments on `snake_case_names` and [X.509](https://example.org/x509).",
    ].join("\n");
    const doc = parseText("reply.md", text, "markdown");
    expect(doc.format).toBe("markdown");
    expect(doc.title).toBe("Reply LS on X509 profiles");
    expect(doc.senders).toEqual(["ITU-T SG 17"]);
    expect(doc.recipients).toEqual([{ name: "ISO/IEC JTC 1/SC 27", role: "ACTION" }]);
    expect(doc.body).toBe("SG 17 thanks SC 27 for the helpful comments on snake_case_names and X.509.");
  });
});
