/**
 * The ITU-T liaison statement template as text (from Word or pasted): a title block
 * (INTERNATIONAL TELECOMMUNICATION UNION, STUDY PERIOD 2017-2020, SG17-LS14), a table of
 * labelled fields (Question(s), Source, Title, For action to, Approval, Deadline, Contact) and the
 * statement's text. The table arrives as tab-separated cells or one cell per line.
 */

import type { Contact, ParsedDocument, Recipient } from "./parsed-document.js";
import { parseContactBlock } from "./contacts.js";
import {
  fieldRecord,
  fieldsWithKey,
  fieldText,
  isPlaceholder,
  parseHeaderFields,
  splitCells,
  type HeaderField,
  type LabelSpec,
} from "./header-fields.js";
import { findItuHandle, handleNameFromLsNumber } from "./itu-handle.js";
import { dropTrailingRules, normalizeBody } from "./normalize-body.js";
import { parseDate } from "./parse-date.js";
import { readQuestionCell } from "./questions.js";
import type { ReaderOptions } from "./reader-options.js";
import { recipientsFrom, uniqueRecipients } from "./recipients.js";
import { splitNames } from "./split-names.js";
import { studyPeriodFromText } from "./study-period.js";

const LABELS: readonly LabelSpec[] = [
  { key: "questions", labels: ["Question(s)", "Questions", "Question"] },
  { key: "meeting", labels: ["Meeting, date", "Meeting date", "Meeting", "Place/Date", "Place and date", "Place, date", "Date"] },
  { key: "studyGroup", labels: ["Study Group"] },
  { key: "workingParty", labels: ["Working Party"] },
  { key: "documentType", labels: ["Intended type of document (R-C-TD)", "Intended type of document"] },
  { key: "original", labels: ["Original"] },
  { key: "reference", labels: ["Ref", "Reference"] },
  { key: "source", labels: ["Source"] },
  { key: "title", labels: ["Title"] },
  { key: "forAction", labels: ["For action to", "For action"] },
  { key: "forComment", labels: ["For comment to", "For comment", "For comments to"] },
  { key: "forInformation", labels: ["For information to", "For information", "For info to"] },
  { key: "approval", labels: ["Approval", "Approved", "Approved at", "Agreed at"] },
  { key: "deadline", labels: ["Deadline", "Deadline for reply", "Reply deadline"] },
  { key: "contact", labels: ["Contact", "Contacts", "Contact person"] },
  { key: "keywords", labels: ["Keywords"] },
  { key: "abstract", labels: ["Abstract", "Summary"], multiline: true },
  { key: "inReplyTo", labels: ["In reply to", "Reply to", "In response to", "Response to"] },
  { key: "attachments", labels: ["Attachment(s)", "Attachments", "Attachment"], multiline: true },
];

const SUBLABELS = ["Tel", "Tel.", "Telephone", "Phone", "Mobile", "Mob", "Fax", "E-mail", "Email", "Mail"];

/** How many lines a field may wrap onto before the next line must be the text. */
const MAX_LINES: Readonly<Record<string, number>> = {
  questions: 3, meeting: 2, studyGroup: 2, workingParty: 2, source: 2, title: 3, approval: 2, deadline: 2,
  original: 1, documentType: 1, contact: 7, forAction: 8, forComment: 8, forInformation: 8,
};

const CONTACT_DETAIL = /^(?:tel|telephone|phone|mob|mobile|fax|e-?mail|mail)\b/i;
/** Starts only where a run of address characters starts, so a long run is scanned once, not once per character. */
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const LS_NUMBER = /^(?:SG\s?\d{1,2}|TSAG)\s?-\s?LS\s?\d{1,5}$/i;
/** Instructions the template itself carries; they are not the statement's text. */
const TEMPLATE_NOISE = /don['\u2019]?t change the structure of this table|just insert the necessary information|^<[^>]{0,80}>$/i;

export function readItuLsTemplate(file: string, text: string, options: ReaderOptions = {}): ParsedDocument {
  const lines = text.split("\n");
  const firstField = lines.findIndex((line) => LABEL_START.test(line));
  const header = parseHeaderFields(lines, {
    labels: LABELS,
    sublabels: SUBLABELS,
    start: Math.max(firstField, 0),
    isMarker,
    continues,
  });
  const { fields } = header;
  const preamble = lines.slice(0, Math.max(firstField, 0));
  const headerText = lines.slice(0, header.end).join("\n");

  const handle = findItuHandle(text);
  const studyPeriod = handle?.studyPeriod ?? studyPeriodFromText(/STUDY PERIOD[^\n]*/i.exec(headerText)?.[0] ?? "");
  const lsNumber = findLsNumber(lines.slice(0, header.end));
  const id = handle?.name ?? (lsNumber ? (handleNameFromLsNumber(lsNumber, studyPeriod) ?? lsNumber) : undefined);
  const { questions, meetingCells } = readQuestions(fields);
  const title = fieldText(fields, "title");
  const date = firstDate([
    fieldText(fields, "approval"),
    fieldText(fields, "meeting"),
    ...meetingCells,
    ...preamble,
  ]);
  const deadlineText = fieldText(fields, "deadline");
  const deadline = deadlineText && !isPlaceholder(deadlineText) ? (parseDate(deadlineText) ?? deadlineText) : undefined;
  const abstract = fieldText(fields, "abstract");

  const bodyLines = lines.slice(header.end).filter((line) => !TEMPLATE_NOISE.test(line.trim()));
  return {
    file,
    format: "itu-ls-template",
    ...(id ? { id } : {}),
    ...(handle ? { url: handle.url } : {}),
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    ...(studyPeriod ? { studyPeriod } : {}),
    senders: senders(fields, lsNumber),
    recipients: recipients(fields),
    questions,
    contacts: contacts(fields),
    ...(deadline ? { deadline } : {}),
    ...(abstract ? { abstract } : {}),
    body: normalizeBody(dropTrailingRules(bodyLines.join("\n")), options.lineMode),
    fields: fieldRecord(fields),
    relatedDocuments: relatedDocuments(fields, title),
  };
}

const LABEL_START = new RegExp(
  `^\\s*(?:${LABELS.flatMap((spec) => spec.labels)
    .map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|")})\\.?\\s*:`,
  "i",
);

/**
 * Title-block lines that may sit between fields ("LIAISON STATEMENT" between Title and For action
 * to). Kept to known phrases: a value on its own line is often all capitals too ("TSAG").
 */
const MARKERS: readonly RegExp[] = [
  /^LIAISON STATEMENT$/i,
  /^(?:INTERNATIONAL TELECOMMUNICATION UNION|TELECOMMUNICATION|STANDARDIZATION SECTOR)$/i,
  /^TELECOMMUNICATION STANDARDIZATION (?:SECTOR|ADVISORY GROUP)$/i,
  /^STUDY PERIOD\b.*$/i,
  /^STUDY GROUP \d{1,2}$/i,
  /^English only$/i,
  LS_NUMBER,
  /^TD\s*\d+\b.*$/i,
  /^COM\s*\d{1,2}\s*[-\u2013]\s*(?:LS|R|C)\s*\d+\b.*$/i,
  TEMPLATE_NOISE,
];

function isMarker(line: string): boolean {
  const cells = splitCells(line);
  return cells.length > 0 && cells.every((cell) => MARKERS.some((marker) => marker.test(cell)));
}

function continues(field: HeaderField, line: string): boolean {
  if (field.lines.length >= (MAX_LINES[field.key] ?? 20)) return false;
  if (field.key !== "contact") return true;
  if (CONTACT_DETAIL.test(line)) return true;
  // After the address come the text or the next contact, never more of this one.
  return !field.lines.some((value) => EMAIL.test(value));
}

function findLsNumber(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    for (const cell of splitCells(line)) if (LS_NUMBER.test(cell)) return cell;
  }
  return undefined;
}

/** "Question(s): 14/17, 6/17 <tab> Geneva, 20-29 March 2017": questions, and the meeting in the same row. */
function readQuestions(fields: readonly HeaderField[]): { questions: string[]; meetingCells: string[] } {
  const questions: string[] = [];
  const meetingCells: string[] = [];
  for (const cell of fieldsWithKey(fields, "questions").flatMap((field) => field.lines)) {
    const read = readQuestionCell(cell);
    questions.push(...read.questions);
    if (read.rest && !isPlaceholder(read.rest)) meetingCells.push(read.rest);
  }
  return { questions: [...new Set(questions)], meetingCells };
}

/** The sender as the Source line writes it, else whatever else names the group that agreed the LS. */
function senders(fields: readonly HeaderField[], lsNumber: string | undefined): string[] {
  const source = fieldText(fields, "source");
  if (source) {
    const names = splitNames(source, { commas: false });
    if (names.length > 0) return names;
  }
  if (lsNumber) return [lsNumber.replace(/\s*-\s*LS.*$/i, "").trim()];
  const approval = fieldText(fields, "approval");
  const agreedBy = approval && /\b(?:ITU-T\s+)?(?:SG\s?\d{1,2}|TSAG|Study Group \d{1,2}|WP\s?\d{1,2}\/\d{1,2})\b/i.exec(approval);
  if (agreedBy) return [agreedBy[0]];
  const studyGroup = fieldText(fields, "studyGroup");
  if (studyGroup && !isPlaceholder(studyGroup)) return [/^\d+$/.test(studyGroup) ? `Study Group ${studyGroup}` : studyGroup];
  return [];
}

function recipients(fields: readonly HeaderField[]): Recipient[] {
  const value = (key: string): string | undefined =>
    fieldsWithKey(fields, key).flatMap((field) => field.lines).join("\n") || undefined;
  return uniqueRecipients([
    ...recipientsFrom(value("forAction"), "ACTION"),
    ...recipientsFrom(value("forComment"), "COMMENT"),
    ...recipientsFrom(value("forInformation"), "INFORMATION"),
  ]);
}

function contacts(fields: readonly HeaderField[]): Contact[] {
  return fieldsWithKey(fields, "contact")
    .map((field) => parseContactBlock(field.lines, "Contact"))
    .filter((contact): contact is Contact => contact !== undefined);
}

function relatedDocuments(fields: readonly HeaderField[], title: string | undefined): string[] {
  const written = fieldsWithKey(fields, "inReplyTo").flatMap((field) => field.lines.flatMap((line) => splitNames(line)));
  // A reply's title names the LS it answers: "Reply LS on X (SG13-LS 45)".
  const fromTitle =
    title && /\b(?:reply|response)\b/i.test(title)
      ? [...title.matchAll(/\b(?:[A-Z]{2,5}\s?\d{0,2})\s?-\s?LS\s?\d{1,5}\b/g)].map((match) => match[0])
      : [];
  return [...new Set([...written, ...fromTitle])];
}

function firstDate(candidates: readonly (string | undefined)[]): string | undefined {
  for (const candidate of candidates) {
    const date = parseDate(candidate);
    if (date) return date;
  }
  return undefined;
}
