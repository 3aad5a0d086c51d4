/**
 * Reads and extracts documents in a child process with a time and memory budget per document.
 *
 * Parsing hostile input runs in plain JavaScript: a regex that backtracks, a .docx that inflates
 * to gigabytes. In the ingest command's own process such a file would stall the run (and its
 * Ctrl-C) or end it with a heap error, losing the rest of the batch. Here it costs only the
 * worker: after the time budget the worker is killed, a heap over budget ends it, and either way
 * the file gets one line (`<file>: took longer than 60 s`, `<file>: needed more than 1024 MB`)
 * and the next file gets a fresh worker. A worker thread would not do: V8 aborts the whole
 * process when a thread's heap runs out, and a thread stuck in a regex cannot be stopped from
 * outside reliably.
 *
 * One worker serves many documents, one at a time; it is started again only after a failure, so
 * a document costs one message each way. It does not keep the command's process alive by itself:
 * while it works, the document's deadline does. A run of many documents reads them with a pool
 * of such workers (DocumentWorkerPool), each with the same budget per document.
 */
import { fork, type ChildProcess } from "node:child_process";
import type { Socket } from "node:net";
import { fileURLToPath } from "node:url";
import type { Extraction } from "../extract/extraction.js";
import type { ParsedDocument } from "../parse/parsed-document.js";
import type { IngestLimits } from "./ingest-limits.js";

export type PreparedDocument =
  | { readonly file: string; readonly extraction: Extraction }
  | { readonly file: string; readonly error: string };

export type WorkerSettings = Omit<IngestLimits, "documentTimeoutMs" | "workers">;
export interface WorkerTask {
  /** The file to read, or, with `parsed`, the name its failure lines carry. */
  readonly file: string;
  /** A document already parsed (an API record): the worker only extracts it. */
  readonly parsed?: ParsedDocument;
}
export type WorkerAnswer = { readonly ok: true; readonly extraction: Extraction } | { readonly ok: false; readonly error: string };

export const WORKER_READY = "ready";
const WORKER_ENTRY = fileURLToPath(new URL("./document-worker-process.ts", import.meta.url));
/** Loading the modules and the gazetteer takes a second or two; on a loaded machine, more. */
const START_TIMEOUT_MS = 120_000;
/** The tail of the worker's stderr kept to tell a heap that ran out from other ends. */
const STDERR_TAIL = 4096;
const OUT_OF_MEMORY = /heap out of memory|allocation failed|Reached heap limit/i;

export class WorkerStartError extends Error {
  override readonly name = "WorkerStartError";
}

/** A started worker and the tail of its stderr. */
interface Worker {
  readonly child: ChildProcess;
  stderr: string;
}

export class DocumentWorker {
  private worker: Worker | undefined;
  private starting: Promise<Worker> | undefined;
  /** The process being started, so that stop() need not wait for it to be ready. */
  private spawning: ChildProcess | undefined;
  private stopped = false;
  private busy = false;

  constructor(readonly limits: IngestLimits) {}

  /** Stopped for good: it reads nothing more. */
  get isStopped(): boolean {
    return this.stopped;
  }

  /** Starts the worker ahead of the first document, so that its start-up overlaps other work. */
  warmUp(_documents?: number): void {
    this.start().catch(() => undefined);
  }

  /**
   * The file's extraction, or one line saying why there is none. Rejects only when no worker can
   * be started at all (WorkerStartError), since then no file could be read.
   */
  prepare(file: string): Promise<PreparedDocument> {
    return this.run({ file });
  }

  /**
   * The same for a document already parsed in this process (the Datatracker import's records):
   * the worker only extracts it, under the same budget, and `label` names it in failure lines.
   */
  prepareParsed(parsed: ParsedDocument, label: string): Promise<PreparedDocument> {
    return this.run({ file: label, parsed });
  }

  private async run(task: WorkerTask): Promise<PreparedDocument> {
    const { file } = task;
    const interrupted = { file, error: `${file}: not read (interrupted)` };
    if (this.stopped) return interrupted;
    let worker: Worker;
    try {
      worker = await this.start();
    } catch (error) {
      if (this.stopped) return interrupted;
      throw error;
    }
    const { child } = worker;
    this.busy = true;
    return new Promise((resolve) => {
      const finish = (prepared: PreparedDocument): void => {
        this.busy = false;
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("close", onClose);
        resolve(prepared);
      };
      const onMessage = (answer: WorkerAnswer): void => {
        finish(answer.ok ? { file, extraction: answer.extraction } : { file, error: answer.error });
      };
      const onClose = (code: number | null, signal: NodeJS.Signals | null): void => {
        finish({ file, error: this.stopped ? `${file}: not finished (interrupted)` : `${file}: ${this.reasonOfEnd(worker, code, signal)}` });
      };
      const timer = setTimeout(() => {
        this.kill();
        const seconds = formatSeconds(this.limits.documentTimeoutMs);
        finish({ file, error: `${file}: took longer than ${seconds} s to read and extract (limit INGEST_DOCUMENT_TIMEOUT_MS)` });
      }, this.limits.documentTimeoutMs);
      child.on("message", onMessage);
      child.once("close", onClose);
      child.send(task);
    });
  }

  /** Kills the worker if it is in the middle of a document nobody will wait for; an idle one stays. */
  release(): void {
    if (this.busy) this.kill();
  }

  /** Kills the worker now, whatever it is doing; later documents are not read. */
  stop(): void {
    this.stopped = true;
    this.kill();
    if (this.spawning) killGroup(this.spawning);
  }

  private start(): Promise<Worker> {
    if (this.worker) return Promise.resolve(this.worker);
    this.starting ??= this.spawn().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  private spawn(): Promise<Worker> {
    const { documentTimeoutMs: _timeout, workers: _workers, ...settings } = this.limits;
    const child = fork(WORKER_ENTRY, [JSON.stringify(settings satisfies WorkerSettings)], {
      execArgv: ["--import", import.meta.resolve("tsx"), `--max-old-space-size=${this.limits.documentMemoryMb}`],
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      // Its own process group: a terminal's Ctrl-C reaches only the command, which decides, and
      // killing the group also ends the PDF and .doc extraction processes the worker started.
      detached: true,
    });
    const worker: Worker = { child, stderr: "" };
    this.spawning = child;
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      worker.stderr = (worker.stderr + chunk).slice(-STDERR_TAIL);
    });
    track(child);
    // An idle worker must not keep the command running; a pending document's timer does that.
    child.unref();
    child.channel?.unref();
    (child.stderr as Socket | null)?.unref();
    child.once("close", () => {
      if (this.worker === worker) this.worker = undefined;
    });
    return new Promise((resolve, reject) => {
      const settle = (error?: string): void => {
        clearTimeout(timer);
        this.spawning = undefined;
        child.off("close", onEarlyClose);
        child.off("error", onError);
        if (error === undefined && this.stopped) error = "stopped";
        if (error !== undefined) {
          killGroup(child);
          reject(new WorkerStartError(`the document worker could not start: ${error}`));
          return;
        }
        this.worker = worker;
        resolve(worker);
      };
      const onEarlyClose = (code: number | null, signal: NodeJS.Signals | null): void => {
        const detail = lastLine(worker.stderr);
        settle(`${signal ?? `exit code ${code}`}${detail ? `: ${detail}` : ""}`);
      };
      const onError = (error: Error): void => settle(error.message);
      const timer = setTimeout(() => settle(`not ready after ${formatSeconds(START_TIMEOUT_MS)} s`), START_TIMEOUT_MS);
      child.once("close", onEarlyClose);
      child.once("error", onError);
      child.once("message", (message) => settle(message === WORKER_READY ? undefined : `unexpected first message ${JSON.stringify(message)}`));
    });
  }

  private kill(): void {
    if (this.worker) killGroup(this.worker.child);
    this.worker = undefined;
  }

  private reasonOfEnd(worker: Worker, code: number | null, signal: NodeJS.Signals | null): string {
    if (OUT_OF_MEMORY.test(worker.stderr)) {
      return `needed more than ${this.limits.documentMemoryMb} MB to read and extract (limit INGEST_DOCUMENT_MEMORY_MB)`;
    }
    const detail = lastLine(worker.stderr);
    return `the document worker stopped (${signal ?? `exit code ${code}`})${detail ? `: ${detail}` : ""}`;
  }
}

/** What reads and extracts documents for a run: one worker, or a pool of them. */
export interface DocumentPreparer {
  readonly limits: IngestLimits;
  readonly isStopped: boolean;
  /** Starts workers ahead of `documents` documents (1 when not given): as many as they will keep busy. */
  warmUp(documents?: number): void;
  prepare(file: string): Promise<PreparedDocument>;
  prepareParsed(parsed: ParsedDocument, label: string): Promise<PreparedDocument>;
  release(): void;
  stop(): void;
}

/**
 * Documents waiting before a second worker is started: a worker takes a second or two and some
 * hundred megabytes to start, which a handful of files never pays back.
 */
const WAITING_FOR_ANOTHER_WORKER = 8;

interface Job {
  readonly run: (worker: DocumentWorker) => Promise<PreparedDocument>;
  readonly resolve: (prepared: PreparedDocument) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Several document workers, each reading one document at a time under the same budget: a file
 * over a limit costs only its own worker, which is started again for the next file. Documents are
 * handed out as workers come free, so answers may come back in any order; callers keep theirs.
 */
export class DocumentWorkerPool implements DocumentPreparer {
  private readonly workers: DocumentWorker[] = [];
  private readonly idle: DocumentWorker[] = [];
  private readonly queue: Job[] = [];
  private stopped = false;

  constructor(
    readonly limits: IngestLimits,
    private readonly size = limits.workers,
  ) {}

  get isStopped(): boolean {
    return this.stopped;
  }

  warmUp(documents = 1): void {
    // The rule dispatch() follows: a second worker only for a queue it would shorten.
    const wanted = documents >= WAITING_FOR_ANOTHER_WORKER ? Math.max(1, this.size) : 1;
    while (this.workers.length < wanted) {
      const worker = this.add();
      if (!worker) return;
      worker.warmUp();
    }
  }

  prepare(file: string): Promise<PreparedDocument> {
    return this.enqueue((worker) => worker.prepare(file));
  }

  prepareParsed(parsed: ParsedDocument, label: string): Promise<PreparedDocument> {
    return this.enqueue((worker) => worker.prepareParsed(parsed, label));
  }

  /** Kills the workers in the middle of a document nobody will wait for; idle ones stay. */
  release(): void {
    for (const worker of this.workers) worker.release();
  }

  /** Kills every worker now; documents not yet read are answered "not read (interrupted)". */
  stop(): void {
    this.stopped = true;
    for (const worker of this.workers) worker.stop();
    this.dispatch();
  }

  private enqueue(run: Job["run"]): Promise<PreparedDocument> {
    return new Promise((resolve, reject) => {
      this.queue.push({ run, resolve, reject });
      this.dispatch();
    });
  }

  private add(): DocumentWorker | undefined {
    if (this.workers.length >= Math.max(1, this.size)) return undefined;
    const worker = new DocumentWorker(this.limits);
    if (this.stopped) worker.stop();
    this.workers.push(worker);
    this.idle.push(worker);
    return worker;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      if (this.idle.length === 0) {
        const waiting = this.workers.length === 0 || this.queue.length >= WAITING_FOR_ANOTHER_WORKER;
        if (!waiting || !this.add()) return;
      }
      const worker = this.idle.pop() as DocumentWorker;
      const job = this.queue.shift() as Job;
      job
        .run(worker)
        .then(job.resolve, job.reject)
        .finally(() => {
          this.idle.push(worker);
          this.dispatch();
        });
    }
  }
}

function formatSeconds(ms: number): string {
  return Number((ms / 1000).toFixed(1)).toString();
}

function lastLine(text: string): string {
  return text.trim().split("\n").pop()?.trim() ?? "";
}

const running = new Set<ChildProcess>();

/** A command that exits, however, takes its workers with it. */
function track(child: ChildProcess): void {
  if (!process.listeners("exit").includes(killRunning)) process.on("exit", killRunning);
  running.add(child);
  child.once("exit", () => running.delete(child));
}

function killRunning(): void {
  for (const child of running) killGroup(child);
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
}
