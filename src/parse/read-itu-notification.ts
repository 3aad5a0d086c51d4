/**
 * The mail ITU sends when a liaison statement is registered: "A new liaison statement has been
 * received from SG17.", the handle link of the original .docx, "Abstract:", then the statement's
 * text. The link is the only place the statement's identity and study period are written.
 */

import type { ParsedDocument, Recipient } from "./parsed-document.js";
import { fieldRecord, fieldText, scanHeaderFields, type HeaderField, type LabelSpec } from "./header-fields.js";
import { findItuHandle } from "./itu-handle.js";
import { dropTrailingRules, normalizeBody } from "./normalize-body.js";
import { parseDate } from "./parse-date.js";
import type { ReaderOptions } from "./reader-options.js";
import { recipientsFrom, uniqueRecipients } from "./recipients.js";

const RECEIVED_FROM = /\bnew liaison statement has been received from\s+(.+?)\s*$/im;
const ABSTRACT = /^\s*(?:Abstract|Summary)\s*:\s*(.*)$/i;

/** Labelled lines a notification may carry before its abstract. */
const LABELS: readonly LabelSpec[] = [
  { key: "title", labels: ["Title", "Subject"] },
  { key: "date", labels: ["Date", "Posted", "Received"] },
  { key: "deadline", labels: ["Deadline"] },
  { key: "forAction", labels: ["For action to", "Action"] },
  { key: "forComment", labels: ["For comment to", "Comment"] },
  { key: "forInformation", labels: ["For information to", "Information"] },
];

export function readItuNotification(file: string, text: string, options: ReaderOptions = {}): ParsedDocument {
  const lines = text.split("\n");
  const handle = findItuHandle(text);
  const abstractAt = lines.findIndex((line) => ABSTRACT.test(line));
  const abstract = abstractAt >= 0 ? readAbstract(lines, abstractAt, options) : undefined;

  const headerEnd = abstractAt >= 0 ? abstractAt : preambleEnd(lines);
  const fields = scanHeaderFields(lines, { labels: LABELS, end: headerEnd });
  const bodyStart = abstract ? abstract.end : headerEnd;
  // The notification carries the Word document's text: one paragraph per line, however short.
  const body = normalizeBody(dropTrailingRules(lines.slice(bodyStart).join("\n")), options.lineMode ?? "paragraph-per-line");

  const record = fieldRecord(fields);
  if (abstract) record[abstract.label] = abstract.text;
  const title = fieldText(fields, "title");
  const date = parseDate(fieldText(fields, "date"));
  const deadline = fieldText(fields, "deadline");

  return {
    file,
    format: "itu-notification",
    ...(handle ? { id: handle.name, url: handle.url } : {}),
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    ...(handle?.studyPeriod ? { studyPeriod: handle.studyPeriod } : {}),
    senders: senders(text, handle),
    recipients: recipients(fields),
    questions: [],
    contacts: [],
    ...(deadline ? { deadline: parseDate(deadline) ?? deadline } : {}),
    ...(abstract?.text ? { abstract: abstract.text } : {}),
    body,
    fields: record,
    relatedDocuments: [],
  };
}

function senders(text: string, handle: ReturnType<typeof findItuHandle>): string[] {
  const written = RECEIVED_FROM.exec(text)?.[1]?.replace(/[.\s]+$/, "").trim();
  if (written) return [written];
  // An outgoing handle is registered by its sender; an incoming one by its recipient.
  if (handle?.direction === "outgoing") return [handle.group.toUpperCase()];
  return [];
}

function recipients(fields: readonly HeaderField[]): Recipient[] {
  return uniqueRecipients([
    ...recipientsFrom(fieldText(fields, "forAction"), "ACTION"),
    ...recipientsFrom(fieldText(fields, "forComment"), "COMMENT"),
    ...recipientsFrom(fieldText(fields, "forInformation"), "INFORMATION"),
  ]);
}

/**
 * The abstract runs from its label to the first blank line; in Word text, where every paragraph
 * is a line, it is the one paragraph after the label.
 */
function readAbstract(
  lines: readonly string[],
  at: number,
  options: ReaderOptions,
): { label: string; text: string; end: number } {
  const match = ABSTRACT.exec(lines[at] ?? "");
  const label = (lines[at] ?? "").trim().split(/\s*:/)[0] ?? "Abstract";
  const parts: string[] = [];
  const inline = match?.[1]?.trim();
  if (inline) parts.push(inline);
  let index = at + 1;
  if (parts.length === 0) while (index < lines.length && !(lines[index] ?? "").trim()) index += 1;
  const oneParagraph = options.lineMode === "paragraph-per-line";
  for (; index < lines.length; index += 1) {
    const line = (lines[index] ?? "").trim();
    if (!line || (oneParagraph && parts.length > 0)) break;
    parts.push(line);
  }
  return { label, text: parts.join(" ").replace(/\s+/g, " ").trim(), end: index };
}

/** Without an abstract, the text starts after the announcement and link lines. */
function preambleEnd(lines: readonly string[]): number {
  const link = lines.findIndex((line) => findItuHandle(line) !== undefined);
  const announcement = lines.findIndex((line) => RECEIVED_FROM.test(line));
  return Math.max(link, announcement) + 1;
}
