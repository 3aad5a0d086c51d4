/**
 * Whether documents are in the graph whole, exactly once: for the ingestion attacks, where a
 * crash, a kill or a hostile file must never leave half a document behind.
 */
import type { GraphWrite } from "../../../src/load/graph-write.js";
import type { TestGraph } from "../../support/neo4j.js";

export type DocumentState = "absent" | "whole" | "partial" | "duplicated";

interface StoredDocument {
  readonly id: string;
  readonly nodes: number;
  readonly writeHash: string | null;
  readonly relations: readonly (readonly [string, string, string, string])[];
}

/** One key per relation, so that what is stored and what should be compare as sorted lists. */
const relationKey = (type: string, from: string, to: string, evidence: string) => JSON.stringify([type, from, to, evidence]);

/** For each document, what the graph holds of it compared with the write that should be there. */
export async function documentStates(graph: Pick<TestGraph, "rows">, writes: readonly GraphWrite[]): Promise<Map<string, DocumentState>> {
  const stored = await graph.rows<StoredDocument>(
    `UNWIND $ids AS id
     OPTIONAL MATCH (d:LiaisonStatement {id: id})
     WITH id, count(d) AS nodes, collect(d.writeHash)[0] AS writeHash
     CALL (id) {
       MATCH (a)-[r {sourceDocument: id}]->(b)
       RETURN collect([type(r), a.id, b.id, r.evidence]) AS relations
     }
     RETURN id, nodes, writeHash, relations`,
    { ids: writes.map((write) => write.documentId) },
  );
  const byId = new Map(stored.map((row) => [row.id, row]));
  return new Map(
    writes.map((write) => {
      const row = byId.get(write.documentId);
      // A node without a write hash and relations is only a document others refer to.
      if (!row || (row.relations.length === 0 && (row.nodes === 0 || (row.nodes === 1 && row.writeHash === null)))) {
        return [write.documentId, "absent"];
      }
      if (row.nodes > 1) return [write.documentId, "duplicated"];
      const expected = write.relations.map((r) => relationKey(r.type, r.from, r.to, r.evidence)).sort();
      const actual = row.relations.map((r) => relationKey(...r)).sort();
      const whole = row.nodes === 1 && row.writeHash === write.writeHash && JSON.stringify(actual) === JSON.stringify(expected);
      return [write.documentId, whole ? "whole" : "partial"];
    }),
  );
}
