import { graphql, type GraphQLSchema } from "graphql";
import type { Operation } from "./operations.js";

export interface Timing {
  readonly median: number;
  readonly p95: number;
  /** The first error of the operation, if it failed: a failed query has no meaningful time. */
  readonly error?: string;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/**
 * Runs each operation through the executable schema, as Apollo would: one warm-up run (query
 * planning and page cache), then `runs` timed ones.
 */
export async function timeOperations(
  schema: GraphQLSchema,
  database: string,
  operations: readonly Operation[],
  runs: number,
  report: (line: string) => void,
): Promise<Map<string, Timing>> {
  const timings = new Map<string, Timing>();
  for (const operation of operations) {
    const times: number[] = [];
    let error: string | undefined;
    for (let run = 0; run <= runs && error === undefined; run++) {
      const started = performance.now();
      const result = await graphql({ schema, source: operation.source, contextValue: { sessionConfig: { database } } });
      const elapsed = performance.now() - started;
      if (result.errors?.length) error = result.errors[0]!.message;
      else if (run > 0) times.push(elapsed);
    }
    times.sort((a, b) => a - b);
    const timing = { median: percentile(times, 50), p95: percentile(times, 95), ...(error ? { error } : {}) };
    timings.set(operation.name, timing);
    report(`  ${operation.name}: ${error ? `ERROR ${error}` : `median ${timing.median.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms`}`);
  }
  return timings;
}

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
