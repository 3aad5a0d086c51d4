/**
 * The ingestion pipeline for a list of files: read -> extract (in a pool of document workers,
 * with a time and memory budget per document) -> toGraphWrite -> write, many documents per
 * transaction (write-batch.ts). A bad document costs only itself: its error is recorded, nothing
 * of it is written, and the run goes on. Only losing the database stops the run, since every
 * following document would fail the same way.
 */
import { performance } from "node:perf_hooks";
import type { Driver } from "neo4j-driver";
import { extractionOf, type Extraction } from "../extract/extraction.js";
import { toGraphWrite, type GraphWrite } from "../load/graph-write.js";
import { knownSources, type KnownDocument } from "../load/known-sources.js";
import { extractionFingerprint, sourceHash, sourceSalt } from "../load/source-hash.js";
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
  /** Unchanged by its source hash, the file was not read (IngestOptions.skipUnchanged). */
  readonly unread?: true;
}

export type IngestFailure = InputFailure;

export interface IngestRun {
  readonly documents: readonly IngestedDocument[];
  readonly failed: readonly IngestFailure[];
  readonly elapsedMs: number;
}

export interface IngestOptions {
  /**
   * Files whose source hash (src/load/source-hash.ts) a written statement already carries are
   * reported unchanged without being read: their `extraction` holds only the statement's own
   * fields as the graph keeps them (no text, entities or relations), and `unread` is true. Off by
   * default, so that every document's extraction is whole; the ingest command turns it on unless
   * its --json output lists what each file says.
   */
  readonly skipUnchanged?: boolean;
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
/** Files whose source hashes are looked up in the graph at once, in one indexed read. */
const SCREEN_BATCH = WRITE_BATCH;
/** Files hashed at the same time: small reads, mostly waiting on the disk. */
const HASHING_AT_ONCE = 16;

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
  // Started now, the workers load while the first files are hashed and looked up in the graph.
  // Files the graph may hold unchanged are not read: one worker then, more once files need reading.
  if (files.length > 0) worker.warmUp(options.skipUnchanged ? 1 : files.length);
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
  /** Unchanged by its source hash: nothing to write, reported unchanged in its turn. */
  readonly unread?: true;
}

/** A file the graph holds unchanged by its source hash, not sent to a worker. */
interface Unread {
  readonly file: string;
  readonly known: KnownDocument;
  readonly sourceHash: string;
}

/** A slot of the read-ahead: an extraction (with the file's source hash, when it has one) or an unread file. */
type Slot = Read | { readonly unread: Unread } | { readonly fatal: unknown };
type Read = PreparedDocument & { readonly sourceHash?: string };

/** The source hashes of a batch of files and which of them the graph holds. */
interface Screened {
  readonly hashes: readonly (string | undefined)[];
  readonly known: ReadonlyMap<string, KnownDocument>;
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
  // Before a file goes to a worker, its source hash is computed here and looked up in the graph,
  // a batch of files at a time: a file the graph holds unchanged is not read at all. Every file
  // written carries its hash, so that the next run finds it.
  const salt = store ? sourceSalt({ fingerprint: extractionFingerprint(), access: options.access ?? "public", keepContacts, ...worker.limits }) : undefined;
  const screens: Promise<Screened>[] = [];
  const screen = (index: number): Promise<Screened> => {
    const at = Math.floor(index / SCREEN_BATCH);
    screens[at] ??= screenFiles(files.slice(at * SCREEN_BATCH, (at + 1) * SCREEN_BATCH), salt, worker.limits.maxFileBytes, options.skipUnchanged === true ? store : undefined);
    return screens[at];
  };
  // Read ahead while a batch is written; a worker that cannot start is kept as a value until its
  // turn, so that it is never an unhandled rejection in between.
  const prepared: Promise<Slot>[] = [];
  const readAhead = (upTo: number) => {
    while (prepared.length < Math.min(upTo, files.length) && !options.signal?.aborted) {
      const index = prepared.length;
      const file = files[index] as string;
      const slot = screen(index).then(({ hashes, known }): Promise<Slot> | Slot => {
        const hash = hashes[index % SCREEN_BATCH];
        const document = hash === undefined ? undefined : known.get(hash);
        if (hash !== undefined && document !== undefined) return { unread: { file, known: document, sourceHash: hash } };
        return prepareHashed(worker, file, hash);
      });
      prepared.push(slot.catch((fatal: unknown) => ({ fatal })));
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
    for (const { file, extraction, warnings, write, unread } of pending) {
      if (unread) {
        fileOfId.set(extraction.document.id, file);
        done({ file, extraction, outcome: "unchanged", warnings, unread });
        continue;
      }
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
    let document = await prepared[index];
    if (document === undefined || options.signal?.aborted) break;
    prepared[index] = DONE;
    if ("unread" in document) {
      const { file, known, sourceHash: hash } = document.unread;
      // An earlier file of this run wrote this id (or is about to): this one must be read and
      // written after it, as it would be had it changed.
      if (!fileOfId.has(known.id) && !batch.some((p) => p.extraction.document.id === known.id)) {
        batch.push({ file, extraction: unreadExtraction(file, known), warnings: [], write: undefined, unread: true });
        // Reported in file order with the batch it falls in; a batch of unread files writes nothing.
        if (batch.length >= WRITE_BATCH) await flush();
        continue;
      }
      document = await prepareHashed(worker, file, hash);
    }
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
      write = store ? toGraphWrite(extraction, { ...graphOptions, ...(document.sourceHash ? { sourceHash: document.sourceHash } : {}) }) : undefined;
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
const DONE: Promise<Slot> = Promise.resolve({ fatal: new Error("already taken") });

/** The file read and extracted by a worker, with its source hash for the write. */
async function prepareHashed(worker: DocumentPreparer, file: string, hash: string | undefined): Promise<Read> {
  const document = await worker.prepare(file);
  return hash === undefined ? document : { ...document, sourceHash: hash };
}

/**
 * The source hashes of a batch of files (none without a salt: a dry run writes nothing) and, when
 * `store` is given, which of them written statements carry, in one read. A read that fails only
 * means that every file of the batch is read: the write that follows finds out what it must.
 */
async function screenFiles(
  files: readonly string[],
  salt: string | undefined,
  maxFileBytes: number,
  store: { readonly driver: Driver; readonly database: string } | undefined,
): Promise<Screened> {
  if (salt === undefined) return { hashes: [], known: new Map() };
  const hashes: (string | undefined)[] = new Array<string | undefined>(files.length);
  let next = 0;
  const hashing = async () => {
    while (next < files.length) {
      const index = next++;
      hashes[index] = await sourceHash(files[index] as string, salt, maxFileBytes);
    }
  };
  await Promise.all(Array.from({ length: Math.min(HASHING_AT_ONCE, files.length) }, hashing));
  if (!store) return { hashes, known: new Map() };
  const found = hashes.filter((h): h is string => h !== undefined);
  const known = await knownSources(store.driver, store.database, found).catch(() => new Map<string, KnownDocument>());
  return { hashes, known };
}

/** What a run reports of a file it did not read: the statement's own fields, as the graph keeps them. */
function unreadExtraction(file: string, known: KnownDocument): Extraction {
  return extractionOf({ ...known, text: "", file });
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
