import type { Driver } from "neo4j-driver";
import { loadStatement } from "./cypher-statement.js";
import { bumpGraphVersion } from "../graph/graph-version.js";
import { removeDocumentRelations } from "./remove-document-relations.js";
import { afterDocumentsChange, beforeDocumentsChange } from "./summaries.js";

/**
 * Takes liaison statements out of the graph in one transaction: each document node with its
 * relationships, the relations the documents supported between other nodes, and the nodes that
 * only they held (the same orphan rule as a changed document's write).
 */
export async function removeDocuments(driver: Driver, database: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  // The shared bookmark manager: a command that saves its bookmarks (NEO4J_BOOKMARKS_FILE) includes this write.
  const session = driver.session({ database, bookmarkManager: driver.executeQueryBookmarkManager });
  try {
    await session.executeWrite(async (tx) => {
      const pending = await beforeDocumentsChange(tx, ids);
      const candidates = new Set<string>();
      for (const id of ids) {
        for (const end of await removeDocumentRelations(tx, id)) candidates.add(end);
        await tx.run(loadStatement("remove-document"), { id });
      }
      await tx.run(loadStatement("remove-orphans"), { candidates: [...candidates], keep: [] });
      await tx.run(loadStatement("settle-node-access"), { ids: [...candidates] });
      await afterDocumentsChange(tx, ids, pending);
      await bumpGraphVersion(tx);
    });
  } finally {
    await session.close();
  }
}
