/**
 * What an ingest run tells the person watching it. On a terminal: one line rewritten in place
 * (count/total, docs per second, failures), with errors printed above it as they happen. In a
 * pipe or a log: no progress noise, only the errors and the final summary.
 */
import type { OutcomeCounts } from "./ingest-run.js";

export interface OutputStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Redrawing more often than this only costs time on large runs. */
const REDRAW_MS = 100;

export class Progress {
  private total = 0;
  private done = 0;
  private failed = 0;
  private started = 0;
  private lastDraw = 0;
  private lineShown = false;
  private readonly live: boolean;

  constructor(
    private readonly stream: OutputStream,
    private readonly options: { readonly quiet: boolean; readonly now?: () => number } = { quiet: false },
  ) {
    this.live = stream.isTTY === true && !options.quiet;
  }

  start(total: number): void {
    this.total = total;
    this.started = this.now();
    this.draw(true);
  }

  /** One document through the pipeline, written or failed. */
  advance(failed = false): void {
    this.done += 1;
    if (failed) this.failed += 1;
    this.draw(this.done === this.total);
  }

  /** A line that must be seen, on `to` (stderr by default), kept clear of the progress line. */
  print(line: string, to: OutputStream = this.stream): void {
    this.clear();
    to.write(line.endsWith("\n") ? line : `${line}\n`);
    this.draw(true);
  }

  /** Removes the progress line and prints the summary unless quiet. */
  finish(summary: string): void {
    this.clear();
    if (!this.options.quiet) this.stream.write(`${summary}\n`);
  }

  private draw(force: boolean): void {
    if (!this.live || this.total === 0) return;
    const now = this.now();
    if (!force && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const rate = docsPerSecond(this.done, now - this.started);
    const failures = this.failed > 0 ? `, ${this.failed} failed` : "";
    const text = `ingesting ${this.done}/${this.total} (${rate} docs/s${failures})`;
    // Some terminals report 0 columns; a line longer than the terminal would wrap and not be erased.
    const width = this.stream.columns || 80;
    this.stream.write(`\r\u001b[2K${text.slice(0, width - 1)}`);
    this.lineShown = true;
  }

  private clear(): void {
    if (!this.lineShown) return;
    this.stream.write("\r\u001b[2K");
    this.lineShown = false;
  }

  private now(): number {
    return this.options.now?.() ?? performance.now();
  }
}

export function docsPerSecond(documents: number, elapsedMs: number): string {
  return elapsedMs <= 0 ? "0.0" : (documents / (elapsedMs / 1000)).toFixed(1);
}

export function formatSummary(counts: OutcomeCounts, elapsedMs: number, dryRun: boolean): string {
  const outcomes = dryRun
    ? [`extracted ${counts.dryRun} (dry run, nothing written)`]
    : [`created ${counts.created}`, `updated ${counts.updated}`, `unchanged ${counts.unchanged}`];
  return [
    `files ${counts.files}`,
    ...outcomes,
    `failed ${counts.failed}`,
    `${docsPerSecond(counts.files, elapsedMs)} docs/s`,
    `${(elapsedMs / 1000).toFixed(1)} s elapsed`,
  ].join(" | ");
}
