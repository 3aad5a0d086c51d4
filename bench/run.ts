/**
 * Benchmark of the analytics API: builds a synthetic graph in its own Neo4j (bench/.neo4j-bench,
 * Bolt 7689, HTTP 7476), times every analytic through the executable GraphQL schema on a small
 * graph and again on a large one, and prints both side by side. Always stops the Neo4j it started.
 *
 *   npm run bench -- [--documents 100000] [--baseline 1000] [--runs 10] [--batch 1000] [--seed 17]
 */
import { parseArgs } from "node:util";
import type { Driver } from "neo4j-driver";
import { buildSchema } from "../src/api/build-schema.js";
import { loadConfig } from "../src/config/config.js";
import { loadReferenceGraph } from "../src/graph/load-reference-graph.js";
import { migrate } from "../src/graph/migrate.js";
import { createDriver } from "../src/neo4j/connection.js";
import { startLocalNeo4j, type LocalNeo4j } from "../src/neo4j/local-neo4j.js";
import { FOUNDING_DOCUMENT, ingestFile } from "../test/support/ingest.js";
import { formatTable, timeOperations, type Timing } from "./measure.js";
import { OPERATIONS } from "./operations.js";
import { DocumentGenerator } from "./synthetic-documents.js";
import { buildWorld, seededRandom } from "./synthetic-world.js";
import { readReference, wipe, writeDocuments, writeWorld } from "./write-graph.js";

const { values } = parseArgs({
  options: {
    documents: { type: "string", default: "100000" },
    baseline: { type: "string", default: "1000" },
    runs: { type: "string", default: "10" },
    batch: { type: "string", default: "1000" },
    seed: { type: "string", default: "17" },
  },
});
const count = (name: keyof typeof values, min: number) => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer of at least ${min}`);
  return value;
};
const documents = count("documents", 1);
const baseline = Math.min(count("baseline", 0), documents);
const runs = count("runs", 1);
const batchSize = count("batch", 1);
const seed = count("seed", 0);

const log = (line: string) => console.log(line);
const config = loadConfig(process.env, {
  NEO4J_LOCAL_DATA_DIR: "bench/.neo4j-bench",
  NEO4J_LOCAL_BOLT_PORT: "7689",
  NEO4J_LOCAL_HTTP_PORT: "7476",
  NEO4J_LOCAL_HEAP: process.env.NEO4J_LOCAL_HEAP ?? "2g",
  NEO4J_LOCAL_PAGE_CACHE: process.env.NEO4J_LOCAL_PAGE_CACHE ?? "1g",
});
const database = config.neo4j.database;

interface Phase {
  readonly documents: number;
  readonly docsPerSecond: number;
  readonly size: string;
  readonly timings: Map<string, Timing>;
}

/** Node and relationship totals, from Neo4j's count store. */
async function graphSize(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     RETURN nodes, relationships`,
    {},
    { database, routing: "READ" },
  );
  const row = records[0];
  return row ? `${row.get("nodes")} nodes, ${row.get("relationships")} relationships` : "unknown";
}

async function generateUpTo(driver: Driver, generator: DocumentGenerator, target: number): Promise<number> {
  const started = performance.now();
  const before = generator.count;
  while (generator.count < target) {
    await writeDocuments(driver, database, generator.batch(Math.min(batchSize, target - generator.count)));
    if (generator.count % 10_000 === 0) log(`  ${generator.count} documents`);
  }
  const seconds = (performance.now() - started) / 1000;
  return seconds > 0 ? (generator.count - before) / seconds : 0;
}

async function main(local: LocalNeo4j): Promise<void> {
  const driver = createDriver(local.boltUrl, config.neo4j.username, local.password);
  try {
    log(`Bench Neo4j at ${local.boltUrl}: emptying, migrating, loading the reference graph`);
    await wipe(driver, database);
    await migrate(driver, database);
    await loadReferenceGraph(driver, database);
    await ingestFile(driver, database, FOUNDING_DOCUMENT);
    const random = seededRandom(seed);
    const world = buildWorld(await readReference(driver, database), random);
    await writeWorld(driver, database, world);
    log(`Synthetic world: ${world.bodies.length} bodies, ${world.topics.length} topics`);
    const schema = await buildSchema(driver, database);
    const generator = new DocumentGenerator(world, random);

    const phases: Phase[] = [];
    for (const target of [...new Set([baseline, documents])]) {
      log(`Generating up to ${target} synthetic documents (batches of ${batchSize})`);
      const docsPerSecond = await generateUpTo(driver, generator, target);
      await driver.executeQuery("CALL db.awaitIndexes(600)", {}, { database });
      const size = await graphSize(driver);
      log(`Timing ${OPERATIONS.length} operations, ${runs} runs each, on ${target} documents (${size})`);
      phases.push({ documents: target, docsPerSecond, size, timings: await timeOperations(schema, database, OPERATIONS, runs, log) });
    }
    printReport(phases);
  } finally {
    await driver.close();
  }
}

function printReport(phases: readonly Phase[]): void {
  const small = phases[0]!;
  const large = phases[phases.length - 1]!;
  const ms = (t: Timing | undefined, key: "median" | "p95") => (t === undefined || t.error ? "error" : t[key].toFixed(1));
  const rows = OPERATIONS.map((op) => {
    const a = small.timings.get(op.name);
    const b = large.timings.get(op.name);
    const ratio = a && b && !a.error && !b.error ? (b.median / a.median).toFixed(1) : "-";
    return [op.name, ms(a, "median"), ms(a, "p95"), ms(b, "median"), ms(b, "p95"), ratio];
  });
  const k = (n: number) => (n >= 1000 ? `${Math.round(n / 1000)}k` : String(n));
  log("");
  for (const p of phases) log(`${k(p.documents)} documents: ${p.size}; written at ${Math.round(p.docsPerSecond)} documents/s`);
  log("Milliseconds per GraphQL operation (reference graph + founding document + synthetic documents):");
  const [s, l] = [k(small.documents), k(large.documents)];
  log(formatTable(["operation", `${s} median`, `${s} p95`, `${l} median`, `${l} p95`, `${l}/${s}`], rows));
}

const local = await startLocalNeo4j(config.neo4j.local, log);
const stop = async () => {
  if (local.startedHere) await local.stop();
};
process.once("SIGINT", () => void stop().finally(() => process.exit(130)));
try {
  await main(local);
} finally {
  await stop();
}
