/** What the bookkeeping node says the bench generated (bench/statements/bench-graph-write.cypher). */
export interface RecordedGraph {
  readonly documents: number;
  readonly seed: number;
  readonly batch: number;
  /** The sizes the graph grew through, in order; they fix the generator's batches. */
  readonly steps: readonly number[];
  /** Liaison statements in the database when it was recorded (synthetic ones and the founding document). */
  readonly statements: number;
  /** The reference snapshot the synthetic world was built on, as JSON. */
  readonly reference: string;
}

export interface GraphPlan {
  readonly keep: boolean;
  readonly reason: string;
}

/**
 * Whether a graph already in the database can be kept: only with --reuse, only the bench's own
 * (same seed and batch, so growing it writes what a fresh build would), only when nothing else
 * wrote statements since, and only when it is not larger than the first size (graphs grow, never shrink).
 */
export function planGraph(
  recorded: RecordedGraph | undefined,
  statementsNow: number,
  wanted: { seed: number; batch: number; firstSize: number; reuse: boolean },
): GraphPlan {
  if (!wanted.reuse) return { keep: false, reason: "--reuse not given" };
  if (!recorded) return { keep: false, reason: "no bench graph recorded in this database" };
  const has = `it holds ${recorded.documents} documents of seed ${recorded.seed}, batch ${recorded.batch}`;
  if (recorded.seed !== wanted.seed || recorded.batch !== wanted.batch) {
    return { keep: false, reason: `${has}; seed ${wanted.seed}, batch ${wanted.batch} asked` };
  }
  if (recorded.statements !== statementsNow) {
    return { keep: false, reason: `${has}, but ${statementsNow} statements are there now instead of ${recorded.statements} (written since)` };
  }
  if (recorded.documents > wanted.firstSize) {
    return { keep: false, reason: `${has}, more than the first size ${wanted.firstSize} (graphs grow, never shrink)` };
  }
  return { keep: true, reason: has };
}

/** Batch sizes that take a generator from `from` documents to `to`, `batch` at most each. */
export function chunksBetween(from: number, to: number, batch: number): number[] {
  const chunks: number[] = [];
  for (let count = from; count < to; count += Math.min(batch, to - count)) chunks.push(Math.min(batch, to - count));
  return chunks;
}

/** Calls `take` with every batch size the recorded growth used, in order. */
export function replayChunks(steps: readonly number[], batch: number, take: (size: number) => void): number {
  let count = 0;
  for (const step of steps) {
    for (const size of chunksBetween(count, step, batch)) take(size);
    count = Math.max(count, step);
  }
  return count;
}
