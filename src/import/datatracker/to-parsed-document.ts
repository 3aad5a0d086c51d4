/**
 * One Datatracker liaison statement, with the groups, attachments, events and related statements
 * it points to, as a ParsedDocument: the same shape a page reader gives, so that the extractor and
 * the loader treat it like any other document, and with the same id (`ietf-liaison-<n>`) as the
 * statement's page read from a file, so both land on one node.
 *
 * Senders and recipients come from the structured fields, and their evidence is the field as the
 * API writes it (`from_groups: ccamp`): see prefer-api-fields.ts for how these win over what the
 * text suggests.
 */
import { parseContactList, splitEntries } from "../../parse/contacts.js";
import { normalizeText } from "../../parse/decode-text.js";
import { normalizeBody } from "../../parse/normalize-body.js";
import { parseDate } from "../../parse/parse-date.js";
import type { Contact, ParsedDocument, Recipient, RecipientRole } from "../../parse/parsed-document.js";
import { splitNames } from "../../parse/split-names.js";
import type { AttachmentDocument, GroupRecord, RelatedStatement, StatementEvent, StatementRecord } from "./api-records.js";
import { writtenGroupName } from "./group-names.js";

/** Where the Datatracker shows a statement to people; the id reader knows this address too. */
export const DATATRACKER_WEB = "https://datatracker.ietf.org";

/** The file name recorded for an imported statement (the document node's `source`). */
export function apiSourceName(id: number): string {
  return `datatracker-api-liaisonstatement-${id}`;
}

export interface StatementContext {
  /** Groups by resource URI; a group the API could not give is named by from_name/to_name instead. */
  readonly groups: ReadonlyMap<string, GroupRecord>;
  /** Attachment documents by resource URI. */
  readonly attachments: ReadonlyMap<string, AttachmentDocument>;
  /** Events of this statement (submitted, posted). */
  readonly events: readonly StatementEvent[];
  /** Relations whose source is this statement. */
  readonly related: readonly RelatedStatement[];
}

const PURPOSES: Readonly<Record<string, { readonly role: Exclude<RecipientRole, "CC">; readonly label: string }>> = {
  action: { role: "ACTION", label: "For action" },
  comment: { role: "COMMENT", label: "For comment" },
  info: { role: "INFORMATION", label: "For information" },
  response: { role: "RESPONSE", label: "In response" },
};

/** Evidence strings that quote an API field rather than a sentence. */
export const API_FIELD_EVIDENCE = /^(?:from_groups|to_groups|from_name|to_name|cc_contacts): /;

export function toParsedDocument(statement: StatementRecord, context: StatementContext): ParsedDocument {
  const evidence: Record<string, string> = {};
  const purpose = PURPOSES[statement.purpose] ?? { role: "INFORMATION" as const, label: statement.purpose };

  const senders = addressees(statement.fromGroups, statement.fromName, "from_groups", "from_name", context, evidence);
  const recipients: Recipient[] = addressees(statement.toGroups, statement.toName, "to_groups", "to_name", context, evidence).map((name) => ({
    name,
    role: purpose.role,
  }));
  for (const name of splitEntries(statement.ccContacts.replace(/\s*\n\s*/g, ", "))) {
    const trimmed = name.trim();
    if (!trimmed) continue;
    evidence[trimmed] ??= `cc_contacts: ${statement.ccContacts.replace(/\s+/g, " ").trim()}`;
    recipients.push({ name: trimmed, role: "CC" });
  }

  const attachments = statement.attachments.map((uri) => attachmentLine(uri, context.attachments.get(uri)));
  const written = normalizeBody(normalizeText(statement.body));
  // A statement sent as attachments only is still a statement: its text is what it attaches.
  const body = written.trim() ? written : attachments.map((line) => `Attachment: ${line}`).join("\n\n");

  const fields: Record<string, string> = { purpose: purpose.label, state: statement.state };
  const groupField = (uris: readonly string[]) => uris.map((uri) => context.groups.get(uri)?.acronym ?? uri).join(", ");
  if (statement.fromGroups.length > 0) fields.from_groups = groupField(statement.fromGroups);
  if (statement.toGroups.length > 0) fields.to_groups = groupField(statement.toGroups);
  if (statement.fromName) fields.from_name = statement.fromName;
  if (statement.toName) fields.to_name = statement.toName;
  if (statement.deadline) fields.deadline = statement.deadline;
  if (statement.tags.length > 0) fields.tags = statement.tags.join(", ");
  if (statement.otherIdentifiers.trim()) fields.other_identifiers = statement.otherIdentifiers.trim();
  if (attachments.length > 0) fields.Attachments = attachments.join("; ");

  // The Datatracker links a statement to those it refers to; one sent "in response" answers them.
  const relatedIds = [...new Set(context.related.filter((r) => r.source === statement.id).map((r) => `ietf-liaison-${r.target}`))];
  if (relatedIds.length > 0) fields[statement.purpose === "response" ? "In response to" : "Liaisons referred by this one"] = relatedIds.join(", ");

  const date = dateOf(context.events, "submitted") ?? dateOf(context.events, "posted");
  const title = statement.title.trim();
  return {
    file: apiSourceName(statement.id),
    format: "ietf-datatracker",
    id: `ietf-liaison-${statement.id}`,
    url: `${DATATRACKER_WEB}/liaison/${statement.id}/`,
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    senders,
    recipients,
    questions: [],
    contacts: contactsOf(statement),
    ...(statement.deadline ? { deadline: parseDate(statement.deadline) ?? statement.deadline } : {}),
    body,
    fields,
    relatedDocuments: relatedIds,
    access: "public",
    evidence,
  };
}

/** The groups as the resolver reads them, or the free-text name when the statement has no group. */
function addressees(
  uris: readonly string[],
  freeText: string,
  groupsField: string,
  nameField: string,
  context: StatementContext,
  evidence: Record<string, string>,
): string[] {
  const names: string[] = [];
  for (const uri of uris) {
    const group = context.groups.get(uri);
    if (!group) continue;
    const name = writtenGroupName(group);
    evidence[name] ??= `${groupsField}: ${group.acronym || group.name}`;
    names.push(name);
  }
  if (names.length === 0 && freeText.trim()) {
    for (const name of splitNames(freeText)) {
      evidence[name] ??= `${nameField}: ${freeText.trim()}`;
      names.push(name);
    }
  }
  return [...new Set(names)];
}

function attachmentLine(uri: string, document: AttachmentDocument | undefined): string {
  if (!document) return uri;
  const link = document.externalUrl || (document.uploadedFilename ? `${DATATRACKER_WEB}/documents/LIAISON/${document.uploadedFilename}` : "");
  const title = document.title || document.name;
  return link ? `${title} <${link}>` : title;
}

function dateOf(events: readonly StatementEvent[], type: string): string | undefined {
  const times = events.filter((e) => e.type === type).map((e) => e.time).sort();
  return times[0] ? parseDate(times[0].slice(0, 10)) : undefined;
}

function contactsOf(statement: StatementRecord): Contact[] {
  const lists: ReadonlyArray<readonly [string, string]> = [
    [statement.fromContact, "From Contact"],
    [statement.toContacts, "To Contacts"],
    [statement.responseContacts, "Response Contacts"],
    [statement.technicalContacts, "Technical Contacts"],
    [statement.actionHolderContacts, "Action Holder Contacts"],
    [statement.ccContacts, "Cc"],
  ];
  return lists.flatMap(([value, role]) => (value.trim() ? parseContactList(value, role) : []));
}
