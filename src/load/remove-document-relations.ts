/**
 * The statement that removes every relation a document supported, generated from
 * DOCUMENT_RELATION_TYPES so that the list in src/model/node-types.ts is the only place a
 * document relation type is named.
 *
 * Why generated and not a .cypher file with the types as a parameter: a relationship type given
 * at run time (`[r:$(type)]`) cannot use the per-type index on `sourceDocument`, and Neo4j then
 * scans every relationship of the graph for each document written. One UNION branch per type,
 * with the type written out, keeps each branch an index seek (a test checks the plan).
 */
import type { ManagedTransaction } from "neo4j-driver";
import { DOCUMENT_RELATION_TYPES } from "../model/node-types.js";

const TYPE_NAME = /^[A-Z][A-Z_]*$/;

/**
 * Deletes the relations whose `sourceDocument` is `$id` and returns, once each, the ids of the
 * nodes at their other ends (`ends`): the candidates for orphan removal.
 */
export function removeDocumentRelationsCypher(types: readonly string[] = DOCUMENT_RELATION_TYPES): string {
  for (const type of types) {
    // The types are constants of the model, never input; this keeps it that way.
    if (!TYPE_NAME.test(type)) throw new Error(`not a relation type name: ${type}`);
  }
  const branches = types.map(
    (type) => `  MATCH (a)-[r:${type} {sourceDocument: $id}]->(b) DELETE r RETURN a.id AS from, b.id AS to`,
  );
  return [
    "CALL () {",
    branches.join("\n  UNION ALL\n"),
    "}",
    "UNWIND [from, to] AS end",
    "WITH DISTINCT end WHERE end <> $id",
    "RETURN collect(end) AS ends",
  ].join("\n");
}

const STATEMENT = removeDocumentRelationsCypher();

/** Removes the relations document `id` supported; returns the ids of the nodes they linked to. */
export async function removeDocumentRelations(tx: ManagedTransaction, id: string): Promise<string[]> {
  const result = await tx.run(STATEMENT, { id });
  return (result.records[0]?.get("ends") as string[] | undefined) ?? [];
}
