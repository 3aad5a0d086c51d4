/**
 * Free-text liaisons: mail-like text with "From:" / "To:" / "Subject:" lines, Markdown notes, and
 * Word documents that do not follow the ITU template. Whatever the shape, the later extraction
 * needs a sender, so a document naming none is rejected here with a reason.
 */

import type { Contact, DocumentFormat, ParsedDocument, Recipient } from "./parsed-document.js";
import { parseContactBlock, parseContactList } from "./contacts.js";
import { DocumentError } from "./document-error.js";
import {
  fieldRecord,
  fieldsWithKey,
  fieldText,
  isPlaceholder,
  parseHeaderFields,
  type HeaderField,
  type LabelSpec,
} from "./header-fields.js";
import { dropTrailingRules, normalizeBody } from "./normalize-body.js";
import { parseDate } from "./parse-date.js";
import { readQuestionCell } from "./questions.js";
import type { ReaderOptions } from "./reader-options.js";
import { recipientsFrom, roleFromPurpose, uniqueRecipients } from "./recipients.js";
import { senderFromSentence } from "./sender-sentence.js";
import { splitNames } from "./split-names.js";

const LABELS: readonly LabelSpec[] = [
  { key: "from", labels: ["From", "Source", "Sender", "Sent by"] },
  { key: "to", labels: ["To", "Addressee", "Addressees", "Recipients"] },
  { key: "forAction", labels: ["For action to", "For action"] },
  { key: "forComment", labels: ["For comment to", "For comment", "For comments to"] },
  { key: "forInformation", labels: ["For information to", "For information", "For info to"] },
  { key: "cc", labels: ["Cc", "Copy to", "Copies to"] },
  { key: "title", labels: ["Title", "Subject", "Re"] },
  { key: "date", labels: ["Date", "Sent", "Posted", "Approval", "Approved"] },
  { key: "deadline", labels: ["Deadline", "Reply by"] },
  { key: "purpose", labels: ["Purpose"] },
  { key: "questions", labels: ["Question(s)", "Questions", "Question"] },
  { key: "contact", labels: ["Contact", "Contacts", "Contact person"] },
  { key: "inReplyTo", labels: ["In reply to", "Reply to", "In response to", "Response to"] },
  { key: "abstract", labels: ["Abstract", "Summary"], multiline: true },
];

const SUBLABELS = ["Tel", "Tel.", "Telephone", "Phone", "Mobile", "Fax", "E-mail", "Email"];
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const TITLE_LINE = /^(?:reply\s+|response\s+)?(?:LS|liaison statement)\b/i;

export interface PlainTextOptions extends ReaderOptions {
  readonly format?: Extract<DocumentFormat, "plain-text" | "markdown" | "docx">;
  /** The document's first heading, when its source marked one (Markdown). */
  readonly heading?: string;
}

export function readPlainText(file: string, text: string, options: PlainTextOptions = {}): ParsedDocument {
  const lines = text.split("\n");
  let start = lines.findIndex((line) => line.trim().length > 0);
  let title: string | undefined;
  const first = (lines[start] ?? "").replace(/\s+/g, " ").trim();
  if (first && (first === options.heading || (TITLE_LINE.test(first) && !/:/.test(first.slice(0, 20))))) {
    title = first;
    start += 1;
  }
  const header = parseHeaderFields(lines, { labels: LABELS, sublabels: SUBLABELS, start: Math.max(start, 0) });
  const { fields } = header;
  const headerUsed = header.fields.length > 0;
  const bodyLines = lines.slice(headerUsed ? header.end : Math.max(start, 0));
  const body = normalizeBody(dropTrailingRules(bodyLines.join("\n")), options.lineMode);

  title = fieldText(fields, "title") ?? title ?? options.heading;
  const senders = findSenders(fields, body);
  if (senders.length === 0) {
    throw new DocumentError(
      file,
      "NO_SENDER",
      'no sender found (expected a "From:", "Source:" or "Sender:" line, or an opening sentence such as "ITU-T SG 13 informs ...")',
    );
  }
  const date = parseDate(fieldText(fields, "date"));
  const deadlineText = fieldText(fields, "deadline");
  const deadline = deadlineText && !isPlaceholder(deadlineText) ? (parseDate(deadlineText) ?? deadlineText) : undefined;
  const abstract = fieldText(fields, "abstract");

  return {
    file,
    format: options.format ?? "plain-text",
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    senders,
    recipients: recipients(fields),
    questions: [...new Set(fieldsWithKey(fields, "questions").flatMap((field) => field.lines.flatMap((line) => readQuestionCell(line).questions)))],
    contacts: contacts(fields),
    ...(deadline ? { deadline } : {}),
    ...(abstract ? { abstract } : {}),
    body,
    fields: fieldRecord(fields),
    relatedDocuments: [
      ...new Set(fieldsWithKey(fields, "inReplyTo").flatMap((field) => field.lines.flatMap((line) => splitNames(line)))),
    ],
  };
}

/**
 * A "From:" naming a person by address ("Alice Example <alice@example.org>") is a contact, not
 * the sending body; the opening sentence may still name the body.
 */
function findSenders(fields: readonly HeaderField[], body: string): string[] {
  const written = fieldsWithKey(fields, "from")
    .flatMap((field) => field.lines)
    .filter((line) => !EMAIL.test(line))
    .flatMap((line) => splitNames(line, { commas: false }));
  if (written.length > 0) return [...new Set(written)];
  const sentence = senderFromSentence(body);
  return sentence ? [sentence] : [];
}

function recipients(fields: readonly HeaderField[]): Recipient[] {
  const values = (key: string): string =>
    fieldsWithKey(fields, key)
      .flatMap((field) => field.lines)
      .join("\n");
  // A bare "To:" says nothing of the purpose unless a Purpose line does; "information" claims least.
  const toRole = roleFromPurpose(fieldText(fields, "purpose")) ?? "INFORMATION";
  return uniqueRecipients([
    ...recipientsFrom(values("forAction"), "ACTION"),
    ...recipientsFrom(values("forComment"), "COMMENT"),
    ...recipientsFrom(values("forInformation"), "INFORMATION"),
    ...recipientsFrom(values("to"), toRole),
    ...recipientsFrom(values("cc"), "CC").filter((recipient) => !EMAIL.test(recipient.name)),
  ]);
}

function contacts(fields: readonly HeaderField[]): Contact[] {
  const fromPeople = fieldsWithKey(fields, "from")
    .flatMap((field) => field.lines)
    .filter((line) => EMAIL.test(line))
    .flatMap((line) => parseContactList(line, "From"));
  const listed = fieldsWithKey(fields, "contact").flatMap((field) => {
    const valueLines = field.lines.filter((line) => line.trim());
    // "Name <mail>, Name <mail>" lists several people; a multi-line block describes one.
    const isList = valueLines.length === 1 || valueLines.every((line) => EMAIL.test(line) && !/^(?:e-?mail|tel|fax)\b/i.test(line));
    if (isList) return parseContactList(valueLines.join("\n"), "Contact");
    const block = parseContactBlock(valueLines, "Contact");
    return block ? [block] : [];
  });
  const copied = fieldsWithKey(fields, "cc")
    .flatMap((field) => field.lines)
    .filter((line) => EMAIL.test(line))
    .flatMap((line) => parseContactList(line, "Cc"))
    .filter((contact) => contact.email !== undefined);
  return [...fromPeople, ...listed, ...copied];
}
