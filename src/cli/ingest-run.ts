/**
 * The ingestion pipeline for a list of files: read -> extract -> toGraphWrite -> write, one
 * transaction per document. A bad document costs only itself: its error is recorded, nothing of
 * it is written, and the run goes on. Only losing the database stops the run, since every
 * following document would fail the same way.
 */
import { performance } from "node:perf_hooks";
import { Neo4jError, type Driver } from "neo4j-driver";
import { extractDocument } from "../extract/extract-document.js";
import type { Extraction } from "../extract/extraction.js";
import type { Gazetteer } from "../extract/gazetteer.js";
import { referenceGazetteer } from "../extract/reference-gazetteer.js";
import { toGraphWrite } from "../load/graph-write.js";
import { writeExtraction, type WriteOutcome } from "../load/write-extraction.js";
import { isDocumentError } from "../parse/document-error.js";
import { readDocument } from "../parse/read-document.js";
import { expandInputs, type InputFailure } from "./expand-inputs.js";

export type IngestOutcome = WriteOutcome | "dry-run";

export interface IngestedDocument {
  readonly file: string;
  readonly extraction: Extraction;
  readonly outcome: IngestOutcome;
  /** What extraction could not find and run-level notes; the document was still written. */
  readonly warnings: readonly string[];
}

export type IngestFailure = InputFailure;

export interface IngestRun {
  readonly documents: readonly IngestedDocument[];
  readonly failed: readonly IngestFailure[];
  readonly elapsedMs: number;
}

export interface IngestOptions {
  /** Needed unless `dryRun`: a dry run reads and extracts only, and touches no database. */
  readonly driver?: Driver;
  readonly database?: string;
  readonly dryRun?: boolean;
  readonly keepContacts?: boolean;
  /** Defaults to the one built from the repository's reference data. */
  readonly gazetteer?: Gazetteer;
  /** Stops the run between two documents; what was written stays written. */
  readonly signal?: AbortSignal;
  readonly onDocument?: (document: IngestedDocument) => void;
  readonly onFailure?: (failure: IngestFailure) => void;
}

type Prepared = { readonly file: string; readonly extraction: Extraction } | { readonly file: string; readonly error: string };

/**
 * One document at a time, in file order (so a later file with the same id wins), with the next
 * one read and extracted while the current one is written. Concurrent writes would not pay:
 * documents share hub nodes (TSAG, the study groups, topics) and would wait on each other's locks.
 */
export async function ingestFiles(files: readonly string[], options: IngestOptions): Promise<IngestRun> {
  const started = performance.now();
  const gazetteer = options.gazetteer ?? referenceGazetteer();
  const store = options.dryRun ? undefined : databaseOf(options);
  const keepContacts = options.keepContacts === true;
  const documents: IngestedDocument[] = [];
  const failed: IngestFailure[] = [];
  const fail = (failure: IngestFailure) => {
    failed.push(failure);
    options.onFailure?.(failure);
  };
  const prepare = async (file: string): Promise<Prepared> => {
    try {
      return { file, extraction: extractDocument(await readDocument(file), gazetteer) };
    } catch (error) {
      return { file, error: describeError(file, error) };
    }
  };

  const fileOfId = new Map<string, string>();
  let next = files[0] === undefined ? undefined : prepare(files[0]);
  for (let index = 0; next !== undefined && options.signal?.aborted !== true; index += 1) {
    const prepared = await next;
    const following = files[index + 1];
    next = following === undefined ? undefined : prepare(following);
    if ("error" in prepared) {
      fail({ file: prepared.file, error: prepared.error });
      continue;
    }
    const { file, extraction } = prepared;
    const id = extraction.document.id;
    const warnings = [...extraction.warnings];
    const earlier = fileOfId.get(id);
    if (earlier !== undefined) warnings.push(`same id ${id} as ${earlier}, which this file replaces`);
    try {
      const outcome = store
        ? await writeExtraction(store.driver, store.database, toGraphWrite(extraction, { keepContacts }))
        : "dry-run";
      fileOfId.set(id, file);
      const document: IngestedDocument = { file, extraction, outcome, warnings };
      documents.push(document);
      options.onDocument?.(document);
    } catch (error) {
      if (isConnectionLoss(error)) throw error;
      fail({ file, error: describeError(file, error) });
    }
  }
  return { documents, failed, elapsedMs: performance.now() - started };
}

function databaseOf(options: IngestOptions): { readonly driver: Driver; readonly database: string } {
  const { driver, database } = options;
  if (driver === undefined || database === undefined) throw new Error("ingestion needs a driver and a database unless it is a dry run");
  return { driver, database };
}

/** Files, folders and globs in; the expansion's failures (missing paths) count as failed documents. */
export async function ingestInputs(inputs: readonly string[], options: IngestOptions): Promise<IngestRun> {
  const started = performance.now();
  const expanded = await expandInputs(inputs);
  for (const failure of expanded.failures) options.onFailure?.(failure);
  const run = await ingestFiles(expanded.files, options);
  return { ...run, failed: [...expanded.failures, ...run.failed], elapsedMs: performance.now() - started };
}

export interface OutcomeCounts {
  readonly files: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly dryRun: number;
  readonly failed: number;
}

export function countOutcomes(run: Pick<IngestRun, "documents" | "failed">): OutcomeCounts {
  const count = (outcome: IngestOutcome) => run.documents.filter((d) => d.outcome === outcome).length;
  return {
    files: run.documents.length + run.failed.length,
    created: count("created"),
    updated: count("updated"),
    unchanged: count("unchanged"),
    dryRun: count("dry-run"),
    failed: run.failed.length,
  };
}

/** One line, naming the file first: readers already phrase theirs that way. */
function describeError(file: string, error: unknown): string {
  if (isDocumentError(error)) return error.message.replace(/\s*\n\s*/g, " ");
  const reason = error instanceof Error ? error.message : String(error);
  return `${file}: ${reason.replace(/\s*\n\s*/g, " ")}`;
}

function isConnectionLoss(error: unknown): boolean {
  return error instanceof Neo4jError && (error.code === "ServiceUnavailable" || error.code === "SessionExpired");
}
