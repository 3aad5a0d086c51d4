import type { Driver } from "neo4j-driver";
import { loadStatement } from "./cypher-statement.js";
import type { GraphWrite } from "./graph-write.js";

export type WriteOutcome = "created" | "updated" | "unchanged";

/**
 * Writes one document in one transaction: all of it or, on any error, none of it. Four
 * statements whatever the document's size (UNWIND batches), and none when nothing changed.
 */
export async function writeExtraction(driver: Driver, database: string, write: GraphWrite): Promise<WriteOutcome> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const existing = await tx.run("MATCH (d:LiaisonStatement {id: $id}) RETURN d.writeHash AS hash", { id: write.documentId });
      const previous = existing.records[0]?.get("hash") as string | null | undefined;
      if (previous === write.writeHash) return "unchanged";
      await tx.run(loadStatement("remove-document-relations"), { id: write.documentId });
      await tx.run(loadStatement("upsert-document"), { document: write.document });
      await tx.run(loadStatement("upsert-entities"), { entities: write.entities, documentId: write.documentId });
      await tx.run(loadStatement("upsert-relations"), { relations: write.relations, documentId: write.documentId });
      // A node that only other documents referred to (no writeHash yet) is created by this write.
      return previous == null ? "created" : "updated";
    });
  } finally {
    await session.close();
  }
}
