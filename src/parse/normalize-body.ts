/**
 * The running text in one shape whatever its source: paragraphs separated by one blank line,
 * spaces collapsed. Two kinds of input need different handling: Word (and the ITU notification,
 * which is Word text) puts one paragraph per line, while mail and IETF text is hard-wrapped near
 * 72 columns, where a line break inside a paragraph is not a paragraph break.
 */

export type LineMode = "paragraph-per-line" | "hard-wrapped" | "auto";

/** Beyond this, a line cannot come from hard wrapping. */
const MAX_WRAPPED_LINE = 100;
/** A wrapped line fills most of the width; a shorter one ends a paragraph, heading or list item. */
const WRAP_FILL = 0.6;

export function normalizeBody(text: string, mode: LineMode = "auto"): string {
  const lines = text.split("\n").map((line) => line.replace(/\s+/g, " ").trim());
  const resolved = mode === "auto" ? detectLineMode(lines) : mode;
  const paragraphs: string[] = [];
  if (resolved === "paragraph-per-line") {
    paragraphs.push(...lines.filter((line) => line.length > 0));
  } else {
    const width = Math.max(...lines.map((line) => line.length), 1);
    let paragraph = "";
    let previous = "";
    for (const line of lines) {
      if (!line) {
        if (paragraph) paragraphs.push(paragraph);
        paragraph = "";
      } else if (paragraph && previous.length >= width * WRAP_FILL && !startsListItem(line)) {
        paragraph = joinWrapped(paragraph, line);
      } else {
        if (paragraph) paragraphs.push(paragraph);
        paragraph = line;
      }
      previous = line;
    }
    if (paragraph) paragraphs.push(paragraph);
  }
  return paragraphs.join("\n\n");
}

export function detectLineMode(lines: readonly string[]): Exclude<LineMode, "auto"> {
  return lines.some((line) => line.length > MAX_WRAPPED_LINE) ? "paragraph-per-line" : "hard-wrapped";
}

const RULE_LINE = /^\s*[-_=*~]{3,}\s*$/;

/**
 * Drops the closing rules ("_____", "-----") that mail and notification footers end with: the
 * last lines, from the end, while they are rules or blank. Line by line, since a pattern
 * anchored at the end would be retried from every line break of a run of empty lines.
 */
export function dropTrailingRules(text: string): string {
  const lines = text.split("\n");
  let keep = lines.length;
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index] ?? "";
    if (RULE_LINE.test(line)) keep = index;
    else if (line.trim() !== "") break;
  }
  return lines.slice(0, keep).join("\n").trim();
}

function startsListItem(line: string): boolean {
  return /^(?:[-*+\u2022\u2013\u25aa\u25cf]\s|\(?[0-9a-z]{1,3}[.)]\s)/i.test(line);
}

function joinWrapped(paragraph: string, line: string): string {
  // Wrapping tools break after the hyphen of a compound ("non-\nfinancial", "ITU-\nT"); the
  // hyphen is part of the word, so no space goes in.
  if (/[A-Za-z]-$/.test(paragraph) && /^[A-Za-z]/.test(line)) return paragraph + line;
  return `${paragraph} ${line}`;
}
