/**
 * Sentences of running text, each the exact slice of the input (trimmed), so that relation
 * evidence can be found again in the document.
 */

/** Abbreviations that are followed by more of the same sentence ("Rec. ITU-T X.509", "No. 5"). */
const NEVER_FINAL = new Set([
  "al", "amd", "approx", "art", "cf", "corr", "doc", "docs", "dr", "e.g", "eg", "fig", "figs", "i.e",
  "ie", "incl", "mr", "mrs", "ms", "no", "nos", "p", "para", "pp", "prof", "rec", "recs", "ref", "refs",
  "res", "rev", "sect", "st", "suppl", "viz", "vol", "vs",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

const BOUNDARY = /[.!?]+["”’')\]]*\s+/g;
const BULLET = /^(?:[•▪◦*–-]|\(?[0-9a-z]{1,2}\))\s/;

function endsSentence(before: string, punctuation: string, following: string): boolean {
  if (/\p{Ll}/u.test(following)) return false;
  if (punctuation !== ".") return true;
  const word = /[\p{L}\p{N}.]*$/u.exec(before)?.[0] ?? "";
  if (NEVER_FINAL.has(word.toLowerCase())) return false;
  // Initials ("J. Smith") and dotted abbreviations ("U.S.") do not end a sentence.
  return !/^\p{Lu}$/u.test(word) && !/^(?:\p{L}\.)+\p{L}$/u.test(word);
}

function splitParagraph(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(BOUNDARY)) {
    const next = m.index + m[0].length;
    const punctuation = /^[.!?]+/.exec(m[0])?.[0] ?? "";
    if (endsSentence(paragraph.slice(start, m.index), punctuation, paragraph.charAt(next))) {
      sentences.push(paragraph.slice(start, next));
      start = next;
    }
  }
  sentences.push(paragraph.slice(start));
  return sentences;
}

/** Lines starting with a bullet are sentences of their own even without final punctuation. */
function splitBullets(paragraph: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (const line of paragraph.split("\n")) {
    if (current && BULLET.test(line.trim())) {
      parts.push(current);
      current = line;
    } else {
      current = current ? `${current}\n${line}` : line;
    }
  }
  parts.push(current);
  return parts;
}

export function splitSentences(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .flatMap(splitBullets)
    .flatMap(splitParagraph)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
