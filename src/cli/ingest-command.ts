/**
 * `standards-graph ingest`: files, folders and globs into the graph. stdout carries only what a
 * script may want (the --json object, or the --dry-run listing); everything else goes to stderr.
 * Exit code 0 means every document went in, 1 that at least one did not.
 */
import { loadDotEnv } from "../config/load-env.js";
import { DocumentWorkerPool } from "./document-worker.js";
import { expandInputs } from "./expand-inputs.js";
import { readIngestLimits } from "./ingest-limits.js";
import { ingestFiles, countOutcomes, type IngestRun } from "./ingest-run.js";
import { openGraph } from "./open-graph.js";
import { parseIngestArgs } from "./parse-args.js";
import { Progress, formatSummary } from "./progress.js";
import { formatExtraction } from "./text-output.js";
import { formatJsonRunWithWatches, reportWatchMatches } from "./watch-report.js";
import type { WatchMatch } from "../watch/watch-matches.js";

export const INGEST_USAGE = `Usage: standards-graph ingest [options] <files|folders|globs...>

Reads liaison statements (.txt, .md, .docx, .doc, .pdf, JSON records; ITU notifications and LS
templates, IETF Datatracker pages, 3GPP, IEEE, ISO/IEC and mail-like headers, free text) and
writes them to the graph, many documents per transaction (a document that cannot be written
fails alone; the others are written). A document whose sender, recipients or date
cannot be found is still written, with a warning naming what is missing. Folders are read
recursively for documents (.txt, .text, .md, .markdown, .docx, .doc, .pdf, or no extension);
globs (quote them) understand *, ** and ? and take every file they match. Hidden files and
folders are skipped. A file that cannot be read is reported and skipped; the others go on.
A file the graph already holds as it is (same bytes and name, same --access and
--keep-contacts, same extractor and reference data) is reported unchanged without being read
again; with --json every file is read, so that each document lists what it says.

Documents are read and extracted in worker processes, several at a time, each document with a
time and memory budget; a file over a limit fails alone with a line naming the file and the
limit. Limits (environment):
  INGEST_MAX_FILE_BYTES       largest file read (default 20971520, 20 MB)
  INGEST_MAX_UNZIPPED_BYTES   what a .docx may unzip to (default 52428800, 50 MB)
  INGEST_DOCUMENT_TIMEOUT_MS  time to read and extract one document (default 60000)
  INGEST_DOCUMENT_MEMORY_MB   heap for reading and extracting (default 1024)
  INGEST_MAX_RELATIONS        relations kept per document (default 2000)
  INGEST_MAX_EVIDENCE_CHARS   evidence kept per document (default 2000000 characters)
  INGEST_WORKERS              documents read at the same time (default: one per core, at most 4)

Ctrl-C stops: the documents being read are dropped, the batch being written is finished, and
the command exits with 130; a second Ctrl-C exits at once (a transaction in flight is rolled back).

Options:
  --dry-run        extract and print; needs no database and writes nothing
  --json           print one JSON object for the run on stdout (summary goes to stderr), with
                   the statements matching a watch rule under "watchMatches" (standards-graph watch)
  --keep-contacts  also store contact names and e-mail addresses (left out by default)
  --access LEVEL   public (default) or restricted: restricted documents, their evidence and
                   their relations are shown only to members (a document marked restricted,
                   e.g. "Access: TIES", is restricted whatever this says)
  -q, --quiet      print errors only
  -h, --help       show this help

Exit status: 0 when every document went in, 1 when any failed, 2 for a usage error,
130 when interrupted.
The database is NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE), or the
project's local Neo4j, started if needed, when NEO4J_URI is not set.
`;

export async function runIngestCommand(argv: readonly string[]): Promise<number> {
  const args = parseIngestArgs(argv);
  if (args.help) {
    process.stdout.write(INGEST_USAGE);
    return 0;
  }
  const stderr = process.stderr;
  const progress = new Progress(stderr, { quiet: args.quiet });
  const info = (line: string) => {
    if (!args.quiet) progress.print(line);
  };

  loadDotEnv();
  const limits = readIngestLimits();
  // Ctrl-C always stops (see onInterrupt): every document is either fully written or not at all.
  // The listener stays until the process exits, so a Ctrl-C after the run exits at once too.
  const interrupt = new AbortController();
  let ingesting = false;
  onInterrupt((presses) => {
    if (presses === 1 && ingesting) {
      progress.print("Stopping: the batch being written is finished, nothing else is started (Ctrl-C again to quit at once)...");
      interrupt.abort();
      return;
    }
    // Before the run, after it, or a second time: nothing is half-written that a transaction
    // would not roll back, and a Neo4j started for this run stops with this process.
    progress.print("Interrupted.");
    process.exit(INTERRUPTED);
  });
  let run: IngestRun;
  let matches: WatchMatch[] = [];
  const expanded = await expandInputs(args.inputs);
  for (const failure of expanded.failures) progress.print(failure.error);
  if (expanded.files.length === 0) {
    run = { documents: [], failed: [], elapsedMs: 0 };
  } else {
    // Started first, so that loading the extractor overlaps connecting to the database.
    const worker = new DocumentWorkerPool(limits);
    worker.warmUp();
    // A dry run needs no database: the gazetteer comes from the repository's reference data.
    let graph: Awaited<ReturnType<typeof openGraph>> | undefined;
    try {
      graph = args.dryRun ? undefined : await openGraph({ report: info, reference: "when-missing" });
    } catch (error) {
      worker.stop();
      throw error;
    }
    try {
      progress.start(expanded.files.length);
      ingesting = true;
      run = await ingestFiles(expanded.files, {
        ...(graph ? { driver: graph.connection.driver, database: graph.connection.database } : {}),
        dryRun: args.dryRun,
        keepContacts: args.keepContacts,
        access: args.access,
        // A file the graph holds unchanged is not read again, except for --json, which lists
        // what every file says.
        skipUnchanged: !args.json,
        limits,
        worker,
        signal: interrupt.signal,
        onDocument: (document) => {
          if (args.dryRun && !args.json) progress.print(formatExtraction(document), process.stdout);
          progress.advance();
        },
        onFailure: (failure) => {
          progress.print(failure.error);
          progress.advance(true);
        },
      });
      if (graph) matches = await reportWatchMatches(graph.connection, run.documents.map((d) => ({ id: d.extraction.document.id, outcome: d.outcome })), info);
    } finally {
      ingesting = false;
      await graph?.connection.close();
    }
  }
  if (interrupt.signal.aborted) progress.print(`Interrupted: ${run.documents.length + run.failed.length} of ${expanded.files.length} files done.`);

  const all = { ...run, failed: [...expanded.failures, ...run.failed] };
  if (args.json) process.stdout.write(formatJsonRunWithWatches(all, matches));
  progress.finish(formatSummary(countOutcomes(all), run.elapsedMs, args.dryRun));
  if (interrupt.signal.aborted) return INTERRUPTED;
  return all.failed.length === 0 ? 0 : 1;
}

/** The shell's code for a command ended by Ctrl-C (128 + SIGINT). */
const INTERRUPTED = 130;

/**
 * Ctrl-C and SIGTERM, counted. The command's own event loop stays free (documents are read in a
 * worker), so a signal is handled at once even while a document is stuck.
 */
function onInterrupt(handler: (presses: number) => void): void {
  let presses = 0;
  const listener = () => handler(++presses);
  process.on("SIGINT", listener);
  process.on("SIGTERM", listener);
}
