/**
 * `npm run bench`: the yardstick of the scale goals. Builds a synthetic graph grown in place
 * through each size, times every analytics operation and documented generated query over HTTP
 * (uncached and cached), in-process and as raw Cypher, measures ingestion, and prints each goal
 * with PASS or SHORT, a table per size, and optionally the whole report as JSON. `--help` says how.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { buildSchema } from "../src/api/build-schema.js";
import { startApp, type App } from "../src/app.js";
import { ConfigError } from "../src/config/config-error.js";
import { loadConfig, type Config } from "../src/config/config.js";
import { createDriver } from "../src/neo4j/connection.js";
import { LOCAL_USER, startLocalNeo4j, type LocalNeo4j } from "../src/neo4j/local-neo4j.js";
import { BenchArgsError, parseBenchArgs, USAGE, type BenchArgs } from "./args.js";
import { BenchGraph } from "./bench-graph.js";
import { evaluateGoals, firstLoadWhy, type IngestionOutcome } from "./evaluate-goals.js";
import { GraphqlHttpClient } from "./http-client.js";
import { measureOperation, type BenchOperation, type OperationMeasurement } from "./measure-operation.js";
import { OPERATIONS } from "./operations.js";
import { GENERATED_QUERIES } from "./generated-queries.js";
import { measureIngestion } from "./ingestion.js";
import { handCypherPath } from "./optional-parts.js";
import { formatGoals, formatSizeTable, type TableSize } from "./print-report.js";
import { StatementRecorder } from "./statement-recorder.js";
import { ms, sizeLabel } from "./table.js";

const log = (line: string) => console.log(line);

/** The bench's own Neo4j, apart from `npm start`'s and the tests'. */
const LOCAL_BENCH_NEO4J = {
  NEO4J_LOCAL_DATA_DIR: "bench/.neo4j-bench",
  NEO4J_LOCAL_BOLT_PORT: "7689",
  NEO4J_LOCAL_HTTP_PORT: "7476",
  NEO4J_LOCAL_HEAP: process.env.NEO4J_LOCAL_HEAP ?? "2g",
  NEO4J_LOCAL_PAGE_CACHE: process.env.NEO4J_LOCAL_PAGE_CACHE ?? "1g",
};

interface Database {
  readonly driver: Driver;
  readonly database: string;
  readonly uri: string;
  readonly username: string;
  readonly password: string | undefined;
  readonly description: string;
  close(): Promise<void>;
}

async function openDatabase(config: Config): Promise<Database> {
  const { neo4j } = config;
  if (neo4j.uri !== undefined) {
    const driver = createDriver(neo4j.uri, neo4j.username, neo4j.password);
    await driver.verifyConnectivity({ database: neo4j.database });
    return {
      driver,
      database: neo4j.database,
      uri: neo4j.uri,
      username: neo4j.username,
      password: neo4j.password,
      description: `NEO4J_URI=${neo4j.uri}, database ${neo4j.database}`,
      close: () => driver.close(),
    };
  }
  const local: LocalNeo4j = await startLocalNeo4j(neo4j.local, log);
  const driver = createDriver(local.boltUrl, LOCAL_USER, local.password);
  return {
    driver,
    database: neo4j.database,
    uri: local.boltUrl,
    username: LOCAL_USER,
    password: local.password,
    description: `the bench's own Neo4j at ${local.boltUrl} (${neo4j.local.dataDir})`,
    close: async () => {
      await driver.close();
      // A launcher another process started on this folder is that process's to stop.
      if (local.startedHere) await local.stop();
    },
  };
}

/** The API as `npm start` runs it (src/app.ts), on the bench database and a free port. */
function startApi(db: Database): Promise<App> {
  const config = loadConfig(process.env, {
    NEO4J_URI: db.uri,
    NEO4J_USERNAME: db.username,
    NEO4J_PASSWORD: db.password ?? "",
    NEO4J_DATABASE: db.database,
    HOST: "127.0.0.1",
    PORT: "0",
    NODE_ENV: "production",
    LOAD_REFERENCE_GRAPH: "false",
  });
  return startApp(config, (line) => log(`  API: ${line}`));
}

async function bench(args: BenchArgs, config: Config, db: Database): Promise<void> {
  const startedAt = new Date().toISOString();
  const { driver, database } = db;
  const graph = await BenchGraph.open(driver, database, { seed: args.seed, batch: args.batch, firstSize: args.sizes[0]!, reuse: args.reuse }, log);
  const operations: BenchOperation[] = [
    ...OPERATIONS.map((op) => ({ name: op.name, kind: "analytics" as const, graphql: op.source })),
    ...GENERATED_QUERIES.map((q) => ({ name: q.name, kind: "generated" as const, graphql: q.graphql, variables: q.variables, cypherFile: handCypherPath(q.cypherFile) })),
  ];

  const recorder = new StatementRecorder();
  // Built as the API builds its own (access rules on), over a driver that notes what the resolvers send.
  const schema = await buildSchema(recorder.wrap(driver), database, { accessControl: true });
  let api: App | undefined;
  let client: GraphqlHttpClient | undefined;
  const sizes: { documents: number; description: string; graph: object; growth: object; operations: OperationMeasurement[] }[] = [];
  let ingestion: IngestionOutcome = { missing: "--ingest 0" };
  try {
    for (const target of args.sizes) {
      log(`\nGraph of ${target} documents: ${target > graph.documents ? `growing from ${graph.documents}` : "as kept"}`);
      const growth = await graph.growTo(target);
      const size = await graph.size();
      const bulk = growth.written > 0 ? `; ${growth.written} bulk-written at ${Math.round(growth.bulkDocsPerSecond ?? 0)} docs/s by the bench's own writer, not ingestion` : "";
      const description = `${size.nodes} nodes, ${size.relationships} relationships, ${size.statements} statements${bulk}`;
      log(`  ${description}`);
      if (!api) {
        log("Starting the API as npm start does");
        api = await startApi(db);
        client = new GraphqlHttpClient(api.api.graphqlUrl);
      }
      log(`Timing ${operations.length} operations at ${sizeLabel(target)}: ${args.warmup} warm-up + ${args.runs} runs, HTTP / in-process / raw / cached interleaved`);
      const measured: OperationMeasurement[] = [];
      for (const operation of operations) {
        const result = await measureOperation(operation, { driver, database, schema, recorder, client: client! }, args.runs, args.warmup);
        measured.push(result);
        const w = result.ways;
        const failed = Object.entries(w).filter(([, t]) => t.error).map(([way]) => way);
        log(
          `  ${operation.name}: HTTP ${ms(w.http.times?.p50)}/${ms(w.http.times?.p95)}, in-process ${ms(w.inProcess.times?.p50)}, ` +
            `raw ${ms(w.raw.times?.p50)}, cached ${ms(w.cached.times?.p50)} ms (p50, HTTP p50/p95)${failed.length ? `; failed: ${failed.join(", ")}` : ""}`,
        );
      }
      sizes.push({ documents: target, description, graph: size, growth, operations: measured });
    }
  } finally {
    client?.close();
    if (api) await api.stop();
  }

  if (args.ingest > 0) ingestion = await measureIngestionSafely(args, db, graph);
  const goals = evaluateGoals({ sizes, generatedMissing: undefined, ingestion });

  log("");
  sizes.forEach((size, i) => log(`${formatSizeTable(size as TableSize, sizes[i - 1] as TableSize | undefined)}\n`));
  if ("measured" in ingestion) {
    const { firstLoad, unchanged, rawUnwind } = ingestion.measured;
    const line = (label: string, t: typeof firstLoad) => `  ${label}: ${t.documents} documents in ${t.seconds.toFixed(1)} s, ${Math.round(t.docsPerSecond)} docs/s`;
    log(`Ingestion into the ${sizeLabel(ingestion.graphDocuments)}-document graph:`);
    const profile = firstLoadWhy(ingestion.measured);
    log([line("first load", firstLoad), ...(profile ? [`    ${profile}`] : []), line("unchanged", unchanged), line("raw UNWIND", rawUnwind)].join("\n") + "\n");
  }
  log(formatGoals(goals));

  if (args.json) {
    const report = {
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version, platform: `${os.platform()} ${os.release()}`, memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
      options: { ...args, help: undefined },
      database: db.description,
      graph: { origin: graph.origin },
      generatedQueries: { count: operations.filter((o) => o.kind === "generated").length },
      sizes,
      ingestion,
      goals,
    };
    mkdirSync(path.dirname(path.resolve(args.json)), { recursive: true });
    writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
    log(`\nReport written to ${args.json}`);
  }
}

async function measureIngestionSafely(args: BenchArgs, db: Database, graph: BenchGraph): Promise<IngestionOutcome> {
  log(`\nIngestion: ${args.ingest} documents into the ${sizeLabel(graph.documents)}-document graph`);
  try {
    const measured = await measureIngestion({ driver: db.driver, database: db.database, documents: args.ingest, log: (line) => log(`  ${line}`) });
    return { measured, graphDocuments: graph.documents };
  } catch (error) {
    return { missing: `failed: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    if (!(await graph.checkStillRecorded())) log("  the ingestion left statements behind: the next --reuse rebuilds the graph");
  }
}

async function main(): Promise<number> {
  let args: BenchArgs;
  let config: Config;
  try {
    args = parseBenchArgs(process.argv.slice(2));
    if (args.help) {
      log(USAGE);
      return 0;
    }
    config = loadConfig(process.env, LOCAL_BENCH_NEO4J);
  } catch (error) {
    if (error instanceof BenchArgsError || error instanceof ConfigError) {
      console.error(`bench: ${error.message}\nnpm run bench -- --help says how to run it.`);
      return 2;
    }
    throw error;
  }
  if (config.neo4j.uri !== undefined && !args.wipe) {
    console.error(
      `bench: NEO4J_URI is set (${config.neo4j.uri}, database ${config.neo4j.database}); the bench empties the database it ` +
        "measures, so it runs there only with --wipe. Unset NEO4J_URI to use the bench's own Neo4j instead.",
    );
    return 2;
  }
  const db = await openDatabase(config);
  const interrupted = () => void db.close().finally(() => process.exit(130));
  process.once("SIGINT", interrupted);
  try {
    log(`Bench database: ${db.description}`);
    await bench(args, config, db);
    return 0;
  } finally {
    process.off("SIGINT", interrupted);
    await db.close();
  }
}

process.exitCode = await main();
