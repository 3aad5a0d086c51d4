import { summarize, type Percentiles } from "./stats.js";

/** The ways one operation is run: over HTTP uncached and cached, in-process, and as raw Cypher. */
export type Way = "http" | "inProcess" | "raw" | "cached";
export const WAYS: readonly Way[] = ["http", "inProcess", "raw", "cached"];

export interface TrialRun {
  /** The time the trial measured itself (HTTP: request to last byte); otherwise the call is timed. */
  readonly ms?: number;
  /** The API's X-Response-Cache header for HTTP trials ("none" when absent); undefined for the others. */
  readonly cache?: string;
}

export interface Trial {
  readonly way: Way;
  run(): Promise<TrialRun>;
}

export interface WayTiming {
  readonly times: Percentiles | undefined;
  /** Why the way has no timing: its first failure. */
  readonly error: string | undefined;
  /** X-Response-Cache values seen on the timed HTTP runs ("none" when the header was absent). */
  readonly cache: Readonly<Record<string, number>>;
}

/**
 * Runs the trials round-robin, A B C A B C ..., so that whatever else the machine is doing hits
 * every way alike: `warmup` untimed rounds, then `runs` timed ones. A trial that fails is dropped
 * with its error; the others go on.
 */
export async function timeInterleaved(trials: readonly Trial[], runs: number, warmup: number): Promise<Map<Way, WayTiming>> {
  const times = new Map<Way, number[]>(trials.map((t) => [t.way, []]));
  const errors = new Map<Way, string>();
  const caches = new Map<Way, Record<string, number>>(trials.map((t) => [t.way, {}]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const trial of trials) {
      if (errors.has(trial.way)) continue;
      try {
        const started = performance.now();
        const outcome = await trial.run();
        const elapsed = outcome.ms ?? performance.now() - started;
        if (round >= warmup) {
          times.get(trial.way)!.push(elapsed);
          if (outcome.cache !== undefined) {
            const seen = caches.get(trial.way)!;
            seen[outcome.cache] = (seen[outcome.cache] ?? 0) + 1;
          }
        }
      } catch (error) {
        errors.set(trial.way, error instanceof Error ? error.message : String(error));
      }
    }
  }
  const result = new Map<Way, WayTiming>();
  for (const trial of trials) {
    const error = errors.get(trial.way);
    const measured = times.get(trial.way)!;
    result.set(trial.way, {
      times: error === undefined && measured.length > 0 ? summarize(measured) : undefined,
      error,
      cache: caches.get(trial.way)!,
    });
  }
  return result;
}
