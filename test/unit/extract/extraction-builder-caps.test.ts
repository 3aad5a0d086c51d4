import { afterEach, describe, expect, it } from "vitest";
import {
  cutEvidence,
  DEFAULT_EXTRACTION_CAPS,
  ExtractionBuilder,
  extractionCaps,
  setExtractionCaps,
} from "../../../src/extract/extraction-builder.js";

const DOC = "doc:caps";
const document = { id: DOC, text: "", contentHash: "", format: "plain-text" as const, file: "caps.txt" };
const topic = (index: number) => ({ type: "Topic" as const, id: `topic:t${index}`, name: `t${index}` });

function mentioning(builder: ExtractionBuilder, count: number, evidence: (index: number) => string): void {
  for (let index = 0; index < count; index += 1) {
    builder.entity(topic(index));
    builder.relate("MENTIONS", DOC, topic(index).id, evidence(index));
  }
}

describe("ExtractionBuilder caps", () => {
  afterEach(() => setExtractionCaps({}));

  it("keeps the first maxRelations relations and says how many it did not keep", () => {
    const builder = new ExtractionBuilder(DOC, { ...DEFAULT_EXTRACTION_CAPS, maxRelations: 10 });
    mentioning(builder, 25, (index) => `Sentence ${index}.`);
    const extraction = builder.build(document, []);
    expect(extraction.relations.map((r) => r.to)).toEqual(Array.from({ length: 10 }, (_, index) => `topic:t${index}`));
    expect(extraction.entities).toHaveLength(10);
    expect(extraction.warnings).toEqual(["more than 10 relations: 15 not kept"]);
  });

  it("still adds properties to a relation it kept once the cap is reached", () => {
    const builder = new ExtractionBuilder(DOC, { ...DEFAULT_EXTRACTION_CAPS, maxRelations: 1 });
    builder.entity(topic(0));
    builder.relate("REFERENCES", DOC, "topic:t0", "First.");
    expect(builder.relate("REFERENCES", DOC, "topic:t0", "Again.", { clause: "resolves 2" })?.properties).toEqual({ clause: "resolves 2" });
    expect(builder.build(document, []).warnings).toEqual([]);
  });

  it("stops keeping relations when their evidence reaches maxEvidenceChars", () => {
    const builder = new ExtractionBuilder(DOC, { ...DEFAULT_EXTRACTION_CAPS, maxEvidenceChars: 1_000, maxEvidenceLength: 300 });
    mentioning(builder, 8, () => "x".repeat(300));
    const extraction = builder.build(document, []);
    expect(extraction.relations).toHaveLength(3);
    expect(extraction.relations.reduce((sum, r) => sum + r.evidence.length, 0)).toBeLessThanOrEqual(1_000);
    expect(extraction.warnings).toContain("more than 1000 characters of evidence: 5 relations not kept");
  });

  it("cuts evidence longer than maxEvidenceLength, with an ellipsis", () => {
    const builder = new ExtractionBuilder(DOC);
    mentioning(builder, 1, () => `${"word ".repeat(1_000)}end.`);
    const [relation] = builder.build(document, []).relations;
    expect(relation?.evidence).toHaveLength(DEFAULT_EXTRACTION_CAPS.maxEvidenceLength);
    expect(relation?.evidence.startsWith("word word")).toBe(true);
    expect(relation?.evidence.endsWith("word\u2026")).toBe(true);
    expect(builder.build(document, []).warnings).toEqual(["1 evidence strings longer than 2000 characters cut"]);
  });

  it("bounds the 2,005 relations of a crafted document to the defaults", () => {
    const builder = new ExtractionBuilder(DOC);
    mentioning(builder, 2_005, (index) => `${index} `.repeat(2_000));
    const { relations, warnings } = builder.build(document, []);
    expect(relations.length).toBeLessThanOrEqual(DEFAULT_EXTRACTION_CAPS.maxRelations);
    expect(relations.reduce((sum, r) => sum + r.evidence.length, 0)).toBeLessThanOrEqual(DEFAULT_EXTRACTION_CAPS.maxEvidenceChars);
    expect(warnings.some((warning) => warning.startsWith("more than 2000000 characters of evidence"))).toBe(true);
  });

  it("takes the process's caps when none are given", () => {
    setExtractionCaps({ maxRelations: 2 });
    expect(extractionCaps()).toEqual({ ...DEFAULT_EXTRACTION_CAPS, maxRelations: 2 });
    const builder = new ExtractionBuilder(DOC);
    mentioning(builder, 3, (index) => `S${index}.`);
    expect(builder.build(document, []).relations).toHaveLength(2);
  });
});

describe("cutEvidence", () => {
  it("leaves short evidence alone", () => {
    expect(cutEvidence("ITU-T SG17 proposes.", 100)).toBe("ITU-T SG17 proposes.");
  });

  it("never splits a surrogate pair", () => {
    const cut = cutEvidence(`${"a".repeat(8)}\u{1F600}${"b".repeat(10)}`, 10);
    expect(cut).toBe(`${"a".repeat(8)}\u2026`);
    expect(cut.length).toBeLessThanOrEqual(10);
  });
});
