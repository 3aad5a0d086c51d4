/**
 * The Datatracker's read-only JSON API (Tastypie) as this importer reads it: list pages with
 * `meta` and `objects`, and the resources a liaison statement points to by resource URI
 * (`/api/v1/group/group/1234/`). Values are checked here, once, so that the mapping works on
 * typed records and a malformed record fails with a message naming what is wrong.
 */

export interface ListMeta {
  readonly limit: number;
  readonly offset: number;
  readonly total_count: number;
  /** The next page as a path with its query (`/api/v1/...?limit=20&offset=20`), or null on the last page. */
  readonly next: string | null;
}

export interface ListPage {
  readonly meta: ListMeta;
  readonly objects: readonly unknown[];
}

export interface StatementRecord {
  readonly id: number;
  readonly resourceUri: string;
  readonly title: string;
  readonly body: string;
  /** yyyy-mm-dd or null. */
  readonly deadline: string | null;
  /** Slug of the purpose name: action, comment, info, response. */
  readonly purpose: string;
  /** Slug of the state: pending, approved, posted, dead. */
  readonly state: string;
  readonly fromGroups: readonly string[];
  readonly toGroups: readonly string[];
  readonly fromName: string;
  readonly toName: string;
  readonly fromContact: string;
  readonly toContacts: string;
  readonly responseContacts: string;
  readonly technicalContacts: string;
  readonly actionHolderContacts: string;
  readonly ccContacts: string;
  readonly otherIdentifiers: string;
  readonly tags: readonly string[];
  readonly attachments: readonly string[];
}

export interface GroupRecord {
  readonly resourceUri: string;
  readonly acronym: string;
  readonly name: string;
  /** Slug of the group type: wg, rg, area, ietf, iab, irtf, sdo, ... */
  readonly type: string;
}

export interface AttachmentDocument {
  readonly resourceUri: string;
  readonly name: string;
  readonly title: string;
  readonly externalUrl: string;
  readonly uploadedFilename: string;
}

export interface StatementEvent {
  /** Id of the statement the event is about. */
  readonly statement: number;
  /** Slug of the event type: submitted, posted, modified, approved, ... */
  readonly type: string;
  /** As the API writes it: `2016-03-21T09:04:11` or with a zone. */
  readonly time: string;
}

export interface RelatedStatement {
  readonly source: number;
  readonly target: number;
  /** Slug of the relationship name (`refold`, `refunk`, ...). */
  readonly relationship: string;
}

export class RecordError extends Error {
  override readonly name = "RecordError";
}

export const STATEMENT_PATH = /\/api\/v1\/liaisons\/liaisonstatement\/(\d+)\/$/;

type Raw = Record<string, unknown>;

function asObject(value: unknown, what: string): Raw {
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new RecordError(`${what} is not a JSON object`);
  return value as Raw;
}

function text(record: Raw, key: string, what: string): string {
  const value = record[key];
  if (value === undefined || value === null) return "";
  if (typeof value !== "string") throw new RecordError(`${what}: "${key}" is ${describe(value)}, expected a string`);
  return value;
}

function uriList(record: Raw, key: string, what: string): string[] {
  const value = record[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    throw new RecordError(`${what}: "${key}" is ${describe(value)}, expected a list of resource URIs`);
  }
  return value as string[];
}

function describe(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

/** The last path segment of a resource URI: `/api/v1/name/liaisonstatementpurposename/action/` -> `action`. */
export function lastSegment(uri: string): string {
  return uri.replace(/\/+$/, "").split("/").pop() ?? "";
}

/** The numeric id at the end of a resource URI, or undefined. */
export function idOfUri(uri: string): number | undefined {
  const segment = lastSegment(uri);
  return /^\d+$/.test(segment) ? Number(segment) : undefined;
}

export function readListPage(value: unknown, url: string): ListPage {
  const page = asObject(value, `the response of ${url}`);
  const meta = asObject(page.meta, `"meta" of ${url}`);
  if (!Array.isArray(page.objects)) throw new RecordError(`the response of ${url} has no "objects" list`);
  const next = meta.next;
  if (next !== null && next !== undefined && typeof next !== "string") throw new RecordError(`"meta.next" of ${url} is ${describe(next)}`);
  const number = (key: string) => (typeof meta[key] === "number" ? (meta[key] as number) : 0);
  return { meta: { limit: number("limit"), offset: number("offset"), total_count: number("total_count"), next: next ?? null }, objects: page.objects };
}

/** A statement object of the list, checked field by field; the error names the statement and the field. */
export function readStatement(value: unknown): StatementRecord {
  const record = asObject(value, "a liaison statement");
  const rawId = record.id;
  const uri = typeof record.resource_uri === "string" ? record.resource_uri : undefined;
  const id = typeof rawId === "number" && Number.isInteger(rawId) && rawId > 0 ? rawId : uri !== undefined ? idOfUri(uri) : undefined;
  if (id === undefined) throw new RecordError(`a liaison statement has no valid "id" (${describe(rawId)})`);
  const what = `liaison statement ${id}`;
  const purposeUri = text(record, "purpose", what);
  if (!purposeUri) throw new RecordError(`${what}: no "purpose"`);
  const deadline = text(record, "deadline", what);
  if (deadline && !/^\d{4}-\d{2}-\d{2}/.test(deadline)) throw new RecordError(`${what}: "deadline" is "${deadline}", expected yyyy-mm-dd`);
  return {
    id,
    resourceUri: uri ?? `/api/v1/liaisons/liaisonstatement/${id}/`,
    title: text(record, "title", what),
    body: text(record, "body", what),
    deadline: deadline ? deadline.slice(0, 10) : null,
    purpose: lastSegment(purposeUri),
    state: lastSegment(text(record, "state", what)) || "posted",
    fromGroups: uriList(record, "from_groups", what),
    toGroups: uriList(record, "to_groups", what),
    fromName: text(record, "from_name", what),
    toName: text(record, "to_name", what),
    // A resource URI of an e-mail address (`/api/v1/person/email/a@example.org/`) or the address itself.
    fromContact: decodeURIComponent(lastSegment(text(record, "from_contact", what))),
    toContacts: text(record, "to_contacts", what),
    responseContacts: text(record, "response_contacts", what),
    technicalContacts: text(record, "technical_contacts", what),
    actionHolderContacts: text(record, "action_holder_contacts", what),
    ccContacts: text(record, "cc_contacts", what),
    otherIdentifiers: text(record, "other_identifiers", what),
    tags: uriList(record, "tags", what).map(lastSegment),
    attachments: uriList(record, "attachments", what),
  };
}

export function readGroup(value: unknown, uri: string): GroupRecord {
  const record = asObject(value, `group ${uri}`);
  const acronym = text(record, "acronym", `group ${uri}`);
  const name = text(record, "name", `group ${uri}`);
  if (!acronym && !name) throw new RecordError(`group ${uri} has neither "acronym" nor "name"`);
  return { resourceUri: uri, acronym, name, type: lastSegment(text(record, "type", `group ${uri}`)) };
}

export function readAttachmentDocument(value: unknown, uri: string): AttachmentDocument {
  const record = asObject(value, `document ${uri}`);
  const what = `document ${uri}`;
  return {
    resourceUri: uri,
    name: text(record, "name", what) || lastSegment(uri),
    title: text(record, "title", what),
    externalUrl: text(record, "external_url", what),
    uploadedFilename: text(record, "uploaded_filename", what),
  };
}

/** An event, or undefined when it is not about a statement (nothing to use). */
export function readEvent(value: unknown): StatementEvent | undefined {
  const record = asObject(value, "a liaison statement event");
  const statement = typeof record.statement === "string" ? idOfUri(record.statement) : undefined;
  const time = typeof record.time === "string" ? record.time : undefined;
  const type = typeof record.type === "string" ? lastSegment(record.type) : undefined;
  return statement !== undefined && time !== undefined && type !== undefined ? { statement, type, time } : undefined;
}

export function readRelated(value: unknown): RelatedStatement | undefined {
  const record = asObject(value, "a related liaison statement");
  const source = typeof record.source === "string" ? idOfUri(record.source) : undefined;
  const target = typeof record.target === "string" ? idOfUri(record.target) : undefined;
  const relationship = typeof record.relationship === "string" ? lastSegment(record.relationship) : "";
  return source !== undefined && target !== undefined ? { source, target, relationship } : undefined;
}
