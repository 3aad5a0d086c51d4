/**
 * Ingestion throughput, end to end: generated liaison statements (text files in a temp folder)
 * through the same function `standards-graph ingest` runs (read, extract, write), then the same
 * files again unchanged, then the same rows written by one plain UNWIND per 1,000 documents, the
 * database's own speed for them. Ratios between the three say what the pipeline costs.
 *
 * It works in a graph that holds other data: its statements are numbered from 80000 (ITU and IETF
 * numbers stay far below), so at most 20,000 documents, and it removes everything it wrote
 * before and after (the loader's
 * removal, which keeps the summaries right; the baseline's copies never reach the summaries).
 * Nodes the generated documents name (study groups, IETF working groups, topics,
 * Recommendations) are reference nodes or stay as any other document would leave them.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../src/config/config.js";
import { cypherText } from "../src/graph/cypher-file.js";
import { ingestFiles, type IngestRun } from "../src/cli/ingest-run.js";
import { toGraphWrite, type GraphWrite } from "../src/load/graph-write.js";
import { removeDocuments } from "../src/load/remove-documents.js";
import { DEFAULT_INGEST_LIMITS } from "../src/cli/ingest-limits.js";
import { generateDocuments } from "../test/integration/load/generate-documents.js";
import { WriteTimer, type WriteProfile } from "./write-timer.js";

export interface Throughput {
  readonly documents: number;
  readonly seconds: number;
  readonly docsPerSecond: number;
}

export interface IngestionMeasurement {
  readonly firstLoad: Throughput;
  readonly unchanged: Throughput;
  readonly rawUnwind: Throughput;
  /** Where the first load's time went: write transactions by statement, reads, the rest waiting for extraction. */
  readonly firstLoadProfile?: WriteProfile;
  /** Extraction worker processes, and the cores they share with the API process and (when local) Neo4j. */
  readonly workers?: number;
  readonly cores?: number;
}

export interface IngestionOptions {
  readonly driver: Driver;
  readonly database: string;
  readonly documents: number;
  readonly log: (line: string) => void;
}

/** Statement numbers of the benchmark's documents; real statements are numbered far below. */
const FIRST_NUMBER = 80_000;
/** An ITU statement number has at most five digits. */
const MAX_DOCUMENTS = 20_000;
const RAW_BATCH = 1_000;
/** The baseline's copies: the same rows under ids of their own. */
const RAW_SUFFIX = "-raw-baseline";
const CYPHER = path.join(PROJECT_ROOT, "cypher", "bench");

export async function measureIngestion(options: IngestionOptions): Promise<IngestionMeasurement> {
  const { driver, database, documents: count, log } = options;
  if (!Number.isInteger(count) || count < 1 || count > MAX_DOCUMENTS) {
    throw new Error(`documents must be an integer from 1 to ${MAX_DOCUMENTS}, not ${count}`);
  }
  const generated = generateDocuments(count, 17, FIRST_NUMBER);
  const ids = generated.map((d) => d.id);
  const rawIds = ids.map((id) => `${id}${RAW_SUFFIX}`);
  const folder = await mkdtemp(path.join(os.tmpdir(), "bench-ingestion-"));
  try {
    await Promise.all(generated.map((d) => writeFile(path.join(folder, d.name), d.text)));
    const files = generated.map((d) => path.join(folder, d.name));
    await cleanUp(driver, database, ids, rawIds);

    log(`ingestion: ${count} new documents through the ingest pipeline...`);
    // As `standards-graph ingest` runs: a file the graph holds unchanged is not read again.
    const timer = new WriteTimer();
    const first = await timer.profile(() => ingestFiles(files, { driver: timer.wrap(driver), database, skipUnchanged: true }));
    expectOutcomes(first.value, count, "created");
    const firstLoad = throughput(count, first.profile.totalMs);
    log(`  first load: ${firstLoad.docsPerSecond} docs/s`);

    log(`ingestion: the same ${count} documents again, unchanged...`);
    const again = await timed(() => ingestFiles(files, { driver, database, skipUnchanged: true }));
    expectOutcomes(again.value, count, "unchanged");
    const unchanged = throughput(count, again.ms);
    log(`  unchanged: ${unchanged.docsPerSecond} docs/s`);

    log(`ingestion: the same rows by one UNWIND per ${RAW_BATCH} documents...`);
    const rows = first.value.documents.map((d) => rawRow(toGraphWrite(d.extraction, { keepContacts: false })));
    const raw = await timed(async () => {
      for (let start = 0; start < rows.length; start += RAW_BATCH) {
        await driver.executeQuery(cypherText(CYPHER, "ingestion-raw-unwind"), { writes: rows.slice(start, start + RAW_BATCH) }, { database });
      }
    });
    const rawUnwind = throughput(count, raw.ms);
    log(`  raw UNWIND: ${rawUnwind.docsPerSecond} docs/s`);
    return { firstLoad, unchanged, rawUnwind, firstLoadProfile: first.profile, workers: DEFAULT_INGEST_LIMITS.workers, cores: os.availableParallelism() };
  } finally {
    await cleanUp(driver, database, ids, rawIds);
    await rm(folder, { recursive: true, force: true });
  }
}

/** The baseline's copy of a write: the document under its own id, everything else the same. */
function rawRow(write: GraphWrite) {
  const id = `${write.documentId}${RAW_SUFFIX}`;
  const rename = (end: string) => (end === write.documentId ? id : end);
  return {
    documentId: id,
    document: { ...write.document, id },
    entities: write.entities.map((e) => ({ id: e.id, name: e.name, labels: e.labels })),
    relations: write.relations.map((r) => ({ ...r, from: rename(r.from), to: rename(r.to) })),
  };
}

async function cleanUp(driver: Driver, database: string, ids: readonly string[], rawIds: readonly string[]): Promise<void> {
  await driver.executeQuery(cypherText(CYPHER, "ingestion-raw-remove"), { ids: rawIds }, { database });
  for (let start = 0; start < ids.length; start += RAW_BATCH) await removeDocuments(driver, database, ids.slice(start, start + RAW_BATCH));
}

function expectOutcomes(run: IngestRun, count: number, outcome: string): void {
  const wrong = run.documents.filter((d) => d.outcome !== outcome);
  if (run.failed.length > 0 || wrong.length > 0 || run.documents.length !== count) {
    const first = run.failed[0]?.error ?? (wrong[0] ? `${wrong[0].file}: ${wrong[0].outcome}` : "documents missing");
    throw new Error(`ingestion benchmark: expected ${count} documents ${outcome}, got ${run.documents.length - wrong.length} (${run.failed.length} failed; first: ${first})`);
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

function throughput(documents: number, ms: number): Throughput {
  const seconds = ms / 1000;
  return { documents, seconds: Number(seconds.toFixed(3)), docsPerSecond: Number((documents / seconds).toFixed(1)) };
}
