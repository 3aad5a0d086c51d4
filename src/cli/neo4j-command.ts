/**
 * `standards-graph neo4j` (also `npm run neo4j`): the project's local Neo4j in the foreground,
 * for exploring the graph in Neo4j Browser. Ctrl-C stops it cleanly; a Neo4j that another
 * process started is left to that process.
 */
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { loadConfig } from "../config/config.js";
import { loadDotEnv } from "../config/load-env.js";
import { LOCAL_USER, startLocalNeo4j } from "../neo4j/local-neo4j.js";
import { parseNoArgs, UsageError } from "./parse-args.js";

export const NEO4J_USAGE = `Usage: standards-graph neo4j [options]

Starts the project's local Neo4j (building the launcher on first use), prints its Bolt and
Browser URLs and where its password is, and keeps running until Ctrl-C (SIGINT) or SIGTERM,
then stops it; it also stops if this command is killed. If it is already running, prints its
URLs and leaves it alone.

Auth is always on, for user neo4j. The password is generated on first start and kept in
<NEO4J_LOCAL_DATA_DIR>/password (readable by you only), or is NEO4J_LOCAL_PASSWORD when set.

Options:
  -h, --help  show this help

Environment: NEO4J_LOCAL_DATA_DIR, NEO4J_LOCAL_BOLT_PORT, NEO4J_LOCAL_HTTP_PORT,
NEO4J_LOCAL_HEAP, NEO4J_LOCAL_PAGE_CACHE, NEO4J_LOCAL_PASSWORD (NEO4J_URI is not used here).
`;

export async function runNeo4jCommand(argv: readonly string[]): Promise<number> {
  if (parseNoArgs("neo4j", argv).help) {
    process.stdout.write(NEO4J_USAGE);
    return 0;
  }
  loadDotEnv();
  const config = loadConfig();
  const report = (line: string) => process.stderr.write(`${line}\n`);
  const local = await startLocalNeo4j(config.neo4j.local, report);
  process.stdout.write(
    `Neo4j Bolt:    ${local.boltUrl}\n` +
      `Neo4j Browser: ${local.browserUrl} (connect URL ${local.boltUrl}, user ${LOCAL_USER}, password in ${local.passwordFile})\n`,
  );
  if (!local.startedHere) {
    report("Already running, started by another process: leaving it as it is.");
    return 0;
  }
  report(`Log: ${local.logFile}`);
  report("Press Ctrl-C to stop.");
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    // Signal listeners alone do not keep Node running; the timer does.
    const keepAlive = setInterval(() => {}, 60_000);
    const stopOn = (received: NodeJS.Signals) => {
      clearInterval(keepAlive);
      resolve(received);
    };
    process.once("SIGINT", stopOn);
    process.once("SIGTERM", stopOn);
  });
  // A second Ctrl-C while Neo4j closes its store would leave it half stopped; wait instead.
  const patience = () => report("Still stopping Neo4j...");
  process.on("SIGINT", patience);
  process.on("SIGTERM", patience);
  report(`${signal}: stopping Neo4j...`);
  await local.stop();
  report("Neo4j stopped.");
  process.off("SIGINT", patience);
  process.off("SIGTERM", patience);
  return 0;
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  try {
    process.exitCode = await runNeo4jCommand(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`standards-graph neo4j: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}
