/**
 * `standards-graph ingest`: files, folders and globs into the graph. stdout carries only what a
 * script may want (the --json object, or the --dry-run listing); everything else goes to stderr.
 * Exit code 0 means every document went in, 1 that at least one did not.
 */
import { expandInputs } from "./expand-inputs.js";
import { ingestFiles, countOutcomes, type IngestRun } from "./ingest-run.js";
import { formatJsonRun } from "./json-output.js";
import { openGraph } from "./open-graph.js";
import { parseIngestArgs } from "./parse-args.js";
import { Progress, formatSummary } from "./progress.js";
import { formatExtraction } from "./text-output.js";

export const INGEST_USAGE = `Usage: standards-graph ingest [options] <files|folders|globs...>

Reads liaison statements (.txt, .md, .docx, .doc, .pdf, JSON records; ITU notifications and LS
templates, IETF Datatracker pages, 3GPP, IEEE, ISO/IEC and mail-like headers, free text) and
writes each one to the graph in its own transaction. A document whose sender, recipients or date
cannot be found is still written, with a warning naming what is missing. Folders are read
recursively for documents (.txt, .text, .md, .markdown, .docx, .doc, .pdf, or no extension);
globs (quote them) understand *, ** and ? and take every file they match. Hidden files and
folders are skipped. A file that cannot be read is reported and skipped; the others go on.
Ctrl-C stops between two documents.

Options:
  --dry-run        extract and print; needs no database and writes nothing
  --json           print one JSON object for the run on stdout (summary goes to stderr)
  --keep-contacts  also store contact names and e-mail addresses (left out by default)
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

  // Ctrl-C ends the run between documents, so the connection (and a Neo4j started for this run)
  // is closed properly and every document is either fully written or not at all.
  const interrupt = new AbortController();
  const expanded = await expandInputs(args.inputs);
  for (const failure of expanded.failures) progress.print(failure.error);
  let run: IngestRun;
  if (expanded.files.length === 0) {
    run = { documents: [], failed: [], elapsedMs: 0 };
  } else {
    // A dry run needs no database: the gazetteer comes from the repository's reference data.
    const graph = args.dryRun ? undefined : await openGraph({ report: info, reference: "when-missing" });
    const stopListening = onInterrupt(() => {
      progress.print("Stopping after the current document...");
      interrupt.abort();
    });
    try {
      progress.start(expanded.files.length);
      run = await ingestFiles(expanded.files, {
        ...(graph ? { driver: graph.connection.driver, database: graph.connection.database } : {}),
        dryRun: args.dryRun,
        keepContacts: args.keepContacts,
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
    } finally {
      stopListening();
      await graph?.connection.close();
    }
  }
  if (interrupt.signal.aborted) progress.print(`Interrupted: ${run.documents.length + run.failed.length} of ${expanded.files.length} files done.`);

  const all = { ...run, failed: [...expanded.failures, ...run.failed] };
  if (args.json) process.stdout.write(formatJsonRun(all));
  progress.finish(formatSummary(countOutcomes(all), run.elapsedMs, args.dryRun));
  if (interrupt.signal.aborted) return 130;
  return all.failed.length === 0 ? 0 : 1;
}

function onInterrupt(handler: () => void): () => void {
  process.once("SIGINT", handler);
  process.once("SIGTERM", handler);
  return () => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
  };
}
