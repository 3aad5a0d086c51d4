/**
 * An import run: statements from a source, batch by batch, each through the same extractor and
 * loader as `standards-graph ingest` (extractDocument -> toGraphWrite -> writeBatch, one
 * transaction per page of statements). A statement that cannot be read or written fails alone,
 * nothing of it is written, and the run goes on; a source that cannot be reached stops the run, with what was
 * written kept (a re-run reads the cached pages again and finds those statements unchanged).
 */
import { Neo4jError, type Driver } from "neo4j-driver";
import { extractDocument } from "../../extract/extract-document.js";
import type { Extraction } from "../../extract/extraction.js";
import type { Gazetteer } from "../../extract/gazetteer.js";
import { toGraphWrite } from "../../load/graph-write.js";
import type { ParsedDocument } from "../../parse/parsed-document.js";
import { writeBatch, type WriteOutcome } from "../../load/write-batch.js";
import {
  readAttachmentDocument,
  readGroup,
  readStatement,
  RecordError,
  type AttachmentDocument,
  type GroupRecord,
  type StatementRecord,
} from "./api-records.js";
import { preferApiFields } from "./prefer-api-fields.js";
import type { DatatrackerSource } from "./source.js";
import { toParsedDocument } from "./to-parsed-document.js";

/** Only statements the Datatracker shows the public are imported; pending and dead ones are skipped. */
const IMPORTED_STATES = new Set(["posted", "approved"]);

export type StatementOutcome = WriteOutcome | "dry-run";

export interface ImportedStatement {
  readonly id: string;
  readonly outcome: StatementOutcome;
  readonly extraction: Extraction;
}

export interface ImportCounts {
  /** Statement objects read from the source. */
  fetched: number;
  /** Written (created, updated or unchanged), or extracted in a dry run. */
  imported: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  failed: number;
}

export interface ImportResult {
  readonly counts: ImportCounts;
  readonly statements: readonly ImportedStatement[];
  readonly skipped: readonly { readonly id: string; readonly reason: string }[];
  readonly failures: readonly { readonly origin: string; readonly error: string }[];
  /** Listing size as the source reports it, when it does. */
  readonly total?: number;
}

export interface ImportOptions {
  readonly source: DatatrackerSource;
  readonly gazetteer: Gazetteer;
  /** yyyy-mm-dd: only statements with an event on or after that day. */
  readonly since?: string;
  /** Stop after this many statements. */
  readonly limit?: number;
  /** Needed unless `dryRun`. */
  readonly driver?: Driver;
  readonly database?: string;
  readonly dryRun?: boolean;
  readonly keepContacts?: boolean;
  /**
   * Extracts each statement in a child process with ingest's time and memory budget
   * (DocumentWorker.prepareParsed), so a hostile record fails alone; without it, in this process.
   */
  readonly worker?: { prepareParsed(parsed: ParsedDocument, label: string): Promise<{ extraction: Extraction } | { error: string }> };
  /** Checked between statements: the page being written is finished, nothing after it starts (a page being read is dropped). */
  readonly signal?: AbortSignal;
  readonly onStatement?: (statement: ImportedStatement) => void;
  readonly onSkip?: (id: string, reason: string) => void;
  readonly onFailure?: (origin: string, error: string) => void;
  /** After each batch: the counts so far. */
  readonly onBatch?: (counts: Readonly<ImportCounts>, total: number | undefined) => void;
}

export async function importStatements(options: ImportOptions): Promise<ImportResult> {
  const counts: ImportCounts = { fetched: 0, imported: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 };
  const statements: ImportedStatement[] = [];
  const skipped: { id: string; reason: string }[] = [];
  const failures: { origin: string; error: string }[] = [];
  const groups = new Map<string, GroupRecord | undefined>();
  const documents = new Map<string, AttachmentDocument | undefined>();
  const seen = new Set<number>();
  const store = options.dryRun ? undefined : storeOf(options);
  let total: number | undefined;

  const fail = (origin: string, error: string) => {
    counts.failed += 1;
    failures.push({ origin, error });
    options.onFailure?.(origin, error);
  };
  const skip = (id: string, reason: string) => {
    counts.skipped += 1;
    skipped.push({ id, reason });
    options.onSkip?.(id, reason);
  };
  const limitReached = () => options.limit !== undefined && counts.fetched >= options.limit;

  for await (const batch of options.source.statementBatches(options.since)) {
    if (options.signal?.aborted) break;
    total ??= batch.total;
    const records: StatementRecord[] = [];
    for (const raw of batch.statements) {
      if (limitReached()) break;
      counts.fetched += 1;
      let record: StatementRecord;
      try {
        record = readStatement(raw);
      } catch (error) {
        if (!(error instanceof RecordError)) throw error;
        fail(batch.origin, `${batch.origin}: ${error.message}`);
        continue;
      }
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      if (!IMPORTED_STATES.has(record.state)) skip(`ietf-liaison-${record.id}`, `state "${record.state}" (not published)`);
      else records.push(record);
    }
    const ids = records.map((r) => r.id);
    const [events, related] = ids.length > 0 ? await Promise.all([options.source.events(ids), options.source.related(ids)]) : [[], []];
    // Extracted one by one, written together: one transaction for the page's statements.
    const pending: { id: string; extraction: Extraction }[] = [];
    for (const record of records) {
      if (options.signal?.aborted) break;
      const id = `ietf-liaison-${record.id}`;
      let extraction: Extraction;
      try {
        for (const uri of [...record.fromGroups, ...record.toGroups]) await remember(groups, uri, () => options.source.resource(uri), (v) => readGroup(v, uri));
        for (const uri of record.attachments) await remember(documents, uri, () => options.source.resource(uri), (v) => readAttachmentDocument(v, uri));
        const parsed = toParsedDocument(record, {
          groups: defined(groups),
          attachments: defined(documents),
          events: events.filter((e) => e.statement === record.id),
          related: related.filter((r) => r.source === record.id),
        });
        if (options.worker) {
          const prepared = await options.worker.prepareParsed(parsed, id);
          if ("error" in prepared) {
            fail(id, prepared.error);
            continue;
          }
          extraction = preferApiFields(prepared.extraction);
        } else extraction = preferApiFields(extractDocument(parsed, options.gazetteer));
      } catch (error) {
        if (!(error instanceof RecordError)) throw error;
        fail(id, `${id}: ${error.message}`);
        continue;
      }
      pending.push({ id, extraction });
    }
    if (options.signal?.aborted) break;
    // A lost database rejects the whole batch: every following statement would fail the same way.
    const results = store
      ? await writeBatch(store.driver, store.database, pending.map((p) => toGraphWrite(p.extraction, { keepContacts: options.keepContacts === true, access: "public" })))
      : undefined;
    pending.forEach(({ id, extraction }, index) => {
      const result = results?.[index];
      if (result && "error" in result) {
        if (!(result.error instanceof Neo4jError)) throw result.error;
        fail(id, `${id}: not written (${result.error.message})`);
        return;
      }
      const outcome: StatementOutcome = result ? result.outcome : "dry-run";
      counts.imported += 1;
      if (outcome !== "dry-run") counts[outcome] += 1;
      const imported = { id, outcome, extraction };
      statements.push(imported);
      options.onStatement?.(imported);
    });
    options.onBatch?.(counts, total);
    if (limitReached()) break;
  }
  return { counts, statements, skipped, failures, ...(total !== undefined ? { total } : {}) };
}

/** Resources are fetched once per run; one that does not exist (or cannot be read) is remembered as missing. */
async function remember<T>(memo: Map<string, T | undefined>, uri: string, fetch: () => Promise<unknown>, read: (value: unknown) => T): Promise<void> {
  if (memo.has(uri)) return;
  const value = await fetch();
  let record: T | undefined;
  try {
    record = value === undefined ? undefined : read(value);
  } catch (error) {
    if (!(error instanceof RecordError)) throw error;
    record = undefined;
  }
  memo.set(uri, record);
}

function defined<T>(memo: ReadonlyMap<string, T | undefined>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [key, value] of memo) if (value !== undefined) map.set(key, value);
  return map;
}

function storeOf(options: ImportOptions): { readonly driver: Driver; readonly database: string } {
  if (options.driver === undefined || options.database === undefined) throw new Error("an import needs a driver and a database unless it is a dry run");
  return { driver: options.driver, database: options.database };
}
