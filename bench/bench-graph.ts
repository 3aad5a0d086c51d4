import neo4j, { type Driver } from "neo4j-driver";
import { loadReferenceGraph } from "../src/graph/load-reference-graph.js";
import { bumpGraphVersionAlone } from "../src/graph/graph-version.js";
import { migrate } from "../src/graph/migrate.js";
import { rebuildSummaries } from "../src/load/summaries.js";
import { recordedSummariesFingerprint, summariesFingerprint } from "../src/load/summaries-state.js";
import { FOUNDING_DOCUMENT, ingestFile } from "../test/support/ingest.js";
import { chunksBetween, planGraph, replayChunks, type RecordedGraph } from "./graph-plan.js";
import { DocumentGenerator } from "./synthetic-documents.js";
import { buildWorld, seededRandom, type ReferenceNodes } from "./synthetic-world.js";
import { benchStatement, readReference, wipe, writeDocuments, writeWorld } from "./write-graph.js";

export interface GraphSize {
  readonly nodes: number;
  readonly relationships: number;
  readonly statements: number;
}

export interface Growth {
  /** Documents the bench's own bulk writer wrote in this step (0 when the graph was kept as it was). */
  readonly written: number;
  /** Throughput of the bench's bulk writer: bypasses parsing, extraction and the loader, so it is no ingestion figure. */
  readonly bulkDocsPerSecond: number | undefined;
  readonly summariesSeconds: number;
}

/**
 * The synthetic graph in the bench database: built once, or kept from an earlier run (--reuse),
 * then grown in place from one size to the next. What it holds is recorded in one bookkeeping node
 * (bench/statements/bench-graph-*.cypher), so a later run can tell whether to keep it.
 */
export class BenchGraph {
  private constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly generator: DocumentGenerator,
    private readonly reference: ReferenceNodes,
    private readonly seed: number,
    private readonly batch: number,
    private readonly steps: number[],
    private readonly log: (line: string) => void,
    /** Why the graph was kept or rebuilt, for the report. */
    readonly origin: string,
  ) {}

  get documents(): number {
    return this.generator.count;
  }

  static async open(
    driver: Driver,
    database: string,
    options: { seed: number; batch: number; firstSize: number; reuse: boolean },
    log: (line: string) => void,
  ): Promise<BenchGraph> {
    const { records } = await driver.executeQuery(benchStatement("bench-graph-read"), {}, { database, routing: "READ" });
    const recorded = toRecorded(records[0]?.get("graph"));
    const statementsNow = toNumber(records[0]?.get("statements"));
    const plan = planGraph(recorded, statementsNow, options);
    log(plan.keep ? `Keeping the bench graph: ${plan.reason}` : `Building the bench graph afresh: ${plan.reason}`);
    if (plan.keep && recorded) {
      // Migrations others added since (indexes, constraints) apply to the kept graph too.
      await migrate(driver, database);
      const reference = JSON.parse(recorded.reference) as ReferenceNodes;
      const random = seededRandom(options.seed);
      const generator = new DocumentGenerator(buildWorld(reference, random), random);
      // Replaying the batches already written (in memory only) brings the generator to where it
      // stopped, so growth continues with exactly the documents a fresh build would write.
      replayChunks(recorded.steps, recorded.batch, (size) => generator.batch(size));
      return new BenchGraph(driver, database, generator, reference, options.seed, options.batch, [...recorded.steps], log, plan.reason);
    }
    log("  emptying the database, migrating, loading the reference graph");
    await wipe(driver, database);
    await migrate(driver, database);
    await loadReferenceGraph(driver, database);
    await ingestFile(driver, database, FOUNDING_DOCUMENT);
    const reference = await readReference(driver, database);
    const random = seededRandom(options.seed);
    const world = buildWorld(reference, random);
    await writeWorld(driver, database, world);
    log(`  synthetic world: ${world.bodies.length} bodies, ${world.topics.length} topics`);
    const generator = new DocumentGenerator(world, random);
    return new BenchGraph(driver, database, generator, reference, options.seed, options.batch, [], log, plan.reason);
  }

  /**
   * Writes documents up to `target` with the bench's bulk writer, then does what the loader would
   * have done: rebuilds the summaries and bumps the graph version. When nothing was written, the
   * summaries are rebuilt only if older statements or reference data computed them.
   */
  async growTo(target: number): Promise<Growth> {
    const { driver, database, generator } = this;
    if (target < generator.count) throw new Error(`the bench graph holds ${generator.count} documents, more than ${target}`);
    const before = generator.count;
    // Forgotten first: a run stopped halfway leaves a graph no record describes, rebuilt next time.
    await driver.executeQuery(benchStatement("bench-graph-forget"), {}, { database });
    const started = performance.now();
    let lastReport = before;
    for (const size of chunksBetween(before, target, this.batch)) {
      await writeDocuments(driver, database, generator.batch(size));
      if (generator.count - lastReport >= 10_000) {
        this.log(`  ${generator.count} documents`);
        lastReport = generator.count;
      }
    }
    const writeSeconds = (performance.now() - started) / 1000;
    if (target > before) this.steps.push(target);
    await driver.executeQuery("CALL db.awaitIndexes(600)", {}, { database });
    const summariesStarted = performance.now();
    // A kept graph nothing was written to keeps its summaries when the statements and reference
    // data that computed them are the current ones (the start-up's own check): at 1M documents a
    // rebuild takes about twenty minutes.
    if (target > before || (await recordedSummariesFingerprint(driver, database)) !== summariesFingerprint()) {
      const rebuilt = await rebuildSummaries(driver, database);
      this.log(`  summaries rebuilt in ${((performance.now() - summariesStarted) / 1000).toFixed(1)} s: ${rebuilt.bodyTopics} body-topic, ${rebuilt.bodyFlows} body-flow`);
    } else {
      this.log("  summaries kept: nothing written, and they were rebuilt by the current statements and reference data");
    }
    await bumpGraphVersionAlone(driver, database);
    const summariesSeconds = (performance.now() - summariesStarted) / 1000;
    const size = await this.size();
    await driver.executeQuery(
      benchStatement("bench-graph-write"),
      {
        documents: neo4j.int(generator.count),
        seed: neo4j.int(this.seed),
        batch: neo4j.int(this.batch),
        steps: this.steps.map((step) => neo4j.int(step)),
        statements: neo4j.int(size.statements),
        reference: JSON.stringify(this.reference),
      },
      { database },
    );
    const written = generator.count - before;
    return { written, bulkDocsPerSecond: written > 0 && writeSeconds > 0 ? written / writeSeconds : undefined, summariesSeconds };
  }

  /** Node, relationship and statement totals, from Neo4j's count store. */
  async size(): Promise<GraphSize> {
    const { records } = await this.driver.executeQuery(benchStatement("graph-size"), {}, { database: this.database, routing: "READ" });
    const row = records[0];
    return {
      nodes: toNumber(row?.get("nodes")),
      relationships: toNumber(row?.get("relationships")),
      statements: toNumber(row?.get("statements")),
    };
  }

  /** After something else wrote documents (the ingestion measurement): the record no longer describes the graph. */
  async checkStillRecorded(): Promise<boolean> {
    const { records } = await this.driver.executeQuery(benchStatement("bench-graph-read"), {}, { database: this.database, routing: "READ" });
    const recorded = toRecorded(records[0]?.get("graph"));
    if (recorded && recorded.statements === toNumber(records[0]?.get("statements"))) return true;
    await this.driver.executeQuery(benchStatement("bench-graph-forget"), {}, { database: this.database });
    return false;
  }
}

function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  return typeof value === "number" ? value : 0;
}

function toRecorded(value: unknown): RecordedGraph | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const row = value as Record<string, unknown>;
  if (typeof row.reference !== "string" || !Array.isArray(row.steps)) return undefined;
  return {
    documents: toNumber(row.documents),
    seed: toNumber(row.seed),
    batch: toNumber(row.batch),
    steps: row.steps.map(toNumber),
    statements: toNumber(row.statements),
    reference: row.reference,
  };
}
