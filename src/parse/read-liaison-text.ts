/**
 * Liaison statements as text, whichever family wrote them: IETF Datatracker pages (with or
 * without colons), mail-like statements, 3GPP and IEEE cover pages, ISO/IEC JTC 1 cover sheets,
 * Word text that follows no template. The header is found by structure (src/parse/header); what
 * it does not say is left for the extractor to find in the text, so a document is never refused
 * here for lacking a sender.
 */
import type { Contact, DocumentFormat, ParsedDocument, Recipient, RecipientRole } from "./parsed-document.js";
import { accessFromMarking } from "../model/access-level.js";
import { parseContactList } from "./contacts.js";
import { isPlaceholder } from "./header-fields.js";
import { documentDate } from "./header/document-date.js";
import { documentNumber, repliedNumbers } from "./header/document-number.js";
import { findHeader, type Field } from "./header/find-header.js";
import type { FieldKey } from "./header/header-labels.js";
import { prepareLines } from "./header/prepare-lines.js";
import { dropTrailingRules, normalizeBody } from "./normalize-body.js";
import { parseDate } from "./parse-date.js";
import { readQuestionCell } from "./questions.js";
import type { ReaderOptions } from "./reader-options.js";
import { roleFromPurpose, uniqueRecipients, withNamedPurpose } from "./recipients.js";
import { senderFromSentence } from "./sender-sentence.js";
import { splitNames } from "./split-names.js";

export interface LiaisonTextOptions extends ReaderOptions {
  readonly format?: DocumentFormat;
  /** The document's first heading, when its source marked one (Markdown). */
  readonly heading?: string;
}

const LIAISON_URL = /https?:\/\/(?:datatracker|sandbox)\.ietf\.org\/liaison\/(\d+)\/?/i;
// The lookbehind starts a match only where an address can start, so a long run of address
// characters without "@" is scanned once, not once from each of its characters.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const TITLE_WORDS = /^(?:(?:reply|response|new|draft|outgoing|incoming)\s+)?(?:LS|liaison|reply|response)\b|^LS\s*[/(]|\bliaison\s+(?:statement|letter|report)\s+(?:on|to|from|about|regarding)\b/i;
const MARKER = /^(?:liaison\s+statement|liaison\s+letter|LIAISON STATEMENT)$/i;

export function readLiaisonText(file: string, text: string, options: LiaisonTextOptions = {}): ParsedDocument {
  const lines = prepareLines(text);
  const header = findHeader(lines);
  const own = header.fields;
  // A mail wrapping a letter: the letter's own header, further down, says who it is addressed to.
  const addressed = own.some((f) => RECIPIENT_KEYS.includes(f.key));
  const fields = addressed ? own : [...own, ...header.later.filter((f) => f.key !== "body")];
  const loose = addressed ? header.loose : [...header.loose, ...header.laterLoose];
  const bodyText = dropTrailingRules(lines.slice(header.bodyStart).join("\n"));
  const body = normalizeBody(bodyText, options.lineMode);

  const evidence: Record<string, string> = {};
  // A From naming a person by address ("Alice Example <alice@example.org>") is a contact.
  const written = namesOf(fields, "from", evidence, { commas: !fields.some((f) => f.key === "from" && /^source$/i.test(f.label)) }).filter(
    (name) => !EMAIL.test(name),
  );
  // Without a sender line, the opening sentence may name one ("ITU-T SG 20 informs ..."); the
  // extractor checks it names a body, and has fallbacks of its own.
  const opening = written.length === 0 ? senderFromSentence(body) : undefined;
  const senders = opening ? [opening] : written;
  const contacts = contactsOf(fields);
  const link = LIAISON_URL.exec(text);
  const title = firstValue(fields, "title") ?? labelColumnValue(fields) ?? looseTitle(header.loose) ?? options.heading;
  const date = documentDate(
    // The Datatracker's posting date is the statement's publication; it wins over a submission date.
    // Then any date field, the approval (the end of the meeting), and only then the meeting itself.
    [
      ...valuesOf(fields.filter((f) => /^posted/i.test(f.label)), ["date"]),
      ...valuesOf(fields, ["date"]),
      ...valuesOf(fields, ["approval"]),
      ...valuesOf(fields, ["meeting"]),
    ],
    // Only the very start of the text: further on, dates are of meetings and events it mentions.
    [...header.loose, ...fields.flatMap((f) => f.lines.map((l) => l.raw)), title ?? "", body.slice(0, 300)],
  );
  const deadlineText = firstValue(fields, "deadline");
  const deadline = deadlineText && !isPlaceholder(deadlineText) ? (parseDate(deadlineText) ?? deadlineText) : undefined;
  const abstract = firstValue(fields, "abstract");
  const access = accessFromMarking(firstValue(fields, "access"));
  const number = link ? `ietf-liaison-${link[1]}` : documentNumber([...valuesOf(fields, ["documentNumber"]), ...header.loose]);

  return {
    file,
    format: options.format ?? (isDatatracker(fields) ? "ietf-datatracker" : "plain-text"),
    ...(number ? { id: number } : {}),
    ...(link ? { url: `https://datatracker.ietf.org/liaison/${link[1]}/` } : {}),
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    senders,
    recipients: recipientsOf(fields, evidence),
    questions: [...new Set(valuesOf(fields, ["questions"]).flatMap((v) => readQuestionCell(v).questions))],
    contacts,
    ...(deadline ? { deadline } : {}),
    ...(abstract ? { abstract } : {}),
    ...(access ? { access } : {}),
    body,
    fields: fieldRecord(fields),
    relatedDocuments: [
      ...new Set([...valuesOf(fields, ["related"]).filter((v) => !isPlaceholder(v)), ...repliedNumbers([...valuesOf(fields, ["documentNumber"]), ...header.loose])]),
    ],
    looseLines: loose.filter((line) => line !== title),
    evidence,
  };
}

const RECIPIENT_KEYS: readonly FieldKey[] = ["to", "forAction", "forComment", "forInformation", "cc", "distribution"];

function recipientsOf(fields: readonly Field[], evidence: Record<string, string>): Recipient[] {
  // Without a purpose the header does not say what is asked; "information" claims the least.
  const purpose = firstValue(fields, "purpose");
  const toRole = roleFromPurpose(purpose) ?? "INFORMATION";
  const roles: ReadonlyArray<readonly [FieldKey, RecipientRole]> = [
    ["forAction", "ACTION"], ["forComment", "COMMENT"], ["forInformation", "INFORMATION"], ["to", toRole], ["cc", "CC"],
  ];
  const recipients: Recipient[] = roles.flatMap(([key, role]) => namesOf(fields, key, evidence).map((name) => withNamedPurpose(name, role, evidence)));
  // "Action: For consideration by JTC1/SC2/WG2": the purpose names the addressee.
  const by = purpose ? /\b(?:by|to)\s+(?:the\s+)?([A-Z].{1,80})$/.exec(purpose)?.[1] : undefined;
  if (by) {
    evidence[by] ??= fields.find((f) => f.key === "purpose")?.lines[0]?.raw ?? by;
    recipients.push({ name: by, role: roleFromPurpose(purpose) ?? "ACTION" });
  }
  // A distribution list names members of a committee (the addressee) and offices to copy.
  for (const name of namesOf(fields, "distribution", evidence)) {
    const members = /\bmembers\s+of\s+(.+)$/i.exec(name)?.[1];
    if (members) evidence[members] = evidence[name] ?? name;
    recipients.push(members ? { name: members, role: "INFORMATION" } : { name, role: "CC" });
  }
  return uniqueRecipients(recipients);
}

/** Names in the fields with `key`, split into entries, each remembering the line it stands on. */
function namesOf(fields: readonly Field[], key: FieldKey, evidence: Record<string, string>, options = { commas: true }): string[] {
  const names: string[] = [];
  for (const field of fields) {
    if (field.key !== key) continue;
    for (const line of field.lines) {
      // A bare address is a person or a list, never a body.
      for (const name of splitNames(line.value, options).filter((n) => !/^\S+@\S+$/.test(n))) {
        evidence[name] ??= line.raw;
        names.push(name);
      }
    }
  }
  return [...new Set(names)];
}

const CONTACT_KEYS: readonly FieldKey[] = ["contact", "toContacts", "from", "cc"];

function contactsOf(fields: readonly Field[]): Contact[] {
  return fields
    .filter((f) => CONTACT_KEYS.includes(f.key))
    .flatMap((f) => {
      const role = f.label.replace(/\s+/g, " ").replace(/(Contact)s$/i, "$1");
      // From and Cc lines name bodies too; only entries with an address are people for sure.
      const addressOnly = f.key === "from" || f.key === "cc";
      const lines = addressOnly ? f.lines.filter((l) => EMAIL.test(l.value)) : f.lines;
      const found = parseContactList(lines.map((l) => l.value).join("\n"), role);
      return addressOnly ? found.filter((contact) => contact.email !== undefined) : found;
    })
    .filter((contact) => contact.email !== undefined || (contact.name !== undefined && contact.name.length > 1));
}

function valuesOf(fields: readonly Field[], keys: readonly FieldKey[]): string[] {
  return fields.filter((f) => keys.includes(f.key)).flatMap((f) => f.lines.map((l) => l.value));
}

function firstValue(fields: readonly Field[], key: FieldKey): string | undefined {
  const value = fields
    .find((f) => f.key === key && f.lines.length > 0)
    ?.lines.map((l) => l.value)
    .join(" ")
    .trim();
  return value && !isPlaceholder(value) ? value : undefined;
}

/** A line of its own that reads like an LS title, else the first line after a "Liaison statement" marker. */
function looseTitle(loose: readonly string[]): string | undefined {
  const titled = loose.find((line) => TITLE_WORDS.test(line) && !MARKER.test(line) && line.length <= 300);
  if (titled) return titled;
  const marker = loose.findIndex((line) => MARKER.test(line));
  const next = marker >= 0 ? loose[marker + 1] : undefined;
  return next && next.length <= 300 ? next : undefined;
}

/**
 * A table whose label column and value column were flattened one after the other ("Title: Date:
 * From: Contacts: Liaison response to ... 18 March 2010 ..."): the labels come out empty and the
 * first value that follows holds them all, starting with the first label's (the title).
 */
function labelColumnValue(fields: readonly Field[]): string | undefined {
  const start = fields.findIndex((f) => f.key === "title" && f.lines.length === 0);
  if (start < 0 || fields[start + 1]?.lines.length !== 0) return undefined;
  const filled = fields.slice(start).find((f) => f.lines.length > 0);
  return filled?.lines.map((l) => l.value).join(" ").slice(0, 300);
}

function isDatatracker(fields: readonly Field[]): boolean {
  return fields.some((f) => /^(?:from group|to groups?|posted date|submitted date|submission date|from contact|to contacts)$/i.test(f.label));
}

/** Every field keyed by its label as written; a repeated label keeps every value. */
function fieldRecord(fields: readonly Field[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (const field of fields) {
    if (field.key === "body") continue;
    const value = field.lines.map((l) => l.value).join("\n");
    const previous = record[field.label];
    record[field.label] = previous ? (value ? `${previous}\n\n${value}` : previous) : value;
  }
  return record;
}
