import { describe, expect, it } from "vitest";
import { fieldRecord, parseHeaderFields, type LabelSpec } from "../../../src/parse/header-fields.js";

const LABELS: readonly LabelSpec[] = [
  { key: "source", labels: ["Source"] },
  { key: "title", labels: ["Title"] },
  { key: "info", labels: ["For information to"] },
  { key: "questions", labels: ["Question(s)"] },
  { key: "meeting", labels: ["Meeting, date"] },
  { key: "contact", labels: ["Contact"] },
  { key: "abstract", labels: ["Abstract"], multiline: true },
];

function parse(text: string, extra: Partial<Parameters<typeof parseHeaderFields>[1]> = {}) {
  return parseHeaderFields(text.split("\n"), { labels: LABELS, sublabels: ["Tel", "E-mail"], ...extra });
}

describe("parseHeaderFields", () => {
  it("reads values on the label line, on the next line, and wrapped over several lines", () => {
    const { fields, end } = parse(
      "Source:\tITU-T  SG 17\nTitle:\n   LS on X509\nFor information to:  SG2, SG3,\n\t SG5\n\nBody text here.",
    );
    expect(fields.map((field) => [field.key, field.label, field.lines])).toEqual([
      ["source", "Source", ["ITU-T SG 17"]],
      ["title", "Title", ["LS on X509"]],
      ["info", "For information to", ["SG2, SG3,", "SG5"]],
    ]);
    expect(end).toBe(6);
  });

  it("splits table rows copied as text into one field per label cell", () => {
    const { fields } = parse("Question(s):\t14/17\tMeeting, date:\tGeneva, 20-29 March 2017");
    expect(fieldRecord(fields)).toEqual({ "Question(s)": "14/17", "Meeting, date": "Geneva, 20-29 March 2017" });
  });

  it("matches labels case- and spacing-insensitively, keeping the label as written", () => {
    const { fields } = parse("SOURCE :  ITU-T SG17\nfor  information  to: TSAG");
    expect(fieldRecord(fields)).toEqual({ SOURCE: "ITU-T SG17", "for information to": "TSAG" });
  });

  it("keeps sub-labels such as Tel and E-mail inside the current field", () => {
    const { fields } = parse("Contact:\tAlice Example\nExample Corp\tTel: +99 1\nE-mail: alice@example.org");
    expect(fields[0]?.lines).toEqual(["Alice Example", "Example Corp", "Tel: +99 1", "E-mail: alice@example.org"]);
  });

  it("ends a field at a blank line once it has a value, and at prose", () => {
    expect(parse("Source: SG17\n\nmore").fields[0]?.lines).toEqual(["SG17"]);
    const prose = parse("Title: LS on X\nSG17 thanks the group for the helpful information on the subject.");
    expect(prose.fields[0]?.lines).toEqual(["LS on X"]);
    expect(prose.end).toBe(1);
  });

  it("lets multiline fields run on until a blank line", () => {
    const { fields } = parse("Abstract: SG17 proposes a focus group.\nIt would study the topic in depth and report back.\n\nText");
    expect(fields[0]?.lines).toEqual(["SG17 proposes a focus group.", "It would study the topic in depth and report back."]);
  });

  it("accepts colon-less labels only when asked and when a value cell follows or the label has several words", () => {
    expect(parse("Source\tSG17").fields).toEqual([]);
    expect(fieldRecord(parse("Source\tSG17", { colonOptional: true }).fields)).toEqual({ Source: "SG17" });
    expect(parse("Source", { colonOptional: true }).fields).toEqual([]);
    expect(fieldRecord(parse("For information to\n\tTSAG", { colonOptional: true }).fields)).toEqual({
      "For information to": "TSAG",
    });
  });

  it("keeps an indented line in the field above even when it reads like prose", () => {
    const { fields } = parse("Title: LS on the use of the\n    certificates in the ledgers of the members of the group\nNext is text that is written as a sentence here.");
    expect(fields[0]?.lines).toEqual(["LS on the use of the", "certificates in the ledgers of the members of the group"]);
  });

  it("does not take a URL for a label", () => {
    expect(parse("http://example.org/x").fields).toEqual([]);
  });

  it("joins repeated labels in the record with a blank line", () => {
    expect(fieldRecord(parse("Contact: A <a@example.org>\nContact: B <b@example.org>").fields)).toEqual({
      Contact: "A <a@example.org>\n\nB <b@example.org>",
    });
  });
});
