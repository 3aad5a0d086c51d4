/**
 * `standards-graph watch add|list|remove`: the watch rules whose new matches `ingest` and
 * `import datatracker` report after writing, and the API's `newSince` lists.
 */
import { parseArgs } from "node:util";
import { resolveWatchTarget, WatchTargetError } from "../watch/resolve-watch-target.js";
import { addWatch, listWatches, removeWatch, WatchRuleError, type WatchKind } from "../watch/watch-rules.js";
import { openGraph } from "./open-graph.js";
import { UsageError } from "./parse-args.js";

export const WATCH_USAGE = `Usage: standards-graph watch <add|list|remove> [options]

Watch rules name a topic, a body or a Recommendation. After each 'ingest' and 'import datatracker'
run, the statements written that match a rule are printed (and listed under "watchMatches" in
ingest's --json output); the API's newSince query reports them to dashboards and scripts.
A statement matches a topic it mentions, a body it is sent by, sent to or copied to, and a
Recommendation it references.

  standards-graph watch add --topic blockchain
  standards-graph watch add --body "SG17" --name sg17-traffic
  standards-graph watch add --recommendation X.509
  standards-graph watch list [--json]
  standards-graph watch remove <id|name>

Names are read as the API reads them (canonical ids, reference names and aliases: "SG17",
"Study Group 17", "FG DLT", "DLT"); an unknown one is an error with the closest known names.

Options:
  --topic T           watch a topic
  --body B            watch a body (study group, Question, TSAG, IETF working group, ...)
  --recommendation R  watch a Recommendation
  --name NAME         the rule's name (default: the canonical id of what it watches)
  --json              list: print the rules as JSON
  -h, --help          show this help

Exit status: 0 on success, 1 when the database failed, 2 for a usage error or an unknown name.
The database is NEO4J_URI, or the project's local Neo4j when NEO4J_URI is not set.
`;

export async function runWatchCommand(argv: readonly string[]): Promise<number> {
  const [action, ...rest] = argv;
  if (action === undefined || action === "--help" || action === "-h") {
    if (action === undefined) throw new UsageError("watch needs an action: add, list or remove");
    process.stdout.write(WATCH_USAGE);
    return 0;
  }
  const { values, positionals } = parse(rest);
  if (values.help) {
    process.stdout.write(WATCH_USAGE);
    return 0;
  }
  switch (action) {
    case "add":
      return add(values, positionals);
    case "list":
      if (positionals.length > 0) throw new UsageError(`watch list takes no arguments (got '${positionals[0]}')`);
      return list(values.json === true);
    case "remove":
      if (positionals.length !== 1) throw new UsageError("watch remove takes one rule id or name");
      return remove(positionals[0]!);
    default:
      throw new UsageError(`unknown watch action '${action}'; actions: add, list, remove`);
  }
}

type Values = ReturnType<typeof parse>["values"];

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        topic: { type: "string" },
        body: { type: "string" },
        recommendation: { type: "string" },
        name: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function add(values: Values, positionals: readonly string[]): Promise<number> {
  if (positionals.length > 0) throw new UsageError(`watch add takes options only (got '${positionals[0]}')`);
  const given = (["topic", "body", "recommendation"] as const).filter((kind) => values[kind] !== undefined);
  if (given.length !== 1) throw new UsageError("watch add needs exactly one of --topic, --body, --recommendation");
  const kind: WatchKind = given[0]!;
  const written = values[kind]!.trim();
  if (written === "") throw new UsageError(`--${kind} needs a value`);
  const name = values.name?.trim();
  if (name === "") throw new UsageError("--name needs a value");
  return withGraph(async (store) => {
    const target = await resolveWatchTarget(store, kind, written);
    const rule = await addWatch(store, kind, target, name);
    process.stdout.write(`Watching ${rule.kind} ${rule.target}${rule.targetName !== rule.target ? ` (${rule.targetName})` : ""} as "${rule.name}" (id ${rule.id})\n`);
    return 0;
  });
}

async function list(json: boolean): Promise<number> {
  return withGraph(async (store) => {
    const rules = await listWatches(store);
    if (json) process.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
    else if (rules.length === 0) process.stdout.write("No watch rules.\n");
    else for (const r of rules) process.stdout.write(`${r.name}\t${r.kind} ${r.target}${r.targetName !== r.target ? ` (${r.targetName})` : ""}\t${r.id}\n`);
    return 0;
  });
}

async function remove(key: string): Promise<number> {
  return withGraph(async (store) => {
    const removed = await removeWatch(store, key);
    if (!removed) {
      const known = (await listWatches(store)).map((r) => r.name);
      throw new UsageError(`no watch rule has the id or name "${key}"${known.length > 0 ? `; rules: ${known.join(", ")}` : ""}`);
    }
    process.stdout.write(`Removed watch rule "${removed.name}" (id ${removed.id})\n`);
    return 0;
  });
}

/** Opens the graph as the other commands do (migrations, reference graph when missing), then closes it. */
async function withGraph(work: (store: { driver: import("neo4j-driver").Driver; database: string }) => Promise<number>): Promise<number> {
  const graph = await openGraph({ report: (line) => process.stderr.write(`${line}\n`), reference: "when-missing" });
  try {
    return await work({ driver: graph.connection.driver, database: graph.connection.database });
  } catch (error) {
    // Names nobody has and rules already there are the caller's mistake: exit 2.
    if (error instanceof WatchTargetError || error instanceof WatchRuleError) throw new UsageError(error.message);
    throw error;
  } finally {
    await graph.connection.close();
  }
}
