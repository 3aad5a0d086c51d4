/**
 * Puts back the line structure that conversions to text lose, before any header is read:
 * table rows rendered with `|` become one cell a line, and labels glued to the previous value
 * when line breaks were lost (`For comment to:RAGFor information to:n/aDeadline:`) or a whole
 * header flattened onto one line (`... Source: Study Group 9 Title: ...`) start lines again.
 * Only the top of a document is re-split: labels inside running text stay where they are.
 */
import { GLUEABLE_LABELS, specForLabel } from "./header-labels.js";

/** Labels are looked for in this many leading characters; headers are never longer. */
const HEADER_REACH = 4000;
/** A line this long cannot be a header line, so labels inside it mark lost line breaks. */
const FLATTENED_LINE = 120;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
const GLUED = new RegExp(
  `(?<=[\\p{L}\\p{N}).\\]/"\u201d]|\\s)(?=(?:${[...GLUEABLE_LABELS].sort((a, b) => b.length - a.length).map(escape).join("|")})\\s*:)`,
  "gu",
);

export function prepareLines(text: string): string[] {
  const lines: string[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const inReach = offset < HEADER_REACH;
    offset += line.length + 1;
    const cells = isTableRow(line) ? line.split("|").map((cell) => cell.trim()) : [line];
    for (const cell of cells) lines.push(...(inReach ? splitGlued(cell) : [cell]));
  }
  return lines;
}

/** `Source: |` or `| Title: | LS on ... |`: a row whose cells a `|` separates. */
function isTableRow(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && (trimmed.startsWith("|") || trimmed.endsWith("|"));
}

function splitGlued(line: string): string[] {
  const points = gluePoints(line);
  if (line.length < FLATTENED_LINE && points.length < 2) return [line];
  const parts: string[] = [];
  let start = 0;
  for (const at of points) {
    parts.push(line.slice(start, at));
    start = at;
  }
  parts.push(line.slice(start));
  return parts.map((part) => part.trim()).filter((part, index) => part.length > 0 || index === 0);
}

/**
 * Where a label starts inside the line: written with a capital ("the source: ..." in a sentence
 * is no label), and not the end of a longer label ("Submission Date:", "Response Contact:").
 */
function gluePoints(line: string): number[] {
  const points = new Set<number>();
  for (const match of line.matchAll(GLUED)) {
    const at = match.index + match[0].length;
    if (at === 0 || !/^[A-Z]/.test(line.slice(at))) continue;
    const label = /^[^:]+/.exec(line.slice(at))?.[0] ?? "";
    // Only the few characters before the label: a longer look back would make long lines quadratic.
    const previousWord = /([A-Za-z]+)\s+$/.exec(line.slice(Math.max(0, at - 40), at))?.[1];
    if (previousWord && specForLabel(`${previousWord} ${label}`)) continue;
    points.add(at);
  }
  return [...points].sort((a, b) => a - b);
}
