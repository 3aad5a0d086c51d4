/**
 * IETF Datatracker liaison pages saved as text (https://datatracker.ietf.org/liaison/<n>/):
 * labelled fields ("From Group:", "To Group:", "Purpose:", "Submitted Date:") then "Body:".
 * Copied from the browser, the labels lose their colon and are separated from the value by a
 * tab; both shapes are read.
 */

import type { Contact, ParsedDocument, Recipient } from "./parsed-document.js";
import { parseContactList } from "./contacts.js";
import {
  fieldRecord,
  fieldsWithKey,
  fieldText,
  isPlaceholder,
  parseHeaderFields,
  scanHeaderFields,
  type HeaderField,
  type LabelSpec,
} from "./header-fields.js";
import { normalizeBody } from "./normalize-body.js";
import { parseDate } from "./parse-date.js";
import type { ReaderOptions } from "./reader-options.js";
import { roleFromPurpose, uniqueRecipients } from "./recipients.js";
import { splitNames } from "./split-names.js";

const LABELS: readonly LabelSpec[] = [
  { key: "title", labels: ["Title", "Subject"] },
  { key: "state", labels: ["State"] },
  { key: "posted", labels: ["Posted Date", "Posted"] },
  { key: "submitted", labels: ["Submitted Date", "Submitted", "Submission Date"] },
  { key: "fromGroup", labels: ["From Group", "From Groups", "From"] },
  { key: "fromContact", labels: ["From Contact", "From Contacts"] },
  { key: "toGroup", labels: ["To Group", "To Groups", "To"] },
  { key: "toContacts", labels: ["To Contacts", "To Contact"] },
  { key: "cc", labels: ["Cc", "Cc Contacts"] },
  { key: "responseContact", labels: ["Response Contact", "Response Contacts"] },
  { key: "technicalContact", labels: ["Technical Contact", "Technical Contacts"] },
  { key: "actionHolders", labels: ["Action Holder Contacts", "Action Holders"] },
  { key: "purpose", labels: ["Purpose"] },
  { key: "deadline", labels: ["Deadline"] },
  { key: "attachments", labels: ["Attachments", "Attachment"], multiline: true },
  { key: "referredBy", labels: ["Liaisons referred by this one", "In response to"], multiline: true },
  { key: "referring", labels: ["Liaisons referring to this one"], multiline: true },
];

const CONTACT_ROLES: readonly (readonly [key: string, role: string])[] = [
  ["fromContact", "From Contact"],
  ["toContacts", "To Contact"],
  ["responseContact", "Response Contact"],
  ["technicalContact", "Technical Contact"],
  ["actionHolders", "Action Holder"],
];

const BODY = /^\s*Body\s*(?::|\t|$)\s*(.*)$/i;
const LIAISON_URL = /https?:\/\/datatracker\.ietf\.org\/liaison\/(\d+)\/?/i;

export function readIetfDatatracker(file: string, text: string, options: ReaderOptions = {}): ParsedDocument {
  const lines = text.split("\n");
  const bodyAt = lines.findIndex((line) => BODY.test(line));
  let fields: readonly HeaderField[];
  let bodyText: string;
  if (bodyAt >= 0) {
    fields = scanHeaderFields(lines, { labels: LABELS, colonOptional: true, end: bodyAt });
    bodyText = [BODY.exec(lines[bodyAt] ?? "")?.[1] ?? "", ...lines.slice(bodyAt + 1)].join("\n");
  } else {
    const firstField = fieldStart(lines);
    const header = parseHeaderFields(lines, { labels: LABELS, colonOptional: true, start: firstField });
    fields = header.fields;
    bodyText = lines.slice(header.end).join("\n");
  }

  const link = LIAISON_URL.exec(text);
  const title = fieldText(fields, "title") ?? unlabelledTitle(lines, fields);
  const date = parseDate(fieldText(fields, "posted")) ?? parseDate(fieldText(fields, "submitted"));
  const deadlineText = fieldText(fields, "deadline");
  const deadline = deadlineText && !isPlaceholder(deadlineText) ? (parseDate(deadlineText) ?? deadlineText) : undefined;
  const cc = valuesOf(fields, "cc");

  return {
    file,
    format: "ietf-datatracker",
    ...(link ? { id: `ietf-liaison-${link[1]}`, url: `https://datatracker.ietf.org/liaison/${link[1]}/` } : {}),
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    senders: splitNames(valuesOf(fields, "fromGroup")),
    recipients: recipients(fields, cc),
    questions: [],
    contacts: contacts(fields, cc),
    ...(deadline ? { deadline } : {}),
    body: normalizeBody(bodyText, options.lineMode),
    fields: fieldRecord(fields),
    relatedDocuments: relatedDocuments(fields),
  };
}

function recipients(fields: readonly HeaderField[], cc: string): Recipient[] {
  // Without a purpose the page does not say what is asked; "information" claims the least.
  const role = roleFromPurpose(fieldText(fields, "purpose")) ?? "INFORMATION";
  return uniqueRecipients([
    ...splitNames(valuesOf(fields, "toGroup")).map((name) => ({ name, role })),
    // Cc lists mostly mail addresses, which are people or lists (contacts), not bodies.
    ...splitNames(cc)
      .filter((name) => !name.includes("@"))
      .map((name) => ({ name, role: "CC" as const })),
  ]);
}

function contacts(fields: readonly HeaderField[], cc: string): Contact[] {
  const found = CONTACT_ROLES.flatMap(([key, role]) => parseContactList(valuesOf(fields, key), role));
  const copied = parseContactList(cc, "Cc").filter((contact) => contact.email !== undefined);
  return [...found, ...copied];
}

/** The liaisons this one refers or replies to; those referring to it are the other direction. */
function relatedDocuments(fields: readonly HeaderField[]): string[] {
  const titles = fieldsWithKey(fields, "referredBy")
    .flatMap((field) => field.lines)
    .map((line) => line.replace(/^[-*\u2022]\s*/, "").trim())
    .filter((line) => line && !isPlaceholder(line));
  return [...new Set(titles)];
}

function valuesOf(fields: readonly HeaderField[], key: string): string {
  return fieldsWithKey(fields, key)
    .flatMap((field) => field.lines)
    .join("\n");
}

/** A saved page shows the title as a heading under "Liaison statement", without a label. */
function unlabelledTitle(lines: readonly string[], fields: readonly HeaderField[]): string | undefined {
  const firstField = Math.min(...fields.map((field) => field.start), lines.length);
  return lines
    .slice(0, firstField)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .find((line) => line && !/^liaison statement$/i.test(line) && !/^https?:\/\//i.test(line) && line.length <= 250);
}

function fieldStart(lines: readonly string[]): number {
  const index = lines.findIndex((line) => parseHeaderFields([line], { labels: LABELS, colonOptional: true }).fields.length > 0);
  return Math.max(index, 0);
}
