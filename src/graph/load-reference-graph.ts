import { readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../config/config.js";
import { REFERENCE_BODIES } from "../model/reference-bodies.js";
import { settleReferenceNodes } from "../load/settle-reference-nodes.js";
import { readCypherFolder, type CypherFile } from "./cypher-file.js";
import { bumpGraphVersionAlone } from "./graph-version.js";
import { loadedReferenceFingerprint, recordReferenceFingerprint, referenceFingerprint } from "./reference-fingerprint.js";

export const REFERENCE_DIR = path.join(PROJECT_ROOT, "cypher", "reference");

/** Values a reference file can ask for with a `// @param <name>` line. */
export type ReferenceParameters = Readonly<Record<string, () => unknown>>;

export const REFERENCE_PARAMETERS: ReferenceParameters = {
  // Every key present (null when absent), so that the Cypher can SET them without coalescing.
  bodies: () =>
    REFERENCE_BODIES.map((b) => ({
      id: b.id,
      type: b.type,
      name: b.name,
      kind: b.kind,
      aliases: b.aliases,
      parent: b.parent ?? null,
      source: b.source,
      active: b.active ?? null,
      description: b.description ?? null,
    })),
};

/** The parameters a file declares, each from its provider; a file that declares none gets none. */
function parametersOf(file: CypherFile, provided: ReferenceParameters): Record<string, unknown> {
  const names = [...readFileSync(file.path, "utf8").matchAll(/^\/\/\s*@param\s+(\w+)\s*$/gm)].map((m) => m[1]!);
  return Object.fromEntries(
    names.map((name) => {
      const provide = provided[name];
      if (!provide) throw new Error(`${file.name}: no value for the declared parameter $${name}`);
      return [name, provide()];
    }),
  );
}

export interface ReferenceLoadResult {
  /** True when the database already held this very reference data and nothing was run. */
  readonly skipped?: boolean;
  readonly files: number;
  readonly statements: number;
  readonly nodesCreated: number;
  readonly relationshipsCreated: number;
  readonly propertiesSet: number;
}

/**
 * Loads the reference graph (real ITU-T structure, topics, other bodies) from cypher/reference. A
 * file that needs data (70-bodies.cypher: the bodies of cypher/reference/bodies) declares it with a
 * `// @param <name>` line and gets it from `provided`. Every statement
 * MERGEs on canonical ids, so loading twice changes nothing; each file is one transaction, so a
 * broken file leaves no half of itself behind.
 */
export async function loadReferenceGraph(
  driver: Driver,
  database: string,
  folder = REFERENCE_DIR,
  provided: ReferenceParameters = REFERENCE_PARAMETERS,
  options: { readonly skipIfUnchanged?: boolean } = {},
): Promise<ReferenceLoadResult> {
  const fingerprint = referenceFingerprint(folder);
  if (options.skipIfUnchanged && (await loadedReferenceFingerprint(driver, database)) === fingerprint) {
    return { skipped: true, files: 0, statements: 0, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  }
  let statements = 0;
  let nodesCreated = 0;
  let relationshipsCreated = 0;
  let propertiesSet = 0;
  const files = readCypherFolder(folder);
  const session = driver.session({ database, bookmarkManager: driver.executeQueryBookmarkManager });
  try {
    for (const file of files) {
      const parameters = parametersOf(file, provided);
      // Counted inside the transaction function, added only once it committed: a retried
      // transaction must not count twice.
      const counted = await session.executeWrite(async (tx) => {
        const sum = { statements: 0, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
        for (const [index, statement] of file.statements.entries()) {
          try {
            const updates = (await tx.run(statement, parameters)).summary.counters.updates();
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
  // A body documents named before the reference data knew it is resolved now.
  await settleReferenceNodes(driver, database);
  // Only once all of it is in: a load that failed half-way is done again at the next start.
  if (folder === REFERENCE_DIR) await recordReferenceFingerprint(driver, database, fingerprint);
  await bumpGraphVersionAlone(driver, database);
  return { files: files.length, statements, nodesCreated, relationshipsCreated, propertiesSet };
}
