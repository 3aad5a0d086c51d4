/**
 * Labelled header fields ("Source:", "For information to:") as the ITU template, IETF pages and
 * mail-like plain text write them. Values may sit on the label's line or on the next lines, may
 * wrap, and table rows copied as text put several label/value cells on one line separated by tabs
 * ("Question(s):\t14/17\tMeeting, date:\tGeneva, 20-29 March 2017"); all of those are one model
 * here: a field is a label plus value lines, one per line or cell.
 */

export interface LabelSpec {
  /** The key readers look the field up by. */
  readonly key: string;
  /** Spellings of the label without the colon; compared case-insensitively, whitespace collapsed. */
  readonly labels: readonly string[];
  /**
   * Every line up to a blank line or the next label belongs to the field, prose included: running
   * text (an abstract) or a list of titles (attachments, related liaisons). Other fields end at
   * the first line that reads like a sentence, since that is where the text begins.
   */
  readonly multiline?: boolean;
}

export interface HeaderField {
  readonly key: string;
  /** The label as written, whitespace collapsed, without the colon. */
  readonly label: string;
  /** Value lines (or table cells), trimmed, whitespace collapsed; empty when no value is written. */
  readonly lines: readonly string[];
  /** Index of the line holding the label. */
  readonly start: number;
}

export interface HeaderOptions {
  readonly labels: readonly LabelSpec[];
  /** Labels that continue the current field on a new value line ("Tel.", "E-mail" in a contact). */
  readonly sublabels?: readonly string[];
  /** Header lines that belong to no field ("LIAISON STATEMENT"); they close the current field. */
  readonly isMarker?: (line: string) => boolean;
  /** A reader's own say on whether `line` continues `field`, once the generic rules allowed it. */
  readonly continues?: (field: HeaderField, line: string) => boolean;
  /** Accept a label without colon when a tab separates it from its value (web tables as text). */
  readonly colonOptional?: boolean;
  readonly start?: number;
  readonly end?: number;
}

export interface HeaderParse {
  readonly fields: readonly HeaderField[];
  /** Index of the first line that is not part of the header: where the body starts. */
  readonly end: number;
}

interface OpenField {
  key: string;
  label: string;
  lines: string[];
  start: number;
  multiline: boolean;
}

interface LabelMatch {
  readonly key?: string;
  readonly label: string;
  readonly rest: string;
  readonly multiline: boolean;
  readonly sublabel: boolean;
}

/** Parses fields from `start` until the first line that is neither a field, a continuation nor a marker. */
export function parseHeaderFields(lines: readonly string[], options: HeaderOptions): HeaderParse {
  const dictionary = buildDictionary(options.labels);
  const sublabels = new Set((options.sublabels ?? []).map(normalizeLabel));
  const fields: OpenField[] = [];
  let current: OpenField | undefined;
  const end = Math.min(options.end ?? lines.length, lines.length);

  const addCells = (cells: readonly string[], index: number): void => {
    cells.forEach((cell, position) => {
      const match = matchLabel(cell, dictionary, sublabels, options.colonOptional === true, position < cells.length - 1);
      if (match?.key !== undefined && !match.sublabel) {
        current = { key: match.key, label: match.label, lines: [], start: index, multiline: match.multiline };
        fields.push(current);
        if (match.rest) current.lines.push(match.rest);
      } else if (current) {
        current.lines.push(cell);
      }
    });
  };

  let index = options.start ?? 0;
  for (; index < end; index += 1) {
    const line = (lines[index] ?? "").trim();
    if (!line) {
      // A blank line ends a value, but not a label still waiting for its value.
      if (current && current.lines.length > 0) current = undefined;
      continue;
    }
    const cells = splitCells(line);
    const first = matchLabel(cells[0] ?? "", dictionary, sublabels, options.colonOptional === true, cells.length > 1);
    if (first?.key !== undefined && !first.sublabel) {
      addCells(cells, index);
      continue;
    }
    if (options.isMarker?.(line)) {
      current = undefined;
      continue;
    }
    const indented = /^\s/.test(lines[index] ?? "");
    if (current && continuesField(current, line, first?.sublabel === true || indented, options)) {
      addCells(cells, index);
      continue;
    }
    break;
  }
  return { fields: fields.map(freeze), end: index };
}

/**
 * Every field keyed by its label as written, value lines joined by a line break; a repeated label
 * (two "Contact:" fields) keeps every value, separated by a blank line.
 */
export function fieldRecord(fields: readonly HeaderField[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (const field of fields) {
    const value = field.lines.join("\n");
    const previous = record[field.label];
    record[field.label] = previous === undefined || previous === "" ? value : value ? `${previous}\n\n${value}` : previous;
  }
  return record;
}

export function findField(fields: readonly HeaderField[], key: string): HeaderField | undefined {
  return fields.find((field) => field.key === key && field.lines.length > 0) ?? fields.find((field) => field.key === key);
}

export function fieldsWithKey(fields: readonly HeaderField[], key: string): readonly HeaderField[] {
  return fields.filter((field) => field.key === key);
}

/** The value of the first field with `key`, lines joined by a space; undefined when absent or empty. */
export function fieldText(fields: readonly HeaderField[], key: string): string | undefined {
  const value = findField(fields, key)?.lines.join(" ").trim();
  return value ? value : undefined;
}

/** Placeholders the templates leave in empty slots. */
export function isPlaceholder(value: string): boolean {
  return /^\s*(?:[-\u2013\u2014_.]+|\(?(?:none|n\/?a|nil|tbd|not applicable)\)?\.?|<[^>]*>)\s*$/i.test(value);
}

/**
 * Prose rather than a header value: many words, mostly lower-case. Lists of groups ("SG2, SG3,
 * ITU-T SG 13") are mostly capitalized, so they still wrap into the field above them.
 */
export function isSentenceLike(line: string): boolean {
  const words = line.split(/\s+/).filter((word) => /[A-Za-z]/.test(word));
  if (words.length < 6) return false;
  const lower = words.filter((word) => /^[("'\u201c]?[a-z]/.test(word)).length / words.length;
  if (words.length >= 8 && lower >= 0.5) return true;
  return /[.!?]["'\u201d)]?$/.test(line) && lower >= 0.4;
}

export function splitCells(line: string): string[] {
  return line
    .split(/\t+| {3,}/)
    .map((cell) => cell.replace(/\s+/g, " ").trim())
    .filter((cell) => cell.length > 0);
}

export function normalizeLabel(label: string): string {
  return label.replace(/\s+/g, " ").trim().replace(/[.\s]+$/, "").toLowerCase();
}

/**
 * Whether a line without a label of its own continues `field`. A sub-label ("Tel:") or an
 * indented line is laid out as part of the field above, whatever it says.
 */
function continuesField(field: OpenField, line: string, laidOutAsValue: boolean, options: HeaderOptions): boolean {
  if (!field.multiline && !laidOutAsValue && isSentenceLike(line) && !awaitsTitleLikeValue(field, line)) return false;
  return options.continues?.(freeze(field), line) ?? true;
}

/**
 * A label alone on its line takes the next line as its value even when that reads like prose
 * ("LS on the establishment of a Focus Group"), as long as it is not a finished sentence.
 */
function awaitsTitleLikeValue(field: OpenField, line: string): boolean {
  return field.lines.length === 0 && line.split(/\s+/).length <= 20 && !/[.!?]["'\u201d)]?$/.test(line);
}

function buildDictionary(specs: readonly LabelSpec[]): Map<string, LabelSpec> {
  const dictionary = new Map<string, LabelSpec>();
  for (const spec of specs) for (const label of spec.labels) dictionary.set(normalizeLabel(label), spec);
  return dictionary;
}

function matchLabel(
  cell: string,
  dictionary: ReadonlyMap<string, LabelSpec>,
  sublabels: ReadonlySet<string>,
  colonOptional: boolean,
  hasValueCell: boolean,
): LabelMatch | undefined {
  const colon = /^([^:]{1,60}?)\s*:\s*(.*)$/.exec(cell);
  if (colon) {
    const label = (colon[1] ?? "").trim();
    const normalized = normalizeLabel(label);
    // "http://..." or "mailto:x" are values, not labels.
    if (/^(?:https?|ftp|mailto|urn)$/i.test(normalized)) return undefined;
    const spec = dictionary.get(normalized);
    if (spec) return { key: spec.key, label, rest: colon[2] ?? "", multiline: spec.multiline === true, sublabel: false };
    if (sublabels.has(normalized)) return { label, rest: colon[2] ?? "", multiline: false, sublabel: true };
  }
  // Without a colon, a label needs a value cell after it, or several words ("From Group"), for a
  // lone "Title" or "State" line may as well be text.
  if (colonOptional && (hasValueCell || /\s/.test(cell.trim()))) {
    const spec = dictionary.get(normalizeLabel(cell));
    if (spec) return { key: spec.key, label: cell.trim(), rest: "", multiline: spec.multiline === true, sublabel: false };
  }
  return undefined;
}

function freeze(field: OpenField): HeaderField {
  return { key: field.key, label: field.label, lines: [...field.lines], start: field.start };
}

/**
 * Fields wherever they occur between `start` and `end`, skipping the lines that are not fields:
 * for formats where labelled lines are scattered among free text.
 */
export function scanHeaderFields(lines: readonly string[], options: HeaderOptions): HeaderField[] {
  const fields: HeaderField[] = [];
  const end = Math.min(options.end ?? lines.length, lines.length);
  for (let index = options.start ?? 0; index < end; ) {
    const parsed = parseHeaderFields(lines, { ...options, start: index, end });
    fields.push(...parsed.fields);
    index = parsed.end > index ? parsed.end : index + 1;
  }
  return fields;
}
