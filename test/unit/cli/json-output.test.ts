import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../src/extract/extraction.js";
import type { IngestedDocument } from "../../../src/cli/ingest-run.js";
import { formatJsonRun, toJsonRun } from "../../../src/cli/json-output.js";

function extraction(overrides: Partial<Extraction["document"]> = {}): Extraction {
  const sg17 = { type: "StudyGroup", id: "ITU-T SG17", name: "ITU-T Study Group 17", properties: { number: 17 } } as const;
  const tsag = { type: "AdvisoryGroup", id: "ITU-T TSAG", name: "Telecommunication Standardization Advisory Group" } as const;
  const fg = { type: "FocusGroup", id: "ITU-T FG Blockchain", name: "Focus Group on Blockchain", properties: { status: "PROPOSED" } } as const;
  const topic = { type: "Topic", id: "topic:blockchain", name: "blockchain" } as const;
  return {
    document: { id: "sp16-sg17-oLS-00014", text: "SG17 proposes...", contentHash: "ab".repeat(32), format: "itu-notification", file: "/in/ls.txt", ...overrides },
    from: [sg17],
    to: [tsag],
    cc: [],
    proposes: [fg],
    references: [fg],
    topics: [topic],
    entities: [sg17, tsag, fg, topic],
    relations: [
      { type: "SENT_TO", from: "sp16-sg17-oLS-00014", to: "ITU-T TSAG", evidence: "SG17 proposes that TSAG consider.", properties: { purpose: "ACTION" } },
      { type: "PROPOSES", from: "ITU-T SG17", to: "ITU-T FG Blockchain", evidence: "SG17 proposes that TSAG consider." },
    ],
    contacts: [{ name: "Alice Example", email: "alice@example.org" }],
    warnings: ["no date found"],
  };
}

const ingested = (x: Extraction, outcome: IngestedDocument["outcome"] = "created"): IngestedDocument => ({
  file: "in/ls.txt",
  extraction: x,
  outcome,
  warnings: x.warnings,
});

describe("the --json shape", () => {
  it("lists what a document replies to among what it cites, once", () => {
    const x = extraction();
    const original = { type: "LiaisonStatement", id: "sp16-tsag-oLS-00003", name: "TSAG-LS3" } as const;
    x.entities.push(original);
    x.relations.push({ type: "REPLIES_TO", from: x.document.id, to: original.id, evidence: "In reply to TSAG-LS3." });
    x.relations.push({ type: "REPLIES_TO", from: x.document.id, to: "ITU-T FG Blockchain", evidence: "Replying about the FG." });
    const [doc] = toJsonRun({ documents: [ingested(x)], failed: [] }).documents;
    expect(doc?.references.map((e) => e.id)).toEqual(["ITU-T FG Blockchain", "sp16-tsag-oLS-00003"]);
  });

  it("gives every key, null for absent scalars, entities as type, id, name", () => {
    const json = toJsonRun({ documents: [ingested(extraction())], failed: [{ file: "bad.pdf", error: "bad.pdf: unknown format (.pdf)" }] });
    expect(json).toEqual({
      documents: [
        {
          file: "in/ls.txt",
          id: "sp16-sg17-oLS-00014",
          title: null,
          date: null,
          studyPeriod: null,
          purpose: null,
          from: [{ type: "StudyGroup", id: "ITU-T SG17", name: "ITU-T Study Group 17" }],
          to: [{ type: "AdvisoryGroup", id: "ITU-T TSAG", name: "Telecommunication Standardization Advisory Group" }],
          cc: [],
          proposes: [{ type: "FocusGroup", id: "ITU-T FG Blockchain", name: "Focus Group on Blockchain" }],
          references: [{ type: "FocusGroup", id: "ITU-T FG Blockchain", name: "Focus Group on Blockchain" }],
          topics: [{ type: "Topic", id: "topic:blockchain", name: "blockchain" }],
          relations: [
            { type: "SENT_TO", from: "sp16-sg17-oLS-00014", to: "ITU-T TSAG", evidence: "SG17 proposes that TSAG consider." },
            { type: "PROPOSES", from: "ITU-T SG17", to: "ITU-T FG Blockchain", evidence: "SG17 proposes that TSAG consider." },
          ],
          warnings: ["no date found"],
          errors: [],
          outcome: "created",
        },
      ],
      failed: [{ file: "bad.pdf", error: "bad.pdf: unknown format (.pdf)" }],
    });
  });

  it("fills the scalars the document has", () => {
    const x = extraction({ title: "LS on Blockchain", date: "2017-03-29", studyPeriod: "2017-2020", purpose: "ACTION", url: "http://x" });
    const [doc] = toJsonRun({ documents: [ingested(x, "dry-run")], failed: [] }).documents;
    expect(doc).toMatchObject({ title: "LS on Blockchain", date: "2017-03-29", studyPeriod: "2017-2020", purpose: "ACTION", outcome: "dry-run" });
  });

  it("orders keys the same way every time, whatever order the input has them in", () => {
    const x = extraction({ purpose: "ACTION", title: "T" });
    const shuffled: Extraction = {
      ...x,
      document: Object.fromEntries(Object.entries(x.document).reverse()) as Extraction["document"],
      from: x.from.map((e) => Object.fromEntries(Object.entries(e).reverse()) as (typeof x.from)[number]),
    };
    const one = formatJsonRun({ documents: [ingested(x)], failed: [] });
    expect(formatJsonRun({ documents: [ingested(shuffled)], failed: [] })).toBe(one);
    const [doc] = (JSON.parse(one) as { documents: Record<string, unknown>[] }).documents;
    expect(Object.keys(doc ?? {})).toEqual([
      "file", "id", "title", "date", "studyPeriod", "purpose", "from", "to", "cc", "proposes", "references", "topics", "relations", "warnings", "errors", "outcome",
    ]);
    expect(one.endsWith("}\n")).toBe(true);
  });

  it("never prints contacts or entity properties", () => {
    const text = formatJsonRun({ documents: [ingested(extraction())], failed: [] });
    expect(text).not.toContain("alice");
    expect(text).not.toContain("PROPOSED");
    expect(text).not.toContain('"properties"');
  });
});
