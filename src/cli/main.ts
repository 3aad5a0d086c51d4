/**
 * The `standards-graph` command: verb dispatch. Exit status 0 on success, 1 when the work
 * failed, 2 when the command line was wrong, so scripts can tell the two apart.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.js";
import { ConfigError } from "../config/config-error.js";
import { INGEST_USAGE, runIngestCommand } from "./ingest-command.js";
import { IMPORT_USAGE, runImportCommand } from "./import-command.js";
import { LOAD_REFERENCE_USAGE, runLoadReferenceCommand } from "./load-reference-command.js";
import { MIGRATE_USAGE, runMigrateCommand } from "./migrate-command.js";
import { NEO4J_USAGE, runNeo4jCommand } from "./neo4j-command.js";
import { parseTopLevel, UsageError } from "./parse-args.js";
import { runSummariesCommand, SUMMARIES_USAGE } from "./summaries-command.js";
import { runWatchCommand, WATCH_USAGE } from "./watch-command.js";

export const USAGE = `Usage: standards-graph <command> [options]

Commands:
  ingest <files|folders|globs...>  read liaison statements and write them to the graph
  import datatracker               fetch the IETF Datatracker's liaison statements into the graph
  load-reference                   apply migrations and load the reference graph
  migrate                          apply pending migrations
  neo4j                            run the local Neo4j in the foreground (Ctrl-C stops it)
  summaries rebuild                recompute the summaries the analytics read from every statement
  watch add|list|remove            rules that report new statements on a topic, body or Recommendation

Options:
  -h, --help     show this help; "standards-graph <command> --help" for a command's own
  -v, --version  print the version

Without NEO4J_URI the commands use the project's local Neo4j, starting it when needed.
`;

const COMMANDS: Readonly<Record<string, { readonly run: (argv: readonly string[]) => Promise<number>; readonly usage: string }>> = {
  ingest: { run: runIngestCommand, usage: INGEST_USAGE },
  import: { run: runImportCommand, usage: IMPORT_USAGE },
  "load-reference": { run: runLoadReferenceCommand, usage: LOAD_REFERENCE_USAGE },
  migrate: { run: runMigrateCommand, usage: MIGRATE_USAGE },
  neo4j: { run: runNeo4jCommand, usage: NEO4J_USAGE },
  summaries: { run: runSummariesCommand, usage: SUMMARIES_USAGE },
  watch: { run: runWatchCommand, usage: WATCH_USAGE },
};

export async function main(argv: readonly string[]): Promise<number> {
  if (argv.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  let verb: string | undefined;
  try {
    const parsed = parseTopLevel(argv);
    if (parsed.kind === "help") {
      process.stdout.write(USAGE);
      return 0;
    }
    if (parsed.kind === "version") {
      process.stdout.write(`standards-graph ${version()}\n`);
      return 0;
    }
    verb = parsed.verb;
    const command = COMMANDS[parsed.verb];
    if (command === undefined) {
      throw new UsageError(`unknown command '${parsed.verb}'; commands: ${Object.keys(COMMANDS).join(", ")}`);
    }
    return await command.run(parsed.args);
  } catch (error) {
    const prefix = verb !== undefined && COMMANDS[verb] ? `standards-graph ${verb}` : "standards-graph";
    if (error instanceof UsageError) {
      const help = verb !== undefined && COMMANDS[verb] ? `standards-graph ${verb} --help` : "standards-graph --help";
      process.stderr.write(`standards-graph: ${error.message}\nRun '${help}' for usage.\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    const hint = error instanceof ConfigError ? " See .env.example." : "";
    process.stderr.write(`${prefix}: ${message}${hint}\n`);
    return 1;
  }
}

function version(): string {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { version?: string };
  return manifest.version ?? "unknown";
}

process.exitCode = await main(process.argv.slice(2));
