import { atLeast, atMost, formatValue, notMeasured, overall, sizeSteps, stepNote, type Goal, type GoalLine, type Mark } from "./goals.js";
import type { WayTiming } from "./interleave.js";
import { isLookup, type IngestionMeasurement } from "./optional-parts.js";
import { formatProfile, type DatabaseProfile } from "./profile-statements.js";
import { ratio } from "./stats.js";
import { sizeLabel } from "./table.js";

/** What the goals are judged on: per size, per operation, the four ways' timings. */
export interface MeasuredOperation {
  readonly name: string;
  readonly kind: "analytics" | "generated";
  readonly cypher?: readonly string[];
  readonly ways: Readonly<Record<"http" | "inProcess" | "raw" | "cached", WayTiming>>;
  readonly profile?: DatabaseProfile;
}

export interface MeasuredSize {
  readonly documents: number;
  readonly operations: readonly MeasuredOperation[];
}

export type IngestionOutcome =
  | { readonly measured: IngestionMeasurement; readonly graphDocuments: number }
  | { readonly missing: string };

export interface GoalInput {
  readonly sizes: readonly MeasuredSize[];
  /** Why the generated queries were not timed, when they were not. */
  readonly generatedMissing: string | undefined;
  readonly ingestion: IngestionOutcome;
}

export interface EvaluatedGoal extends Goal {
  readonly status: Mark["status"];
  /** Figures shown with the goal but not judged (the HTTP/raw ratio of every operation). */
  readonly info: readonly string[];
}

const NO_CACHE = "the API sends no X-Response-Cache header: no response cache";

const p50 = (timing: WayTiming | undefined) => timing?.times?.p50;
const p95 = (timing: WayTiming | undefined) => timing?.times?.p95;

/** Why a way has no figure: its error, or that it was not run. */
function why(timing: WayTiming | undefined): string {
  return timing?.error ? `failed: ${timing.error}` : "not measured";
}

function goal(number: number, title: string, lines: GoalLine[], info: string[] = []): EvaluatedGoal {
  return { number, title, lines, status: overall(lines), info };
}

export function evaluateGoals(input: GoalInput): EvaluatedGoal[] {
  const largest = input.sizes[input.sizes.length - 1];
  const at = largest ? sizeLabel(largest.documents) : "-";
  const operations = largest?.operations ?? [];
  const analytics = operations.filter((op) => op.kind === "analytics");
  const generated = operations.filter((op) => op.kind === "generated");

  // 1. Analytics: p95 at the largest size, and growth between neighbouring sizes.
  const goal1: GoalLine[] = analytics.map((op) => ({
    subject: `${op.name}: HTTP p95 at ${at}`,
    mark: atMost(p95(op.ways.http), 100, "ms", why(op.ways.http)),
    ...withWhy(databaseShare(op)),
  }));
  const steps = sizeSteps(input.sizes.map((s) => s.documents));
  if (steps.length === 0) goal1.push({ subject: "growth", mark: notMeasured("one size only; growth needs two") });
  const info1 = steps.map((step) => stepNote(step).trim()).filter((note) => note.length > 0).map((note) => `growth compared ${note.slice(1, -1)}`);
  for (const step of steps) {
    const small = input.sizes.find((s) => s.documents === step.small)!;
    const large = input.sizes.find((s) => s.documents === step.large)!;
    for (const op of large.operations.filter((o) => o.kind === "analytics")) {
      const before = small.operations.find((o) => o.name === op.name);
      const growth = ratio(p50(op.ways.http), p50(before?.ways.http));
      const hits = (m: MeasuredOperation | undefined) => m?.profile?.dbHits.toLocaleString("en-US") ?? "?";
      goal1.push({
        subject: `${op.name}: growth of HTTP p50 ${step.label}`,
        mark: atMost(growth, 1.5, "×", growth === undefined ? why(p50(op.ways.http) === undefined ? op.ways.http : before?.ways.http) : ""),
        ...withWhy(op.profile ? `db hits ${hits(before)} → ${hits(op)}; ${formatProfile(op.profile)}` : undefined),
      });
    }
  }

  // 2. Generated queries against the best hand-written Cypher.
  const goal2: GoalLine[] = input.generatedMissing
    ? [{ subject: "generated queries", mark: notMeasured(input.generatedMissing) }]
    : generated.map((op) => {
        const value = ratio(p50(op.ways.inProcess), p50(op.ways.raw));
        return {
          subject: `${op.name}: in-process p50 / hand Cypher p50 at ${at}`,
          mark: atMost(value, 1.3, "×", why(p50(op.ways.inProcess) === undefined ? op.ways.inProcess : op.ways.raw)),
          ...withWhy(outsideDatabase(op, "inProcess")),
        };
      });

  // 3. HTTP overhead for lookups; the ratio of every operation shown alongside.
  const lookups = generated.filter((op) => isLookup({ name: op.name, cypherFile: op.cypher?.[0] }));
  const goal3: GoalLine[] =
    lookups.length > 0
      ? lookups.map((op) => ({
          subject: `${op.name}: HTTP p50 / raw p50 at ${at}`,
          mark: atMost(ratio(p50(op.ways.http), p50(op.ways.raw)), 1.5, "×", why(p50(op.ways.http) === undefined ? op.ways.http : op.ways.raw)),
          ...withWhy(outsideDatabase(op, "http")),
        }))
      : [{ subject: "lookup by id", mark: notMeasured(input.generatedMissing ?? "no generated query named as a lookup") }];
  const info3 = operations.map((op) => {
    const value = ratio(p50(op.ways.http), p50(op.ways.raw));
    return `${op.name}: HTTP/raw ${value === undefined ? "-" : `${value.toFixed(2)}×`}`;
  });

  // 4. The response cache: a cached answer against a computed one, per operation.
  const headerless = (op: MeasuredOperation) => op.ways.cached.times !== undefined && (op.ways.cached.cache.none ?? 0) === op.ways.cached.times.runs;
  const noCache = operations.length > 0 && operations.every(headerless);
  // The cheapest hit of any operation: what every hit costs whatever it answers.
  const floor = Math.min(...operations.map((op) => p50(op.ways.cached) ?? Infinity));
  const goal4: GoalLine[] = noCache
    ? [{ subject: "every operation: cached p50 / uncached p50", mark: notMeasured(NO_CACHE) }]
    : operations.map((op) => cacheLine(op, at, headerless(op), floor));

  // 5. Ingestion end to end against the database's own speed for the same rows.
  const goal5: GoalLine[] =
    "missing" in input.ingestion
      ? [{ subject: "ingestion", mark: notMeasured(input.ingestion.missing) }]
      : ingestionLines(input.ingestion.measured);

  return [
    goal(1, "analytics at scale: p95 ≤ 100 ms at the largest size, growth of p50 ≤ 1.5× per 10× documents", goal1, info1),
    goal(2, "generated queries: in-process p50 ≤ 1.3× the hand-written Cypher's p50", goal2),
    goal(3, "HTTP overhead: HTTP p50 ≤ 1.5× raw p50 for lookups", goal3, info3),
    goal(4, "response cache: cached p50 ≤ 0.05× uncached p50, over HTTP", goal4),
    goal(5, "ingestion: first load ≥ 300 docs/s and ≤ 3× slower than a raw UNWIND; unchanged ≥ 1000 docs/s", goal5),
  ];
}

function withWhy(text: string | undefined): { why?: string } {
  return text === undefined ? {} : { why: text };
}

/** The database's share of an analytic's time, and its profile. */
function databaseShare(op: MeasuredOperation): string | undefined {
  const profile = formatProfile(op.profile);
  const raw = p50(op.ways.raw);
  const http = p50(op.ways.http);
  if (profile === undefined || raw === undefined || http === undefined) return profile;
  return `the database takes ${raw.toFixed(1)} of ${http.toFixed(1)} ms (p50); ${profile}`;
}

/** Time a generated query spends outside the database: GraphQL translation and execution in the API process. */
function outsideDatabase(op: MeasuredOperation, way: "inProcess" | "http"): string | undefined {
  const total = p50(op.ways[way]);
  const raw = p50(op.ways.raw);
  if (total === undefined || raw === undefined) return undefined;
  const profile = formatProfile(op.profile);
  return `${(total - raw).toFixed(1)} ms per request outside the database (GraphQL translation, execution and result building in the API process)${profile ? `; the hand-written Cypher: ${profile}` : ""}`;
}

function ingestionLines(measured: IngestionMeasurement): GoalLine[] {
  const { firstLoad, unchanged, rawUnwind } = measured;
  const profile = withWhy(firstLoadWhy(measured));
  return [
    { subject: `first load of ${firstLoad.documents} documents`, mark: atLeast(firstLoad.docsPerSecond, 300, "docs/s"), ...profile },
    {
      subject: `first load vs raw UNWIND (${Math.round(rawUnwind.docsPerSecond)} docs/s): times slower`,
      mark: atMost(ratio(rawUnwind.docsPerSecond, firstLoad.docsPerSecond), 3, "×"),
      ...profile,
    },
    { subject: `unchanged re-ingest of ${unchanged.documents} documents`, mark: atLeast(unchanged.docsPerSecond, 1000, "docs/s") },
  ];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Where the first load's time went: write transactions by statement, reads, and the writer waiting for extraction. */
export function firstLoadWhy(measured: IngestionMeasurement): string | undefined {
  const profile = measured.firstLoadProfile;
  if (!profile) return undefined;
  const statements = profile.statements.slice(0, 4).map((s) => `${s.name} ${seconds(s.ms)}`);
  const waiting = Math.max(0, profile.totalMs - profile.inTransactionsMs - profile.readsMs);
  const workers = measured.workers === undefined ? "worker processes" : `${measured.workers} worker process${measured.workers === 1 ? "" : "es"}`;
  const cores = measured.cores === undefined ? "" : ` on the ${measured.cores} cores they share with the writer and a local Neo4j`;
  return (
    `of ${seconds(profile.totalMs)}, ${seconds(profile.inTransactionsMs)} in write transactions ` +
    `(${[...statements, `begin and commit ${seconds(profile.commitAndOtherMs)}`].join(", ")}), ${seconds(profile.readsMs)} in reads, ` +
    `and ${seconds(waiting)} waiting for the next batch to be read and extracted by ${workers}${cores}`
  );
}

function cacheLine(op: MeasuredOperation, at: string, headerless: boolean, floor: number): GoalLine {
  if (headerless) return { subject: `${op.name}: cached p50 / uncached p50`, mark: notMeasured(NO_CACHE) };
  const cached = op.ways.cached;
  const hits = cached.cache.HIT ?? 0;
  const runs = cached.times?.runs ?? 0;
  const note = runs > 0 && hits < runs ? ` (only ${hits} of ${runs} cached requests were HITs)` : "";
  return {
    subject: `${op.name}: cached p50 / uncached p50 at ${at}${note}`,
    mark: atMost(ratio(p50(cached), p50(op.ways.http)), 0.05, "×", why(p50(cached) === undefined ? cached : op.ways.http)),
    ...withWhy(cacheWhy(p50(op.ways.http), floor)),
  };
}

/** A hit still costs one HTTP exchange and one read of the graph's version, whatever the answer. */
function cacheWhy(uncached: number | undefined, floor: number): string | undefined {
  if (uncached === undefined || !Number.isFinite(floor)) return undefined;
  return (
    `a hit is one HTTP exchange and one read of the graph's version (the read that keeps a cached answer from ever being stale): ` +
    `${formatValue(floor, "ms")} p50 for the cheapest hit of any operation, where 0.05× of this answer's ${formatValue(uncached, "ms")} is ${formatValue(uncached * 0.05, "ms")}`
  );
}
