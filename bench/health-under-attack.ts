/**
 * How the API's /health answers while hostile or heavy requests arrive, measured side by side in
 * one run: /health alone first, then during each attack, against the API as `npm start` runs it (its
 * own process, production defaults, the start script's heap bound). The goal is a /health p95 under
 * 100 ms during every attack; the security suite only checks a generous bound, since a test must not
 * depend on how busy the machine is.
 *
 *   npm run bench:attacks -- [--seconds 4] [--attackers 4]
 *
 * Uses NEO4J_URI when set, otherwise the project's local Neo4j on the benchmark's own data folder.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { ingestFiles } from "../src/cli/ingest-run.js";
import { loadConfig, PROJECT_ROOT } from "../src/config/config.js";
import { loadReferenceGraph } from "../src/graph/load-reference-graph.js";
import { migrate } from "../src/graph/migrate.js";
import { connectNeo4j } from "../src/neo4j/connection.js";
import { fragmentFanOut, HEAVIEST_ALLOWED_SEARCH, aliasedSearches, interfaceNesting } from "../test/security/support/attack-queries.js";
import { spawnApi, type ApiProcess } from "../test/security/support/spawn-api.js";
import { formatTable, percentile } from "./measure.js";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "4" }, attackers: { type: "string", default: "4" } } });
const seconds = Number(values.seconds);
const attackers = Number(values.attackers);
if (!(seconds > 0) || !Number.isInteger(attackers) || attackers < 1) throw new Error("--seconds must be positive and --attackers a positive integer");

const GOAL_MS = 100;
const log = (line: string) => console.log(line);

export interface AttackJob {
  readonly graphqlUrl: string;
  /** The request body and its content type. */
  readonly body: string;
  readonly contentType: string;
  readonly clients: number;
  readonly untilEpochMs: number;
}

export interface AttackReport {
  readonly requests: number;
  /** Answers by HTTP status; 0 for a request that got no answer. */
  readonly statuses: Record<number, number>;
}

interface Attack {
  readonly name: string;
  /** The hostile request's body, sent back to back by `clients` clients. */
  readonly body: string;
  readonly contentType?: string;
  readonly clients: number;
}

const graphql = (query: string) => JSON.stringify({ query });

const ATTACKS: readonly Attack[] = [
  { name: "interface nesting, 300 bytes", body: graphql(interfaceNesting(10, "(limit:200)")), clients: attackers },
  { name: "fan-out of 40 fragments", body: graphql(fragmentFanOut(40)), clients: attackers },
  { name: "alias bomb, 1,000 searches", body: graphql(aliasedSearches(1_000)), clients: attackers },
  { name: "3,000 tokens", body: graphql(`{ ${"__typename ".repeat(3_000)} }`), clients: attackers },
  { name: "2 MB body", body: `{"query":"${"x".repeat(2_000_000)}"}`, clients: attackers },
  { name: "malformed JSON", body: '{"query": "{ studyGroups { id }', clients: attackers },
  { name: "heaviest allowed search, 20 clients", body: graphql(HEAVIEST_ALLOWED_SEARCH), clients: 20 },
];

interface Sample {
  readonly health: number[];
  readonly report: AttackReport;
}

/** /health asked back to back, 10 ms apart, as a monitor would, while the attack's clients run in a worker. */
async function measure(api: ApiProcess, attack: Attack | undefined): Promise<Sample> {
  const health: number[] = [];
  const untilEpochMs = Date.now() + seconds * 1000;
  const attacking = attack
    ? runWorker({ graphqlUrl: api.graphqlUrl, body: attack.body, contentType: attack.contentType ?? "application/json", clients: attack.clients, untilEpochMs })
    : Promise.resolve({ requests: 0, statuses: {} });
  while (Date.now() < untilEpochMs) {
    const started = performance.now();
    const response = await fetch(`${api.url}/health`, { signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    health.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const report = await attacking;
  health.sort((a, b) => a - b);
  return { health, report };
}

function runWorker(job: AttackJob): Promise<AttackReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./attack-clients.mjs", import.meta.url), { workerData: job });
    worker.once("message", (report: AttackReport) => resolve(report));
    worker.once("error", reject);
  });
}

async function main(): Promise<void> {
  const config = loadConfig(process.env, { NEO4J_LOCAL_DATA_DIR: "bench/.neo4j-bench", NEO4J_LOCAL_BOLT_PORT: "7689", NEO4J_LOCAL_HTTP_PORT: "7476" });
  const connection = await connectNeo4j(config.neo4j, log);
  let api: ApiProcess | undefined;
  try {
    const { driver, database } = connection;
    await migrate(driver, database);
    await loadReferenceGraph(driver, database);
    // Something for the searches to find: the project's own real-world-shaped fixtures.
    const folder = path.join(PROJECT_ROOT, "test/fixtures/documents/real-world");
    const files = readdirSync(folder).filter((name) => name.endsWith(".txt")).map((name) => path.join(folder, name));
    const run = await ingestFiles(files, { driver, database });
    log(`Ingested ${run.documents.length} fixture documents`);
    api = await spawnApi({ uri: connection.uri, password: connection.password ?? "", database });
    log(`API at ${api.url}; ${seconds} s per measurement, ${attackers} clients per attack unless said`);

    await measure(api, undefined); // warm-up
    const idle = await measure(api, undefined);
    const idleP95 = percentile(idle.health, 95);
    const rows: string[][] = [row("none (idle)", idle, idleP95)];
    for (const attack of ATTACKS) {
      const sample = await measure(api, attack);
      if (!api.alive()) throw new Error(`the API died during "${attack.name}":\n${api.log()}`);
      rows.push(row(attack.name, sample, idleP95));
      log(`  ${attack.name}: done`);
    }
    log("");
    log(`/health latency in ms during each attack (goal: p95 under ${GOAL_MS} ms)`);
    log(formatTable(["attack", "requests", "answers", "health p50", "health p95", "health max", "p95 / idle p95", "goal"], rows));
  } finally {
    await api?.stop();
    await connection.close();
  }
}

function row(name: string, sample: Sample, idleP95: number): string[] {
  const p95 = percentile(sample.health, 95);
  const answers = Object.entries(sample.report.statuses).map(([status, n]) => `${status === "0" ? "error" : status}×${n}`).join(" ") || "-";
  return [
    name,
    String(sample.report.requests),
    answers,
    percentile(sample.health, 50).toFixed(1),
    p95.toFixed(1),
    (sample.health[sample.health.length - 1] ?? Number.NaN).toFixed(1),
    (p95 / idleP95).toFixed(1),
    p95 < GOAL_MS ? "met" : `short by ${(p95 - GOAL_MS).toFixed(0)} ms`,
  ];
}

await main();
