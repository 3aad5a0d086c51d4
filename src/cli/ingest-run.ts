/**
 * The ingestion pipeline for a list of files: read -> extract (in the document worker, with a
 * time and memory budget per document) -> toGraphWrite -> write, one transaction per document.
 * A bad document costs only itself: its error is recorded, nothing of it is written, and the run
 * goes on. Only losing the database stops the run, since every following document would fail the
 * same way.
 */
import { performance } from "node:perf_hooks";
import { Neo4jError, type Driver } from "neo4j-driver";
import type { Extraction } from "../extract/extraction.js";
import { toGraphWrite } from "../load/graph-write.js";
import type { AccessLevel } from "../model/access-level.js";
import { writeExtraction, type WriteOutcome } from "../load/write-extraction.js";
import { describeFailure } from "./document-failure.js";
import { DocumentWorker, type PreparedDocument } from "./document-worker.js";
import { expandInputs, type InputFailure } from "./expand-inputs.js";
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from "./ingest-limits.js";

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
  /** `restricted`: the documents are for members only (a document marked so is restricted anyway). */
  readonly access?: AccessLevel;
  /** Caps and budgets per document; the defaults of ingest-limits.ts where not given. */
  readonly limits?: Partial<IngestLimits>;
  /**
   * A worker already warming up (the command starts it before connecting), which this run stops
   * when it ends. Without one, runs share a worker kept between them, so that a caller that
   * ingests again and again (tests, a server) pays its start-up once.
   */
  readonly worker?: DocumentWorker;
  /**
   * Stops the run: the document being read is dropped at once (its worker is killed), the one
   * being written is finished, nothing after it starts. What was written stays written.
   */
  readonly signal?: AbortSignal;
  readonly onDocument?: (document: IngestedDocument) => void;
  readonly onFailure?: (failure: IngestFailure) => void;
}

/**
 * One document at a time, in file order (so a later file with the same id wins), with the next
 * one read and extracted while the current one is written. Concurrent writes would not pay:
 * documents share hub nodes (TSAG, the study groups, topics) and would wait on each other's locks.
 */
export async function ingestFiles(files: readonly string[], options: IngestOptions): Promise<IngestRun> {
  const started = performance.now();
  const store = options.dryRun ? undefined : databaseOf(options);
  const worker = options.worker ?? sharedWorker({ ...DEFAULT_INGEST_LIMITS, ...options.limits });
  const stopWorker = () => worker.stop();
  options.signal?.addEventListener("abort", stopWorker, { once: true });
  try {
    return await run(files, options, worker, store, started);
  } finally {
    options.signal?.removeEventListener("abort", stopWorker);
    if (options.worker) worker.stop();
    // A run that ended early (a lost database) may leave the worker reading a file for nothing.
    else worker.release();
  }
}

let shared: DocumentWorker | undefined;

function sharedWorker(limits: IngestLimits): DocumentWorker {
  if (!shared || shared.isStopped || JSON.stringify(shared.limits) !== JSON.stringify(limits)) {
    shared?.stop();
    shared = new DocumentWorker(limits);
  }
  return shared;
}

async function run(
  files: readonly string[],
  options: IngestOptions,
  worker: DocumentWorker,
  store: { readonly driver: Driver; readonly database: string } | undefined,
  started: number,
): Promise<IngestRun> {
  const keepContacts = options.keepContacts === true;
  const documents: IngestedDocument[] = [];
  const failed: IngestFailure[] = [];
  const fail = (failure: IngestFailure) => {
    failed.push(failure);
    options.onFailure?.(failure);
  };
  // Read ahead while the current document is written; a worker that cannot start is kept as a
  // value until its turn, so that it is never an unhandled rejection in between.
  const prepare = (file: string): Promise<PreparedDocument | { readonly fatal: unknown }> =>
    worker.prepare(file).catch((fatal: unknown) => ({ fatal }));

  const fileOfId = new Map<string, string>();
  let next = files[0] === undefined || options.signal?.aborted ? undefined : prepare(files[0]);
  for (let index = 0; next !== undefined; index += 1) {
    const prepared = await next;
    if (options.signal?.aborted) break;
    if ("fatal" in prepared) throw prepared.fatal;
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
        ? await writeExtraction(store.driver, store.database, toGraphWrite(extraction, { keepContacts, ...(options.access ? { access: options.access } : {}) }))
        : "dry-run";
      fileOfId.set(id, file);
      const document: IngestedDocument = { file, extraction, outcome, warnings };
      documents.push(document);
      options.onDocument?.(document);
    } catch (error) {
      if (isConnectionLoss(error)) throw error;
      fail({ file, error: describeFailure(file, error) });
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

function isConnectionLoss(error: unknown): boolean {
  return error instanceof Neo4jError && (error.code === "ServiceUnavailable" || error.code === "SessionExpired");
}
