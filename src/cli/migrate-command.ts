/** `standards-graph migrate`: applies the migrations of cypher/migrations the graph lacks. */
import { openGraph } from "./open-graph.js";
import { parseNoArgs } from "./parse-args.js";

export const MIGRATE_USAGE = `Usage: standards-graph migrate [options]

Applies the files of cypher/migrations (constraints, indexes) that the database has not
recorded yet, in name order. Safe to repeat.

Options:
  -h, --help  show this help

The database is NEO4J_URI, or the project's local Neo4j when NEO4J_URI is not set.
`;

export async function runMigrateCommand(argv: readonly string[]): Promise<number> {
  if (parseNoArgs("migrate", argv).help) {
    process.stdout.write(MIGRATE_USAGE);
    return 0;
  }
  const { connection, migrations } = await openGraph({ report: (line) => process.stderr.write(`${line}\n`), reference: "never" });
  await connection.close();
  process.stdout.write(`Migrations: ${migrations.applied.length} applied, ${migrations.alreadyApplied.length} already applied\n`);
  return 0;
}
