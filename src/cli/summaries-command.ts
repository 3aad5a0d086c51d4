/**
 * `standards-graph summaries rebuild`: recomputes the summary nodes the analytics read from every
 * liaison statement, for a graph written before they existed or by a writer that bypassed the loader.
 */
import { rebuildSummaries } from "../load/summaries.js";
import { openGraph } from "./open-graph.js";
import { parseNoArgs, UsageError } from "./parse-args.js";

export const SUMMARIES_USAGE = `Usage: standards-graph summaries rebuild [options]

The analytics (overlaps, topicActivity, liaisonFlows, documentTimeline) read small summary nodes
that every ingest keeps up to date. 'rebuild' deletes them and computes them again from every
liaison statement in the graph: run it once after upgrading from a version without them, after
writing documents to the graph by other means than ingest or import, or after the topic
hierarchy (BROADER) changed. Readers keep being served meanwhile; the answers are complete again
when it ends. Safe to repeat.

Options:
  -h, --help  show this help

Exit status: 0 on success, 1 when the database failed, 2 for a usage error.
The database is NEO4J_URI, or the project's local Neo4j when NEO4J_URI is not set.
`;

export async function runSummariesCommand(argv: readonly string[]): Promise<number> {
  const [action, ...rest] = argv;
  if (action === "--help" || action === "-h") {
    process.stdout.write(SUMMARIES_USAGE);
    return 0;
  }
  if (action !== "rebuild") {
    throw new UsageError(action === undefined ? "summaries needs an action: rebuild" : `unknown summaries action '${action}'; actions: rebuild`);
  }
  if (parseNoArgs("summaries rebuild", rest).help) {
    process.stdout.write(SUMMARIES_USAGE);
    return 0;
  }
  const report = (line: string) => process.stderr.write(`${line}\n`);
  const { connection } = await openGraph({ report, reference: "never", ensureSummaries: false });
  try {
    const started = Date.now();
    const result = await rebuildSummaries(connection.driver, connection.database, {
      progress: (done, total) => report(`  ${done} of ${total} kinds of summary rebuilt`),
    });
    process.stdout.write(
      `Summaries rebuilt from ${result.documents} liaison statements in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
        `${result.bodyTopics} body-topic, ${result.bodyTopicTotals} body-topic total, ${result.topicPeriods} topic-period, ` +
        `${result.bodyPeriods} body-period, ${result.bodyFlows} body-flow, ${result.bodyTraffic} body-traffic, ` +
        `${result.bodyFlowDates} body-flow-date, ${result.bodyReferences} body-reference, ${result.bodyRecent} body-recent\n`,
    );
    return 0;
  } finally {
    await connection.close();
  }
}
