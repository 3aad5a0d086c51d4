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
      await session.executeWrite(async (tx) => {
        for (const statement of file.statements) {
          try {
            const summary = (await tx.run(statement)).summary.counters.updates();
            nodesCreated += summary.nodesCreated;
            relationshipsCreated += summary.relationshipsCreated;
            propertiesSet += summary.propertiesSet;
            statements += 1;
          } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new Error(`${file.name}: statement ${file.statements.indexOf(statement) + 1} failed: ${reason}`);
          }
        }
      });
    }
  } finally {
    await session.close();
  }
  return { files: files.length, statements, nodesCreated, relationshipsCreated, propertiesSet };
}
