/** `standards-graph load-reference`: migrations, then the reference graph of cypher/reference. */
import { graphCounts, openGraph } from "./open-graph.js";
import { parseNoArgs } from "./parse-args.js";

export const LOAD_REFERENCE_USAGE = `Usage: standards-graph load-reference [options]

Applies pending migrations, then loads the reference graph from cypher/reference (ITU-T
study groups, TSAG, focus groups, questions, resolutions, topics). Every statement merges
on canonical ids, so loading again changes nothing. Prints what was created.

Options:
  -h, --help  show this help

The database is NEO4J_URI, or the project's local Neo4j when NEO4J_URI is not set.
`;

export async function runLoadReferenceCommand(argv: readonly string[]): Promise<number> {
  if (parseNoArgs("load-reference", argv).help) {
    process.stdout.write(LOAD_REFERENCE_USAGE);
    return 0;
  }
  const { connection, migrations, reference } = await openGraph({
    report: (line) => process.stderr.write(`${line}\n`),
    reference: "always",
  });
  const report = (line: string) => process.stdout.write(`${line}\n`);
  try {
    const totals = await graphCounts(connection);
    report(`Migrations: ${migrations.applied.length} applied, ${migrations.alreadyApplied.length} already applied`);
    if (reference) {
      report(`Reference graph: ${reference.statements} statements from ${reference.files} files`);
      report(
        `Created: ${reference.nodesCreated} nodes, ${reference.relationshipsCreated} relationships; ${reference.propertiesSet} properties set`,
      );
    }
    report(`Graph now holds: ${totals.nodes} nodes, ${totals.relationships} relationships`);
  } finally {
    await connection.close();
  }
  return 0;
}
