/**
 * Sentences of running text, each the exact slice of the input (trimmed), so that relation
 * evidence can be found again in the document.
 *
 * Documents come from anywhere, so this runs in time linear in the text whatever it holds: the
 * boundaries are found by one scan instead of a regex (a run of 80,000 dots made the regex retry
 * from every dot), the word before a stop is read backwards over a bounded window, and a sentence
 * longer than MAX_SENTENCE_CHARS is cut into pieces so that no later step sees an unbounded one.
 */

/** Longer sentences are cut at a space near this length; real ones stay far below it. */
export const MAX_SENTENCE_CHARS = 2_000;

/** Abbreviations that are followed by more of the same sentence ("Rec. ITU-T X.509", "No. 5"). */
const NEVER_FINAL = new Set([
  "al", "amd", "approx", "art", "cf", "corr", "doc", "docs", "dr", "e.g", "eg", "fig", "figs", "i.e",
  "ie", "incl", "mr", "mrs", "ms", "no", "nos", "p", "para", "pp", "prof", "rec", "recs", "ref", "refs",
  "res", "rev", "sect", "st", "suppl", "viz", "vol", "vs",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);
/** The word before a full stop is only looked at this far back: every word the checks know is shorter. */
const WORD_WINDOW = 64;

const BULLET = /^(?:[•▪◦*–-]|\(?[0-9a-z]{1,2}\))\s/;
const STOPS = new Set([".", "!", "?"]);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "]"]);
const WORD_CHAR = /[\p{L}\p{N}.]/u;
const SPACE = /\s/;

function isSpace(char: string): boolean {
  return SPACE.test(char);
}

function endsSentence(word: string, punctuation: string, following: string): boolean {
  if (/\p{Ll}/u.test(following)) return false;
  if (punctuation !== ".") return true;
  if (NEVER_FINAL.has(word.toLowerCase())) return false;
  // Initials ("J. Smith") and dotted abbreviations ("U.S.") do not end a sentence.
  return !/^\p{Lu}$/u.test(word) && !/^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/** The run of letters, digits and dots that ends at `end`, read backwards. */
function wordBefore(text: string, start: number, end: number): string {
  let from = end;
  while (from > start && WORD_CHAR.test(text.charAt(from - 1))) {
    from -= 1;
    // Longer than any abbreviation or initial: a word that ends the sentence.
    if (end - from > WORD_WINDOW) return "";
  }
  return text.slice(from, end);
}

/**
 * A boundary is a run of stops, then closing quotes or brackets, then white space. A run that is
 * not followed by white space cannot end a boundary anywhere inside it, so the scan moves past it.
 */
function splitParagraph(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  let index = 0;
  const length = paragraph.length;
  while (index < length) {
    if (!STOPS.has(paragraph.charAt(index))) {
      index += 1;
      continue;
    }
    const punctuationStart = index;
    while (index < length && STOPS.has(paragraph.charAt(index))) index += 1;
    const punctuationEnd = index;
    while (index < length && CLOSERS.has(paragraph.charAt(index))) index += 1;
    const spaceStart = index;
    while (index < length && isSpace(paragraph.charAt(index))) index += 1;
    if (index === spaceStart) continue;
    const punctuation = paragraph.slice(punctuationStart, punctuationEnd);
    const word = wordBefore(paragraph, start, punctuationStart);
    if (endsSentence(word, punctuation, paragraph.charAt(index))) {
      sentences.push(paragraph.slice(start, index));
      start = index;
    }
  }
  sentences.push(paragraph.slice(start));
  return sentences;
}

/** Lines starting with a bullet are sentences of their own even without final punctuation. */
function splitBullets(paragraph: string): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  for (const line of paragraph.split("\n")) {
    if (current.length > 0 && BULLET.test(line.trim())) {
      parts.push(current.join("\n"));
      current = [];
    }
    current.push(line);
  }
  parts.push(current.join("\n"));
  return parts;
}

/**
 * Pieces of at most `max` characters, each an exact slice: cut after the last white space of the
 * piece's second half, or hard at `max` when there is none (a run without spaces).
 */
export function cutLongSentence(sentence: string, max = MAX_SENTENCE_CHARS): string[] {
  if (sentence.length <= max) return [sentence];
  const pieces: string[] = [];
  let start = 0;
  while (sentence.length - start > max) {
    let cut = start + max;
    for (let at = cut; at > start + max / 2; at -= 1) {
      if (isSpace(sentence.charAt(at - 1))) {
        cut = at;
        break;
      }
    }
    pieces.push(sentence.slice(start, cut));
    start = cut;
  }
  pieces.push(sentence.slice(start));
  return pieces;
}

/** Paragraphs are separated by a line holding only spaces or tabs; found by one scan of the lines. */
function splitParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of text.split("\n")) {
    if (current.length > 0 && /^[ \t]*$/.test(line)) {
      paragraphs.push(current.join("\n"));
      current = [];
      continue;
    }
    current.push(line);
  }
  paragraphs.push(current.join("\n"));
  return paragraphs;
}

export function splitSentences(text: string): string[] {
  return splitParagraphs(text.replace(/\r\n?/g, "\n"))
    .flatMap(splitBullets)
    .flatMap(splitParagraph)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .flatMap((s) => cutLongSentence(s).map((piece) => piece.trim()))
    .filter((s) => s.length > 0);
}
