/**
 * The documented generated GraphQL queries, each beside the best hand-written Cypher that returns
 * the same answer (bench/cypher/<name>.cypher), so a benchmark can time the generated API against
 * what an engineer would write. The GraphQL text is the GraphQL IDE's example of the same name
 * (src/api/static/js/graphql-examples.js), never a copy of it.
 *
 * Each Cypher file takes the query's variables plus `$access`, the reader's levels (the same
 * levels the GraphQL side reads with: the access-controlled schema's `jwt.access`, or every level
 * for the in-process schema without access rules), and returns one row whose `data` column is the
 * `data` the GraphQL query answers (test/integration/schema/hand-written-cypher.test.ts checks it).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export interface GeneratedQuery {
  /** Also the name of its Cypher file, bench/cypher/<name>.cypher. */
  readonly name: string;
  readonly graphql: string;
  readonly variables: Readonly<Record<string, unknown>>;
  /** Path of the hand-written Cypher, from the repository's root. */
  readonly cypherFile: string;
}

interface Example {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

// The IDE's examples are plain browser JavaScript; they are loaded as the page loads them.
const { EXAMPLES } = (await import("../src/api/static/js/graphql-examples.js" as string)) as { EXAMPLES: Example[] };

const REPOSITORY = path.resolve(import.meta.dirname, "..");

function example(title: string): Example {
  const found = EXAMPLES.find((e) => e.name === title);
  if (!found) throw new Error(`No GraphQL example is named "${title}" (src/api/static/js/graphql-examples.js)`);
  return found;
}

function fromExample(name: string, title: string, variables?: Record<string, unknown>): GeneratedQuery {
  const { query, variables: documented } = example(title);
  return { name, graphql: query, variables: variables ?? documented, cypherFile: `bench/cypher/${name}.cypher` };
}

export const GENERATED_QUERIES: readonly GeneratedQuery[] = [
  fromExample("lookup-by-id", "One liaison statement with the sentences behind its relations"),
  fromExample("statements-sent-by-body", "Statements a body sent, newest first, with their recipients"),
  fromExample("statements-received-by-body", "Statements a body received, newest first, with purpose and sender"),
  // The count the "Counts" example starts with, alone: the other two count small reference labels.
  { name: "statement-count", graphql: "{ liaisonStatementCount }", variables: {}, cypherFile: "bench/cypher/statement-count.cypher" },
  fromExample("study-group-with-questions", "A study group with its Questions and focus groups"),
];

/** The text of a query's hand-written Cypher. */
export function handWrittenCypher(query: GeneratedQuery): string {
  return readFileSync(path.join(REPOSITORY, query.cypherFile), "utf8");
}
