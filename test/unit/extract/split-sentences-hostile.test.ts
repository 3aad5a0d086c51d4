import { describe, expect, it } from "vitest";
import { cutLongSentence, MAX_SENTENCE_CHARS, splitSentences } from "../../../src/extract/split-sentences.js";

// What hostile text gives (how long it takes is test/security/ingestion-linear-time.test.ts's).
describe("splitSentences on hostile text", () => {
  it("cuts a run of dots without spaces into pieces of at most MAX_SENTENCE_CHARS", () => {
    const text = ".".repeat(10_000);
    const sentences = splitSentences(text);
    expect(sentences.join("")).toBe(text);
    expect(sentences).toHaveLength(5);
    for (const sentence of sentences) expect(sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });

  it("ends a sentence at every stop followed by a space, however many", () => {
    expect(splitSentences(". ".repeat(1_000))).toEqual(Array.from({ length: 1_000 }, () => "."));
  });

  it("does not end sentences at initials, even thousands in a row", () => {
    const text = `${"J. ".repeat(3_000)}Smith agreed. Done.`;
    const sentences = splitSentences(text);
    expect(sentences.at(-1)).toBe("Done.");
    expect(sentences.slice(0, -1).join(" ")).toBe(text.slice(0, -" Done.".length));
  });

  it("ends a sentence after a word longer than any abbreviation", () => {
    const word = "a".repeat(100);
    expect(splitSentences(`${word}. Next one.`)).toEqual([`${word}.`, "Next one."]);
  });

  it("keeps every piece an exact slice of the input", () => {
    const text = `Intro. ${"word ".repeat(2_000)}end. ${"x".repeat(5_000)} tail.`;
    for (const sentence of splitSentences(text)) {
      expect(text).toContain(sentence);
      expect(sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    }
  });

  it("gives nothing for runs of white space or blank lines", () => {
    expect(splitSentences(" ".repeat(10_000))).toEqual([]);
    expect(splitSentences("\n".repeat(10_000))).toEqual([]);
    expect(splitSentences("\n \n\t\n".repeat(1_000))).toEqual([]);
  });

  it("makes a bullet per line of a long list", () => {
    expect(splitSentences("- x\n".repeat(500))).toEqual(Array.from({ length: 500 }, () => "- x"));
  });
});

describe("cutLongSentence", () => {
  it("leaves a sentence within the limit alone", () => {
    expect(cutLongSentence("Short enough.", 20)).toEqual(["Short enough."]);
  });

  it("cuts after the last space of the second half", () => {
    expect(cutLongSentence("aaaa bbbb cccc dddd", 10)).toEqual(["aaaa bbbb ", "cccc dddd"]);
  });

  it("cuts hard where there is no space to cut at", () => {
    expect(cutLongSentence("abcdefghijklmnopqrstuvwxy", 10)).toEqual(["abcdefghij", "klmnopqrst", "uvwxy"]);
  });
});
