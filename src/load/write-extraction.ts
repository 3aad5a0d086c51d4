import type { Driver } from "neo4j-driver";
import { DOCUMENT_RELATION_TYPES } from "../model/node-types.js";
import { loadStatement } from "./cypher-statement.js";
import { bumpGraphVersion } from "../graph/graph-version.js";
import type { GraphWrite } from "./graph-write.js";
import { removeDocumentRelations } from "./remove-document-relations.js";
import { afterDocumentsChange, beforeDocumentsChange } from "./summaries.js";

export type WriteOutcome = "created" | "updated" | "unchanged";

/**
 * Writes one document in one transaction: all of it or, on any error, none of it. The relations
 * its previous version supported go first, then the nodes only they held (orphans), then the new
 * version, then the summaries and the graph's version; a fixed number of statements whatever the
 * document's size (UNWIND batches), and none when nothing changed.
 */
export async function writeExtraction(driver: Driver, database: string, write: GraphWrite): Promise<WriteOutcome> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const existing = await tx.run(loadStatement("document-write-hash"), { id: write.documentId });
      const previous = existing.records[0]?.get("hash") as string | null | undefined;
      if (previous === write.writeHash) return "unchanged";
      const ids = [write.documentId];
      const pending = await beforeDocumentsChange(tx, ids);
      const ends = await removeDocumentRelations(tx, write.documentId);
      // Nodes the new version names again stay: removing and recreating them would lose what
      // other documents and the reference graph said about them.
      const keep = write.entities.map((e) => e.id);
      await tx.run(loadStatement("remove-orphans"), { candidates: ends, keep });
      await tx.run(loadStatement("upsert-document"), { document: write.document });
      await tx.run(loadStatement("upsert-entities"), { entities: write.entities, documentId: write.documentId });
      await tx.run(loadStatement("upsert-relations"), {
        relations: write.relations,
        documentId: write.documentId,
        relationTypes: DOCUMENT_RELATION_TYPES,
      });
      await tx.run(loadStatement("settle-node-access"), { ids: [...new Set([...ends, ...keep])] });
      await afterDocumentsChange(tx, ids, pending);
      await bumpGraphVersion(tx);
      // A node that only other documents referred to (no writeHash yet) is created by this write.
      return previous == null ? "created" : "updated";
    });
  } finally {
    await session.close();
  }
}
