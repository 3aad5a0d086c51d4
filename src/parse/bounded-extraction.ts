/**
 * Limits for the binary-format extractors (PDF, legacy Word) and the child process they run in.
 *
 * Their libraries parse hostile input in plain JavaScript: a .doc whose sector chain loops makes
 * word-extractor grow an array until the heap is gone, and a PDF stream can inflate to gigabytes.
 * V8 ends a process that runs out of heap, and a worker thread does not contain that (the whole
 * process aborts), so each file is read by a short-lived child process with its own heap limit
 * and a deadline: a hostile file fails alone, as a DocumentError, and the batch goes on.
 */

import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { DocumentError, type DocumentErrorCode } from "./document-error.js";

export type BinaryFormat = "pdf" | "doc";

export const DEFAULT_MAX_INPUT_BYTES = 25 * 1024 * 1024;
export const DEFAULT_MAX_TEXT_CHARS = 2 * 1024 * 1024;
/** Generous: a real statement takes well under a second; only a hostile file comes near. */
export const DEFAULT_EXTRACTION_TIMEOUT_MS = 60_000;
export const DEFAULT_EXTRACTION_MEMORY_MB = 512;

export interface ExtractionLimits {
  /** Larger files are refused before any parsing. */
  readonly maxBytes?: number;
  /** Longer text is cut there, with a note saying so. */
  readonly maxChars?: number;
  /** The extraction is stopped after this long. */
  readonly timeoutMs?: number;
  /** Heap of the extracting process (V8 old generation). */
  readonly maxMemoryMb?: number;
}

/** What the child is asked: one file, its bytes, and how much text is worth keeping (and sending back). */
export interface ExtractionTask {
  readonly format: BinaryFormat;
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly maxChars: number;
}

export type ExtractionOutcome =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly code: DocumentErrorCode; readonly reason: string };

const CHILD_ENTRY = fileURLToPath(new URL("./extraction-child.ts", import.meta.url));
/** What the child says once it listens for its task. */
export const CHILD_READY = "ready";
/** The tail of the child's stderr kept to tell an out-of-memory end from other crashes. */
const STDERR_TAIL = 4096;

/** Extracts the text of `bytes` in a fresh child process; DocumentError for anything that goes wrong. */
export async function extractInChild(
  format: BinaryFormat,
  file: string,
  bytes: Uint8Array,
  limits: ExtractionLimits = {},
): Promise<string> {
  refuseOversized(format, file, bytes, limits);
  const maxChars = limits.maxChars ?? DEFAULT_MAX_TEXT_CHARS;
  const outcome = await runChild(
    { format, file, bytes, maxChars },
    limits.timeoutMs ?? DEFAULT_EXTRACTION_TIMEOUT_MS,
    limits.maxMemoryMb ?? DEFAULT_EXTRACTION_MEMORY_MB,
  );
  if (!outcome.ok) throw new DocumentError(file, outcome.code, outcome.reason);
  return outcome.text;
}

/** The first check of every extractor: a file over the cap is not even looked at. */
export function refuseOversized(format: BinaryFormat, file: string, bytes: Uint8Array, limits: ExtractionLimits): void {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (bytes.length > maxBytes) {
    throw new DocumentError(file, "UNREADABLE", `too large for .${format} extraction (${bytes.length} bytes; limit ${maxBytes})`);
  }
}

/** Text beyond `maxChars` is dropped, and the text says so, so that nobody takes it for whole. */
export function capText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  return `${text.slice(0, maxChars).trimEnd()}\n\n[text truncated: the document has more than ${maxChars} characters]`;
}

function runChild(task: ExtractionTask, timeoutMs: number, maxMemoryMb: number): Promise<ExtractionOutcome> {
  const { format } = task;
  // The child runs our TypeScript through tsx, found from here so that any working directory does.
  const child = fork(CHILD_ENTRY, [], {
    execArgv: ["--import", import.meta.resolve("tsx"), `--max-old-space-size=${maxMemoryMb}`],
    serialization: "advanced",
    stdio: ["ignore", "ignore", "pipe", "ipc"],
  });
  let stderr = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_TAIL);
  });
  watch(child);

  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: ExtractionOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill("SIGKILL");
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      settle({ ok: false, code: "UNREADABLE", reason: `unreadable .${format} (extraction took longer than ${timeoutMs} ms)` });
    }, timeoutMs);

    child.on("message", (message: typeof CHILD_READY | ExtractionOutcome) => {
      // A child that dies before taking its task is reported by "close" below.
      if (message === CHILD_READY) child.send(task, () => undefined);
      else settle(message);
    });
    child.once("error", (error) => {
      settle({ ok: false, code: "UNREADABLE", reason: `unreadable .${format} (extraction could not run: ${error.message})` });
    });
    // Only reached when the child ends without an answer; its stderr says why.
    child.once("close", (code, signal) => {
      if (/heap out of memory|allocation failed/i.test(stderr)) {
        settle({ ok: false, code: "UNREADABLE", reason: `unreadable .${format} (extraction needed more than ${maxMemoryMb} MB of memory)` });
      } else {
        const how = signal ? `signal ${signal}` : `exit code ${code}`;
        settle({ ok: false, code: "MALFORMED", reason: `malformed .${format} (extraction stopped with ${how})` });
      }
    });
  });
}

const running = new Set<ChildProcess>();

/** A parent that exits while children still parse must not leave them running on their own. */
function watch(child: ChildProcess): void {
  if (!process.listeners("exit").includes(killRunning)) process.on("exit", killRunning);
  running.add(child);
  child.once("exit", () => running.delete(child));
}

function killRunning(): void {
  for (const child of running) child.kill("SIGKILL");
}

export function firstLine(message: string): string {
  return message.split("\n")[0]?.trim() ?? "";
}
