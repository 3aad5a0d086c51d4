/**
 * PDF to text. ITU and 3GPP publish liaison statements as Word printed to PDF: the LS template's
 * table, then the text. PDF keeps only positioned runs of glyphs, so lines are rebuilt from the
 * positions (PDF.js, through unpdf): runs on one baseline form a line, a wide horizontal gap (a
 * table column) becomes a tab, and a larger vertical gap before a line that starts at the left
 * margin becomes a blank line (a new paragraph). The lines keep their wrapping, as in a text file;
 * pages are separated by a blank line.
 */

import { extractInChild, firstLine, refuseOversized, type ExtractionLimits } from "./bounded-extraction.js";
import { DocumentError } from "./document-error.js";

export type { ExtractionLimits } from "./bounded-extraction.js";

const HEADER = "%PDF-";
/** Readers accept the header anywhere in the first KB and the end marker in the last KB. */
const MARKER_WINDOW = 1024;

/** Checks that need no parsing, then the text from a child process (see bounded-extraction.ts). */
export async function extractPdfText(file: string, bytes: Buffer, limits: ExtractionLimits = {}): Promise<string> {
  refuseOversized("pdf", file, bytes, limits);
  if (bytes.length === 0) throw new DocumentError(file, "EMPTY", "empty document (0 bytes)");
  const head = bytes.subarray(0, MARKER_WINDOW).toString("latin1");
  if (!head.includes(HEADER)) throw new DocumentError(file, "MALFORMED", "malformed .pdf (no %PDF- header)");
  // A cut-off download still opens (PDF.js rebuilds what it can) but misses its last pages.
  if (!bytes.subarray(-MARKER_WINDOW).toString("latin1").includes("%%EOF")) {
    throw new DocumentError(file, "MALFORMED", "malformed .pdf (truncated: no %%EOF end marker)");
  }
  return extractInChild("pdf", file, bytes, limits);
}

/** A run of text with its baseline origin and size, in PDF units (origin bottom left). */
export interface PlacedText {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** Runs in the extraction child process: every page's text until `maxChars` is reached. */
export async function readPdfText(file: string, bytes: Uint8Array, maxChars: number): Promise<string> {
  const { getDocumentProxy } = await import("unpdf");
  const pages: string[] = [];
  let length = 0;
  try {
    // PDF.js refuses a Buffer (what the bytes arrive as), though it is a Uint8Array.
    const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const pdf = await getDocumentProxy(data, { verbosity: 0, isEvalSupported: false });
    try {
      for (let number = 1; number <= pdf.numPages && length <= maxChars; number += 1) {
        const page = await pdf.getPage(number);
        const content = await page.getTextContent();
        const placed: PlacedText[] = [];
        for (const item of content.items) {
          if (!("str" in item) || item.str.trim() === "") continue;
          const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
          placed.push({ str: item.str, x, y, width: item.width, size: Math.hypot(c, d) || item.height || 1 });
        }
        page.cleanup();
        const text = layoutPage(placed);
        if (text !== "") {
          pages.push(text);
          length += text.length + 2;
        }
      }
    } finally {
      await pdf.destroy();
    }
  } catch (error) {
    throw pdfError(file, error);
  }
  if (pages.length === 0) {
    throw new DocumentError(file, "EMPTY", "empty document (no text in the .pdf; scanned pages would need OCR)");
  }
  return pages.join("\n\n");
}

function pdfError(file: string, error: unknown): DocumentError {
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException") {
    return new DocumentError(file, "UNREADABLE", "encrypted .pdf (a password is needed to open it)", { cause: error });
  }
  return new DocumentError(file, "MALFORMED", `malformed .pdf (${firstLine(message)})`, { cause: error });
}

interface Line {
  readonly y: number;
  readonly size: number;
  readonly runs: PlacedText[];
}

/** One page's runs as text lines, top to bottom; "" between paragraphs. */
export function layoutPage(runs: readonly PlacedText[]): string {
  const lines = groupLines(runs);
  if (lines.length === 0) return "";
  const texts = lines.map(lineText);
  const margin = Math.min(...lines.map((line) => line.runs[0]?.x ?? Infinity));
  const spacing = lineSpacing(lines);

  const out: string[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const text = texts[index] ?? "";
    // Table cells share the paragraph spacing of the text; only a line that starts at the margin
    // and is not split into columns can open a paragraph, so a cell's lines stay together.
    const gap = previous ? previous.y - line.y : 0;
    const indent = (line.runs[0]?.x ?? margin) - margin;
    if (previous && gap > 1.5 * line.size && gap > 1.25 * spacing && indent < 2 && !text.includes("\t")) {
      out.push("");
    }
    // A line far right of the margin continues a cell of a later column ("\tof TSAG"), as in
    // the template pasted as text.
    out.push(indent > 4 * line.size ? `\t${text}` : text);
  });
  return out.join("\n");
}

/** Runs whose baselines are within 40% of the font size are one line (superscripts included). */
function groupLines(runs: readonly PlacedText[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; runs: PlacedText[] }[] = [];
  for (const run of sorted) {
    const current = lines[lines.length - 1];
    if (current && Math.abs(current.y - run.y) <= 0.4 * Math.max(current.size, run.size)) {
      current.runs.push(run);
      // The baseline of the biggest text is the line's; a superscript sits above it.
      if (run.size > current.size || (run.size === current.size && run.y < current.y)) {
        current.y = run.y;
        current.size = run.size;
      }
    } else {
      lines.push({ y: run.y, size: run.size, runs: [run] });
    }
  }
  for (const line of lines) line.runs.sort((a, b) => a.x - b.x);
  return lines;
}

/**
 * Runs left to right: a kerning gap is nothing, a word gap a space, and a gap wider than PDF.js
 * itself takes for a space in running text (0.6 em) a tab, as between a template's table cells.
 */
function lineText(line: Line): string {
  let text = "";
  let end = -Infinity;
  for (const run of line.runs) {
    const gap = run.x - end;
    if (text !== "") {
      if (gap > 0.6 * line.size) text += "\t";
      else if (gap > 0.15 * line.size && !/\s$/.test(text) && !/^\s/.test(run.str)) text += " ";
    }
    text += run.str;
    end = Math.max(end, run.x + run.width);
  }
  return text.replace(/[ \t]+$/, "").replace(/^ +/, "");
}

/** The page's usual distance between wrapped lines: the smallest gap of at least 0.9 em. */
function lineSpacing(lines: readonly Line[]): number {
  let smallest = Infinity;
  for (let index = 1; index < lines.length; index += 1) {
    const previous = lines[index - 1];
    const line = lines[index];
    if (!previous || !line) continue;
    const gap = previous.y - line.y;
    if (gap >= 0.9 * line.size && gap < smallest) smallest = gap;
  }
  return Number.isFinite(smallest) ? smallest : 0;
}
