import path from "node:path";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../config/config.js";
import { readCypherFolder } from "./cypher-file.js";

export const REFERENCE_DIR = path.join(PROJECT_ROOT, "cypher", "reference");

export interface ReferenceLoadResult {
  readonly files: number;
  readonly statements: number;
  readonly nodesCreated: number;
  readonly relationshipsCreated: number;
  readonly propertiesSet: number;
}

/**
 * Loads the reference graph (real ITU-T structure, topics) from cypher/reference. Every statement
 * MERGEs on canonical ids, so loading twice changes nothing; each file is one transaction, so a
 * broken file leaves no half of itself behind.
 */
export async function loadReferenceGraph(driver: Driver, database: string, folder = REFERENCE_DIR): Promise<ReferenceLoadResult> {
  let statements = 0;
  let nodesCreated = 0;
  let relationshipsCreated = 0;
  let propertiesSet = 0;
  const files = readCypherFolder(folder);
  const session = driver.session({ database });
  try {
    for (const file of files) {
      // Counted inside the transaction function, added only once it committed: a retried
      // transaction must not count twice.
      const counted = await session.executeWrite(async (tx) => {
        const sum = { statements: 0, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
        for (const [index, statement] of file.statements.entries()) {
          try {
            const updates = (await tx.run(statement)).summary.counters.updates();
            sum.nodesCreated += updates.nodesCreated;
            sum.relationshipsCreated += updates.relationshipsCreated;
            sum.propertiesSet += updates.propertiesSet;
            sum.statements += 1;
          } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new Error(`${file.name}: statement ${index + 1} failed: ${reason}`);
          }
        }
        return sum;
      });
      statements += counted.statements;
      nodesCreated += counted.nodesCreated;
      relationshipsCreated += counted.relationshipsCreated;
      propertiesSet += counted.propertiesSet;
    }
  } finally {
    await session.close();
  }
  return { files: files.length, statements, nodesCreated, relationshipsCreated, propertiesSet };
}
