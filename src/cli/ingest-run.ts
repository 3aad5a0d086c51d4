/**
 * The ingestion pipeline for a list of files: read -> extract (in a pool of document workers,
 * with a time and memory budget per document) -> toGraphWrite -> write, many documents per
 * transaction (write-batch.ts). A bad document costs only itself: its error is recorded, nothing
 * of it is written, and the run goes on. Only losing the database stops the run, since every
 * following document would fail the same way.
 */
import { performance } from "node:perf_hooks";
import type { Driver } from "neo4j-driver";
import type { Extraction } from "../extract/extraction.js";
import { toGraphWrite, type GraphWrite } from "../load/graph-write.js";
import type { AccessLevel } from "../model/access-level.js";
import { writeBatch, type WriteOutcome } from "../load/write-batch.js";
import { describeFailure } from "./document-failure.js";
import { DocumentWorkerPool, type DocumentPreparer, type PreparedDocument } from "./document-worker.js";
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
   * Workers already warming up (the command starts them before connecting), which this run stops
   * when it ends. Without them, runs share workers kept between them, so that a caller that
   * ingests again and again (tests, a server) pays their start-up once.
   */
  readonly worker?: DocumentPreparer;
  /**
   * Stops the run: the documents being read are dropped at once (their workers are killed), the
   * batch being written is finished, nothing after it starts. What was written stays written.
   */
  readonly signal?: AbortSignal;
  readonly onDocument?: (document: IngestedDocument) => void;
  readonly onFailure?: (failure: IngestFailure) => void;
}

/** Documents per write transaction: beyond this, a transaction's cost is its rows, not its commit. */
export const WRITE_BATCH = 200;
/** Documents read ahead of the batch being written, so that extraction never waits for the write. */
const READ_AHEAD = 2 * WRITE_BATCH;

/**
 * In file order (so a later file with the same id wins), in batches: the documents of the next
 * batch are read and extracted, several at a time, while the current batch is written. One
 * batch is written at a time: documents share hub nodes (TSAG, the study groups, topics), and
 * concurrent transactions would wait on each other's locks.
 */
export async function ingestFiles(files: readonly string[], options: IngestOptions): Promise<IngestRun> {
  const started = performance.now();
  const store = options.dryRun ? undefined : databaseOf(options);
  const worker = options.worker ?? sharedWorkers({ ...DEFAULT_INGEST_LIMITS, ...options.limits });
  const stopWorker = () => worker.stop();
  options.signal?.addEventListener("abort", stopWorker, { once: true });
  try {
    return await run(files, options, worker, store, started);
  } finally {
    options.signal?.removeEventListener("abort", stopWorker);
    if (options.worker) worker.stop();
    // A run that ended early (a lost database) may leave workers reading files for nothing.
    else worker.release();
  }
}

let shared: DocumentPreparer | undefined;

function sharedWorkers(limits: IngestLimits): DocumentPreparer {
  if (!shared || shared.isStopped || JSON.stringify(shared.limits) !== JSON.stringify(limits)) {
    shared?.stop();
    shared = new DocumentWorkerPool(limits);
  }
  return shared;
}

interface Pending {
  readonly file: string;
  readonly extraction: Extraction;
  readonly warnings: readonly string[];
  readonly write: GraphWrite | undefined;
}

async function run(
  files: readonly string[],
  options: IngestOptions,
  worker: DocumentPreparer,
  store: { readonly driver: Driver; readonly database: string } | undefined,
  started: number,
): Promise<IngestRun> {
  const keepContacts = options.keepContacts === true;
  const graphOptions = { keepContacts, ...(options.access ? { access: options.access } : {}) };
  const documents: IngestedDocument[] = [];
  const failed: IngestFailure[] = [];
  const fail = (failure: IngestFailure) => {
    failed.push(failure);
    options.onFailure?.(failure);
  };
  const done = (document: IngestedDocument) => {
    documents.push(document);
    options.onDocument?.(document);
  };
  // Read ahead while a batch is written; a worker that cannot start is kept as a value until its
  // turn, so that it is never an unhandled rejection in between.
  const prepared: Promise<PreparedDocument | { readonly fatal: unknown }>[] = [];
  const readAhead = (upTo: number) => {
    while (prepared.length < Math.min(upTo, files.length) && !options.signal?.aborted) {
      prepared.push(worker.prepare(files[prepared.length] as string).catch((fatal: unknown) => ({ fatal })));
    }
  };

  const fileOfId = new Map<string, string>();
  let batch: Pending[] = [];
  const flush = async () => {
    const pending = batch;
    batch = [];
    if (pending.length === 0) return;
    const writes = pending.flatMap((p) => (p.write ? [p.write] : []));
    const results = store ? await writeBatch(store.driver, store.database, writes) : [];
    let next = 0;
    for (const { file, extraction, warnings, write } of pending) {
      const result = write ? results[next++] : { outcome: "dry-run" as const };
      if (result === undefined || "error" in result) {
        fail({ file, error: describeFailure(file, result?.error ?? new Error("not written")) });
        continue;
      }
      fileOfId.set(extraction.document.id, file);
      done({ file, extraction, outcome: result.outcome, warnings });
    }
  };

  for (let index = 0; index < files.length; index += 1) {
    readAhead(index + READ_AHEAD);
    const document = await prepared[index];
    if (document === undefined || options.signal?.aborted) break;
    prepared[index] = DONE;
    if ("fatal" in document) throw document.fatal;
    if ("error" in document) {
      fail({ file: document.file, error: document.error });
      continue;
    }
    const { file, extraction } = document;
    const id = extraction.document.id;
    // The earlier file with this id must be written first: the later one replaces it.
    if (batch.some((p) => p.extraction.document.id === id)) await flush();
    const warnings = [...extraction.warnings];
    const earlier = fileOfId.get(id);
    if (earlier !== undefined) warnings.push(`same id ${id} as ${earlier}, which this file replaces`);
    let write: GraphWrite | undefined;
    try {
      write = store ? toGraphWrite(extraction, graphOptions) : undefined;
    } catch (error) {
      fail({ file, error: describeFailure(file, error) });
      continue;
    }
    batch.push({ file, extraction, warnings, write });
    // A dry run shows each document as soon as it is read.
    if (batch.length >= (store ? WRITE_BATCH : 1)) await flush();
  }
  // After a Ctrl-C nothing more starts: documents read but not yet written are dropped whole.
  if (!options.signal?.aborted) await flush();
  return { documents, failed, elapsedMs: performance.now() - started };
}

/** A settled read-ahead slot, so that the run does not hold every extraction until it ends. */
const DONE = Promise.resolve({ fatal: new Error("already taken") });

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
