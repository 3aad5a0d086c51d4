import { parseArgs } from "node:util";

/** What `npm run bench` was asked to do. */
export interface BenchArgs {
  /** Document counts to time, ascending; the graph grows in place from one to the next. */
  readonly sizes: readonly number[];
  /** Timed runs per operation and way of running it. */
  readonly runs: number;
  /** Untimed runs first (query planning, page cache, JIT). */
  readonly warmup: number;
  readonly seed: number;
  /** Documents per bulk-write transaction. */
  readonly batch: number;
  /** Keep a bench graph already in the database when its seed and batch match and it is not larger than the first size. */
  readonly reuse: boolean;
  /** Allows emptying the database NEO4J_URI names. */
  readonly wipe: boolean;
  /** Documents for the ingestion measurement; 0 skips it. */
  readonly ingest: number;
  /** Where to write the whole report as JSON. */
  readonly json: string | undefined;
  readonly help: boolean;
}

export class BenchArgsError extends Error {}

export const USAGE = `npm run bench -- [options]

Builds a synthetic graph of liaison statements, grown in place through each size, and times every
analytics operation and every documented generated query three ways, interleaved run by run: over
HTTP against a real API server, in-process through the same GraphQL schema, and as raw Cypher. Then
it measures ingestion and prints each goal with PASS or SHORT.

Options:
  --sizes 10000,100000   document counts, ascending (k and m suffixes work: 10k,100k,1m)
  --runs 20              timed runs per operation and way
  --warmup 3             untimed runs first
  --ingest 2000          documents for the ingestion measurement (0 skips it)
  --seed 17              seed of the synthetic graph
  --batch 1000           documents per bulk-write transaction
  --reuse                keep a bench graph already there (same seed and batch, not larger than the first size),
                         and its summaries when the current statements computed them
  --wipe                 allowed to empty the database NEO4J_URI names (required with NEO4J_URI)
  --json path            also write the whole report as JSON
  --help                 this text

Without NEO4J_URI the bench runs its own Neo4j (bench/.neo4j-bench, Bolt 7689, HTTP 7476) and
stops it at the end. With NEO4J_URI it uses that database, which it empties: only with --wipe.
Quick run: npm run bench -- --sizes 2000,20000 --runs 5`;

/** A count such as 2000, 20k or 1m. */
export function parseCount(text: string, option: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  const value = match ? Number(match[1]) * (match[2]?.toLowerCase() === "k" ? 1e3 : match[2]?.toLowerCase() === "m" ? 1e6 : 1) : NaN;
  if (!Number.isSafeInteger(value)) throw new BenchArgsError(`--${option}: "${text}" is not a whole number (e.g. 2000, 20k, 1m)`);
  return value;
}

export function parseSizes(text: string): number[] {
  const sizes = text.split(",").map((part) => parseCount(part, "sizes"));
  if (sizes.some((size) => size < 1)) throw new BenchArgsError("--sizes: every size must be at least 1 document");
  for (let i = 1; i < sizes.length; i++) {
    if (sizes[i]! <= sizes[i - 1]!) throw new BenchArgsError(`--sizes must ascend (the graph grows in place): ${sizes[i - 1]} then ${sizes[i]}`);
  }
  return sizes;
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        sizes: { type: "string", default: "10000,100000" },
        runs: { type: "string", default: "20" },
        warmup: { type: "string", default: "3" },
        ingest: { type: "string", default: "2000" },
        seed: { type: "string", default: "17" },
        batch: { type: "string", default: "1000" },
        reuse: { type: "boolean", default: false },
        wipe: { type: "boolean", default: false },
        json: { type: "string" },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    throw new BenchArgsError(error instanceof Error ? error.message : String(error));
  }
  const atLeast = (name: "runs" | "warmup" | "ingest" | "seed" | "batch", min: number) => {
    const value = parseCount(values[name], name);
    if (value < min) throw new BenchArgsError(`--${name} must be at least ${min}, got ${value}`);
    return value;
  };
  if (values.json !== undefined && values.json.trim() === "") throw new BenchArgsError("--json needs a file path");
  return {
    sizes: parseSizes(values.sizes),
    runs: atLeast("runs", 1),
    warmup: atLeast("warmup", 0),
    ingest: atLeast("ingest", 0),
    seed: atLeast("seed", 0),
    batch: atLeast("batch", 1),
    reuse: values.reuse,
    wipe: values.wipe,
    json: values.json,
    help: values.help,
  };
}
