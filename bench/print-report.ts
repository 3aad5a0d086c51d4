import type { EvaluatedGoal } from "./evaluate-goals.js";
import { formatMark } from "./goals.js";
import type { WayTiming } from "./interleave.js";
import { ratio } from "./stats.js";
import { formatTable, ms, sizeLabel, times } from "./table.js";

export interface TableOperation {
  readonly name: string;
  readonly cypher: readonly string[];
  readonly ways: Readonly<Record<"http" | "inProcess" | "raw" | "cached", WayTiming>>;
  readonly notes: readonly string[];
}

export interface TableSize {
  readonly documents: number;
  readonly description: string;
  readonly operations: readonly TableOperation[];
}

/** The goals, each with its overall status, then one line per check. */
export function formatGoals(goals: readonly EvaluatedGoal[]): string {
  const lines: string[] = [];
  for (const goal of goals) {
    lines.push(`Goal ${goal.number}, ${goal.title}: ${goal.status === "N/A" ? "n/a or incomplete" : goal.status}`);
    for (const line of goal.lines) {
      lines.push(`  ${line.subject}: ${formatMark(line.mark)}`);
      if (line.why && line.mark.status === "SHORT") lines.push(`      why: ${line.why}`);
    }
    for (const info of goal.info) lines.push(`  (shown, not judged) ${info}`);
  }
  return lines.join("\n");
}

function cacheSummary(timing: WayTiming): string {
  const runs = timing.times?.runs ?? 0;
  if (runs === 0) return "-";
  if ((timing.cache.none ?? 0) === runs) return "no header";
  return `${timing.cache.HIT ?? 0}/${runs} HIT`;
}

/**
 * One table per size: p50/p95 in milliseconds per way, the ratios the goals judge, and growth
 * of the HTTP p50 against the previous size.
 */
export function formatSizeTable(size: TableSize, previous: TableSize | undefined): string {
  const header = ["operation", "HTTP p50", "HTTP p95", "in-proc p50", "raw p50", "raw p95", "HTTP/raw", "in-proc/raw", "cached p50", "cached/HTTP", "cache"];
  if (previous) header.push(`growth ×${sizeLabel(previous.documents)}`);
  const rows = size.operations.map((op) => {
    const { http, inProcess, raw, cached } = op.ways;
    const row = [
      op.name,
      ms(http.times?.p50),
      ms(http.times?.p95),
      ms(inProcess.times?.p50),
      ms(raw.times?.p50),
      ms(raw.times?.p95),
      times(ratio(http.times?.p50, raw.times?.p50)),
      times(ratio(inProcess.times?.p50, raw.times?.p50)),
      ms(cached.times?.p50),
      times(ratio(cached.times?.p50, http.times?.p50)),
      cacheSummary(cached),
    ];
    if (previous) {
      const before = previous.operations.find((o) => o.name === op.name);
      row.push(times(ratio(http.times?.p50, before?.ways.http.times?.p50)));
    }
    return row;
  });
  const failures = size.operations.flatMap((op) =>
    (["http", "inProcess", "raw", "cached"] as const)
      .filter((way) => op.ways[way].error !== undefined)
      .map((way) => `  ${op.name}, ${way}: ${op.ways[way].error}`),
  );
  const notes = size.operations.flatMap((op) => op.notes.map((note) => `  ${op.name}: ${note}`));
  const raw = size.operations.map((op) => `  ${op.name}: ${op.cypher.length > 0 ? op.cypher.join(" + ") : "-"}`);
  return [
    `${sizeLabel(size.documents)} documents (${size.description}); milliseconds:`,
    formatTable(header, rows),
    ...(failures.length > 0 ? ["Failures:", ...failures] : []),
    ...(notes.length > 0 ? ["Notes:", ...notes] : []),
    // The same at every size: listed with the first table only.
    ...(previous ? [] : ["Raw Cypher run for each operation:", ...raw]),
  ].join("\n");
}
