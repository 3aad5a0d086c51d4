import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.js";
import { referenceGazetteer } from "../../src/extract/reference-gazetteer.js";
import { splitSentences } from "../../src/extract/split-sentences.js";
import { parseContactList } from "../../src/parse/contacts.js";
import { detectFormat } from "../../src/parse/detect-format.js";
import { dropTrailingRules } from "../../src/parse/normalize-body.js";
import { parseText, readDocument } from "../../src/parse/read-document.js";
import { stripMarkdown } from "../../src/parse/strip-markdown.js";

// Text processing must take time linear in the text, whatever it holds: 500 KB of one character
// is where a backtracking pattern shows (80,000 dots took sentence splitting 24 s; 500,000 would
// take many minutes). The bound is generous for a busy machine; linear code takes well under a
// second for each of these.

const SIZE = 500_000;
const BOUND_MS = 10_000;
/** Runs of one character (or a short unit), the shapes that make backtracking patterns quadratic. */
const RUNS = [".", " ", "a", "-", "(", "7", "\n", "\t", ",", "@", "[", "*", "#", "|", ". ", "A. ", "\n-", "**a ", "<!--", "\n \n"];

const run = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

function timed<T>(work: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = work();
  return { result, ms: performance.now() - started };
}

describe("linear-time text processing on 500 KB of one character", () => {
  it.each(RUNS.map((unit) => [JSON.stringify(unit), unit] as const))("splits sentences of %s in bounded time", (_, unit) => {
    const { result, ms } = timed(() => splitSentences(run(unit)));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(Array.isArray(result)).toBe(true);
  });

  it.each(RUNS.map((unit) => [JSON.stringify(unit), unit] as const))("reads Markdown, formats, contacts and rules of %s in bounded time", (_, unit) => {
    const text = run(unit);
    const steps: (() => unknown)[] = [() => stripMarkdown(text), () => detectFormat(text, "plain-text"), () => parseContactList(text), () => dropTrailingRules(text)];
    for (const step of steps) {
      expect(timed(step).ms).toBeLessThan(BOUND_MS);
    }
  });
});

describe("reading and extracting a document of 500 KB of one character", () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), "linear-time-"));
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  // White space alone is an empty document, and a list of 250,000 one-character items is linear
  // but slow in the mention finder (about 50 microseconds a sentence): neither is here.
  const shapes = [".", "a", "-", "(", "7", ". ", "a "].flatMap((unit) => [".txt", ".md"].map((extension) => [JSON.stringify(unit), extension, unit] as const));
  it.each(shapes)("%s as %s", async (_, extension, unit) => {
    const file = path.join(scratch, `run${extension}`);
    await writeFile(file, run(unit));
    const started = performance.now();
    const extraction = extractDocument(await readDocument(file), referenceGazetteer());
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    expect(extraction.relations.length).toBeLessThanOrEqual(2_000);
  }, 60_000);
});

describe("regression: header lines of any length", () => {
  // A 500 KB sender line took over 20 s (an address pattern retried from every character), and a
  // 40 KB header line of spaces 7-10 s (glued labels looked for after every whitespace run).
  it.each([
    ["a sender line of letters", `From: ${"a".repeat(SIZE)}\n\nText.`],
    ["a sender line of dots", `From: ${".".repeat(SIZE)}\n\nText.`],
    ["a header line of spaces", `From: ${" ".repeat(SIZE)}x\n\nText.`],
    ["a header line of tabs before a label", `Title:\t${"\t".repeat(SIZE / 10)}For information to: TSAG\n\nText.`],
    ["labels repeated on one line", "From: ITU-T SG 13 To: TSAG ".repeat(SIZE / 27)],
  ])("%s", (_, text) => {
    const { ms } = timed(() => extractDocument(parseText("header.txt", text), referenceGazetteer()));
    expect(ms).toBeLessThan(BOUND_MS);
  });
});
