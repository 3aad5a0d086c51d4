/**
 * `standards-graph import datatracker`: the IETF Datatracker's liaison statements into the graph,
 * through its read-only JSON API, politely, with every response kept in a cache folder. Progress
 * and the summary go to stderr. Exit code 0 when every statement read went in (or was skipped as
 * unpublished), 1 when any failed or the API could not be read, 2 for a usage error, 130 when
 * interrupted.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.js";
import { loadDotEnv } from "../config/load-env.js";
import { referenceGazetteer } from "../extract/reference-gazetteer.js";
import { ApiSource } from "../import/datatracker/api-source.js";
import { DirSource } from "../import/datatracker/dir-source.js";
import { importStatements, type ImportCounts, type ImportResult } from "../import/datatracker/import-run.js";
import { PoliteFetcher } from "../import/datatracker/polite-fetch.js";
import { ResponseCache } from "../import/datatracker/response-cache.js";
import type { DatatrackerSource } from "../import/datatracker/source.js";
import { DATATRACKER_BASE_URL, DEFAULT_DELAY_MS, DEFAULT_PAGE_SIZE, parseImportArgs } from "./import-args.js";
import { DocumentWorker } from "./document-worker.js";
import { readIngestLimits } from "./ingest-limits.js";
import { openGraph } from "./open-graph.js";
import { reportWatchMatches } from "./watch-report.js";

export const IMPORT_USAGE = `Usage: standards-graph import datatracker [options]

Reads the liaison statements of the IETF Datatracker (about two thousand since 2002, between the
IETF and ITU-T, 3GPP, IEEE, BBF, ISO/IEC and others) from its read-only JSON API and writes each
one to the graph, through the same extraction as 'ingest'. Senders, recipients, purpose,
deadline and related statements come from the API's fields; references and topics from the text.
A statement lands on the same node as its Datatracker page ingested from a file (ietf-liaison-<n>).

The API is asked politely: ${DEFAULT_PAGE_SIZE} statements a page, a pause between requests, retries with
backoff on 429 and 5xx (honouring Retry-After). Every response is kept in the cache folder, so an
interrupted run resumes where it stopped and a re-run needs no network (--offline).

Options:
  --base-url URL    the Datatracker to read (default ${DATATRACKER_BASE_URL})
  --since DATE      only statements submitted or changed on or after DATE (yyyy-mm-dd), for updates
  --cache-dir DIR   where responses are kept (default .cache/datatracker in the project)
  --offline         use only the cache; a response it lacks is an error naming its URL
  --from-dir DIR    read a folder of JSON saved from the API (list pages or single resources)
                    instead of the API; fetches nothing
  --limit N         stop after N statements
  --page-size N     statements per request (default ${DEFAULT_PAGE_SIZE}, at most 1000)
  --delay-ms N      pause between requests (default ${DEFAULT_DELAY_MS})
  --dry-run         read and extract, write nothing (needs no database)
  --keep-contacts   also store contact names and e-mail addresses (left out by default)
  -q, --quiet       print errors only
  -h, --help        show this help

Each statement is extracted under ingest's per-document limits (INGEST_DOCUMENT_TIMEOUT_MS,
INGEST_DOCUMENT_MEMORY_MB, ...); the statements written that match a watch rule are listed after
the run (standards-graph watch).

A full first run makes a few thousand requests (statement pages, their events and related
statements, each group and attachment once): at one request a second, roughly an hour.

Exit status: 0 when every statement went in (unpublished ones are skipped), 1 when any failed or
the API could not be read, 2 for a usage error, 130 when interrupted.
`;

const INTERRUPTED = 130;

export async function runImportCommand(argv: readonly string[]): Promise<number> {
  const args = parseImportArgs(argv);
  if (args.help) {
    process.stdout.write(IMPORT_USAGE);
    return 0;
  }
  const say = (line: string) => {
    if (!args.quiet) process.stderr.write(`${line}\n`);
  };
  const error = (line: string) => process.stderr.write(`${line}\n`);
  loadDotEnv();

  const interrupt = new AbortController();
  let presses = 0;
  const onSignal = () => {
    presses += 1;
    if (presses > 1) process.exit(INTERRUPTED);
    error("Stopping: the statement being written is finished, nothing else is fetched (Ctrl-C again to quit at once)...");
    interrupt.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  const started = performance.now();
  let fetcher: PoliteFetcher | undefined;
  let source: DatatrackerSource;
  if (args.fromDir !== undefined) {
    source = await DirSource.open(args.fromDir, args.pageSize);
    say(`Reading saved responses from ${args.fromDir}`);
  } else {
    const cache = new ResponseCache(path.resolve(args.cacheDir ?? path.join(PROJECT_ROOT, ".cache/datatracker")));
    fetcher = args.offline
      ? undefined
      : new PoliteFetcher({
          userAgent: `standards-graph/${version()} (liaison statement importer; read-only)`,
          delayMs: args.delayMs,
          maxRetries: 5,
          backoffMs: Math.max(args.delayMs, 1000),
          maxWaitMs: 300_000,
          timeoutMs: 60_000,
          signal: interrupt.signal,
          onWait: (url, ms, reason) => say(`${reason} from ${url}: waiting ${(ms / 1000).toFixed(1)} s`),
        });
    source = new ApiSource({ baseUrl: args.baseUrl, pageSize: args.pageSize, cache, ...(fetcher ? { fetcher } : {}) });
    say(`${args.offline ? "Reading the cache only" : `Reading ${args.baseUrl}`} (cache ${cache.dir})${args.since ? `, statements changed since ${args.since}` : ""}`);
  }

  // Each record is extracted under ingest's per-document budget, so a hostile one fails alone.
  const worker = new DocumentWorker(readIngestLimits());
  worker.warmUp();
  interrupt.signal.addEventListener("abort", () => worker.stop(), { once: true });
  const graph = args.dryRun ? undefined : await openGraph({ report: say, reference: "when-missing" }).catch((e: unknown) => {
    worker.stop();
    throw e;
  });
  let result: ImportResult | undefined;
  let failure: string | undefined;
  const progress: ImportCounts = { fetched: 0, imported: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 };
  try {
    result = await importStatements({
      source,
      gazetteer: referenceGazetteer(),
      ...(args.since !== undefined ? { since: args.since } : {}),
      ...(args.limit !== undefined ? { limit: args.limit } : {}),
      ...(graph ? { driver: graph.connection.driver, database: graph.connection.database } : {}),
      dryRun: args.dryRun,
      keepContacts: args.keepContacts,
      worker,
      signal: interrupt.signal,
      onFailure: (_origin, message) => error(message),
      onBatch: (counts, total) => {
        Object.assign(progress, counts);
        say(`${formatCounts(counts)}${total !== undefined ? ` (of ${total} listed)` : ""}`);
      },
    });
  } catch (caught) {
    // What was written stays written; a re-run resumes from the cache.
    failure = caught instanceof Error ? caught.message : String(caught);
  } finally {
    worker.stop();
    if (graph && result) await reportWatchMatches(graph.connection, result.statements, say);
    await graph?.connection.close();
  }
  const counts = result?.counts ?? progress;
  if (failure !== undefined && !interrupt.signal.aborted) error(`standards-graph import: ${failure}`);
  const requests = fetcher ? ` | ${fetcher.requestCount} requests` : "";
  say(`${formatCounts(counts)}${args.dryRun ? " (dry run, nothing written)" : ""}${requests} | ${((performance.now() - started) / 1000).toFixed(1)} s elapsed`);
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  if (interrupt.signal.aborted) {
    error(`Interrupted: ${counts.imported} statements imported; run the same command again to go on.`);
    return INTERRUPTED;
  }
  return failure === undefined && counts.failed === 0 ? 0 : 1;
}

export function formatCounts(counts: Readonly<ImportCounts>): string {
  return [
    `statements fetched ${counts.fetched}`,
    `imported ${counts.imported} (created ${counts.created}, updated ${counts.updated}, unchanged ${counts.unchanged})`,
    `skipped ${counts.skipped}`,
    `failed ${counts.failed}`,
  ].join(" | ");
}

function version(): string {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { version?: string };
  return manifest.version ?? "unknown";
}
