/**
 * Finds the header of a liaison statement in prepared lines, whatever its family writes: labels
 * with a colon, a tab, spaces or nothing before the value (`Submitted Date 2009-03-05`,
 * `CcScott Bradner`), labels alone on their line with the value below, values running over
 * several lines, unlabelled lines (a title, a body's name) among the fields. A label without a
 * colon counts only among other labels, so that prose starting with "To" or "From" stays prose.
 * The body starts at the first line after the header that reads like running text.
 */
import { isSentenceLike } from "../header-fields.js";
import { ALL_LABELS_PATTERN, isColonOnly, isDistinctiveLabel, specForLabel, type FieldKey, type LabelSpec } from "./header-labels.js";

export interface FieldLine {
  /** The value on this line, whitespace collapsed. */
  readonly value: string;
  /** The line as it stands in the document: the evidence for what the value says. */
  readonly raw: string;
}

export interface Field {
  readonly key: FieldKey;
  readonly label: string;
  readonly lines: readonly FieldLine[];
  readonly index: number;
}

export interface Header {
  readonly fields: readonly Field[];
  /** Non-empty lines of the header zone that belong to no field: titles, bodies' names, dates. */
  readonly loose: readonly string[];
  /** Index of the first line of the body. */
  readonly bodyStart: number;
  /** Blocks of fields further down, inside the body (a letter quoted in a mail, a forwarded header). */
  readonly later: readonly Field[];
  /** The short lines right above such a block and between its fields: a letterhead naming the sender. */
  readonly laterLoose: readonly string[];
}

interface Candidate {
  readonly index: number;
  readonly spec: LabelSpec;
  readonly label: string;
  readonly value: string;
  readonly strong: boolean;
}

interface Block {
  readonly fields: Field[];
  readonly loose: string[];
  readonly end: number;
  readonly bodyLabel: boolean;
}

const LABEL_LINE = new RegExp(`^\\s*(?:[-*\u2022]\\s*)?(${ALL_LABELS_PATTERN})(\\s*[:\uff1a]\\s*|\\t+\\s*|\\s+|(?=[A-Z<"(])|$)(.*)$`, "i");
/** Lines this far into a document are no longer searched for a header. */
const HEADER_LINES = 150;
/** Label lines this close to each other (in non-empty lines) form one header block. */
const BLOCK_GAP = 4;
const MAX_LIST_LINE = 110;
/** A line this long is running text even without a full stop (a body flattened onto one line). */
const LONG_LINE = 200;

export function matchLabelLine(line: string): Omit<Candidate, "index"> | undefined {
  const m = LABEL_LINE.exec(line);
  const label = m?.[1];
  if (!m || !label) return undefined;
  const spec = specForLabel(label);
  if (!spec) return undefined;
  const separator = m[2] ?? "";
  const value = (m[3] ?? "").replace(/\s+/g, " ").trim();
  // Glued without a separator only where case shows the seam: "CcScott", not "Today".
  if (separator === "" && value && !(/[a-z]$/.test(label) && /^[A-Z<"(]/.test(value))) return undefined;
  const colon = /[:\uff1a\t]/.test(separator);
  // Without a colon a label is written as a label: capitalized ("to China" is a wrapped subject).
  if (!colon && (/^[-\u2013(]/.test(value) || !/^[A-Z]/.test(label) || isColonOnly(label))) return undefined;
  const allCaps = label.length > 2 && label === label.toUpperCase() && /[A-Z]/.test(label);
  const strong = colon || isDistinctiveLabel(label) || allCaps;
  // A lone word such as "Summary" on its own line is a heading of the text, not an empty field.
  if (!strong && (isSentenceLike(line) || !value)) return undefined;
  return { spec, label, value, strong };
}

export function findHeader(lines: readonly string[]): Header {
  const blocks = headerBlocks(lines);
  const byIndex = new Map(blocks.flat().map((c) => [c.index, c]));
  const first = blocks[0]?.[0]?.index ?? lines.length;
  const loose: string[] = [];
  let index = 0;
  // Before the first block: a title, the sender's name, a document number. Without any block,
  // the body starts at the first line of running text.
  for (; index < first; index += 1) {
    const text = collapse(lines[index] ?? "");
    if (!text) continue;
    if (blocks.length === 0 && (isSentenceLike(text) || text.length > LONG_LINE)) break;
    loose.push(text);
  }
  if (blocks.length === 0) return { fields: [], loose, bodyStart: index, later: [], laterLoose: [] };
  const header = readBlock(lines, first, byIndex, lastIndex(blocks, first));
  const later: Field[] = [];
  const laterLoose: string[] = [];
  let end = header.end;
  for (const block of blocks) {
    const start = block[0]?.index ?? 0;
    if (header.bodyLabel || start < end) continue;
    const read = readBlock(lines, start, byIndex, lastIndex(blocks, start));
    later.push(...read.fields);
    laterLoose.push(...letterhead(lines, start), ...read.loose);
    end = read.end;
  }
  return { fields: header.fields, loose: [...loose, ...header.loose], bodyStart: header.end, later, laterLoose };
}

/** Fields from `start` until running text outside any field, or a "Body" label. */
function readBlock(lines: readonly string[], start: number, byIndex: ReadonlyMap<number, Candidate>, blockEnd: number): Block {
  const fields: Field[] = [];
  const loose: string[] = [];
  let current: { field: Field; lines: FieldLine[]; awaiting: boolean } | undefined;
  let index = start;
  let blank = false;
  for (; index < lines.length; index += 1) {
    const text = collapse(lines[index] ?? "");
    const candidate = byIndex.get(index);
    // Past the block's last label, a blank line then a line that continues nothing: the text.
    if (!candidate && text && blank && index > blockEnd && !current?.awaiting && (/[.!?:]$/.test(text) || isSentenceLike(text))) break;
    blank = !text;
    if (candidate) {
      const valueLines: FieldLine[] = candidate.value ? [{ value: candidate.value, raw: text }] : [];
      const field: Field = { key: candidate.spec.key, label: candidate.label, lines: valueLines, index };
      fields.push(field);
      if (candidate.spec.key === "body") return { fields, loose, end: candidate.value ? index : index + 1, bodyLabel: true };
      current = { field, lines: valueLines, awaiting: !candidate.value };
      continue;
    }
    if (!text) {
      if (current && !current.awaiting) current = undefined;
      continue;
    }
    // A line between two labels of the block is the header's, however it reads.
    const sandwiched = index < blockEnd && labelWithin(lines, index, byIndex, 2);
    if (current && (continues(current.field, current.awaiting, text) || (sandwiched && specForLabel(current.field.label)?.list))) {
      current.lines.push({ value: text, raw: text });
      current.awaiting = false;
      continue;
    }
    current = undefined;
    if (!sandwiched && (isSentenceLike(text) || text.length > LONG_LINE || looksLikeBodyStart(text))) break;
    loose.push(text);
  }
  return { fields, loose, end: index, bodyLabel: false };
}

/** The index of the last label line of the blocks that start at or after `start` and before any gap. */
function lastIndex(blocks: readonly Candidate[][], start: number): number {
  const block = blocks.find((b) => (b[0]?.index ?? -1) === start);
  let end = block?.at(-1)?.index ?? start;
  // Blocks that follow within the header zone (no text between) are read as one.
  for (const next of blocks) if ((next[0]?.index ?? -1) > end && (next[0]?.index ?? 0) - end <= 3) end = next.at(-1)?.index ?? end;
  return end;
}

/** Up to four short lines above `start`, back to the first blank-separated paragraph of prose. */
function letterhead(lines: readonly string[], start: number): string[] {
  const found: string[] = [];
  for (let i = start - 1; i >= 0 && found.length < 4; i -= 1) {
    const text = collapse(lines[i] ?? "");
    if (!text) continue;
    if (isSentenceLike(text) || text.length > 80) break;
    found.unshift(text);
  }
  return found;
}

/** Whether one of the next `reach` non-empty lines after `index` is a label line. */
function labelWithin(lines: readonly string[], index: number, byIndex: ReadonlyMap<number, Candidate>, reach: number): boolean {
  let seen = 0;
  for (let i = index + 1; i < lines.length && seen < reach; i += 1) {
    if (!collapse(lines[i] ?? "")) continue;
    if (byIndex.has(i)) return true;
    seen += 1;
  }
  return false;
}

const collapse = (line: string): string => line.replace(/\s+/g, " ").trim();

function continues(field: Field, awaiting: boolean, text: string): boolean {
  const spec = specForLabel(field.label);
  if (awaiting) return !(isSentenceLike(text) && /[.!?]$/.test(text)) && text.length <= 300 && !matchLabelLine(text);
  if (spec?.prose) return true;
  // A subject wrapped onto a second line: short, not a sentence, not the start of the text.
  if (field.key === "title") return field.lines.length === 1 && !isSentenceLike(text) && !opensProse(text) && text.length <= MAX_LIST_LINE && !looksLikeBodyStart(text) && !/[.!?]$/.test(field.lines[0]?.value ?? "");
  if (!spec?.list) return false;
  // A title or a note in parentheses under a one-line sender is not another sender.
  if (field.key === "from" && /^(?:\(|(?:reply\s+|response\s+)?(?:LS|liaison)\b)/i.test(text)) return false;
  // A letterhead in capitals ("EUROPEAN TELECOMMUNICATIONS STANDARDS INSTITUTE") names the parent, not another sender.
  if (field.key === "from" && /^[^a-z]*[A-Z]{3,}[^a-z]*\s[^a-z]*$/.test(text) && text.split(/\s+/).length >= 3) return false;
  // Titles of attachments and related liaisons read like prose but end without a full stop.
  if (TITLE_LISTS.includes(field.key)) {
    const titled = !isSentenceLike(text) || /^(?:(?:reply|response|draft|new)\s+)?(?:LS|liaison|att(?:achment)?)\b|^\S*\d\S*\s+[-\u2013]/i.test(text);
    return titled && !/[.!?]$/.test(text) && !opensProse(text) && text.length <= LONG_LINE && !looksLikeBodyStart(text);
  }
  return !isSentenceLike(text) && !opensProse(text) && text.length <= MAX_LIST_LINE && !looksLikeBodyStart(text);
}

const TITLE_LISTS: readonly string[] = ["related", "attachments", "referring"];

const PROSE_OPENER = /^(?:the|at|in|on|we|this|these|our|as|please|thank|thanks|following|with|to|it|there|an?|since|during|after|before|regarding|further|i|if|when|while|although|however|also|attached)\s/i;

/** A line of wrapped prose: an opening word and several more ("At the December 2011 meeting of ..."). */
function opensProse(text: string): boolean {
  return PROSE_OPENER.test(text) && text.split(/\s+/).length >= 6;
}

/** "Dear colleagues," or a numbered section heading opens the body. */
function looksLikeBodyStart(text: string): boolean {
  return /^(?:dear\b|to whom\b|\d+[.)]\s+\S.*[.:]$|\d+\.\s+(?:introduction|background|overall description)\b)/i.test(text);
}

/** Blocks of label lines; a lone weak "To ..." line is prose, not a block. */
function headerBlocks(lines: readonly string[]): Candidate[][] {
  const found: Candidate[] = [];
  const positions: number[] = [];
  for (let index = 0; index < Math.min(lines.length, HEADER_LINES); index += 1) {
    const line = lines[index] ?? "";
    if (!line.trim()) continue;
    positions.push(index);
    const match = matchLabelLine(line);
    if (match) found.push({ ...match, index });
  }
  const rank = new Map(positions.map((index, order) => [index, order]));
  const blocks: Candidate[][] = [];
  for (const candidate of found) {
    const block = blocks.at(-1);
    const previous = block?.at(-1);
    if (block && previous && (rank.get(candidate.index) ?? 0) - (rank.get(previous.index) ?? 0) <= BLOCK_GAP) block.push(candidate);
    else blocks.push([candidate]);
  }
  return blocks.filter((block) => isHeaderBlock(block, rank));
}

/** A lone "From: TSAG" heads a short note; further down, one label line is just a line. */
const SINGLE_LABEL_REACH = 10;

function isHeaderBlock(block: readonly Candidate[], rank: ReadonlyMap<number, number>): boolean {
  const strong = block.filter((c) => c.strong).length;
  const keys = new Set(block.map((c) => c.spec.key)).size;
  const first = block[0];
  const lone = first !== undefined && first.strong && ["from", "to", "title"].includes(first.spec.key) && (rank.get(first.index) ?? 99) < SINGLE_LABEL_REACH;
  return strong >= 2 || (strong >= 1 && keys >= 2) || keys >= 3 || lone;
}
