import path from "node:path";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../src/config/config.js";
import { cypherText } from "../src/graph/cypher-file.js";
import type { DocumentRow } from "./synthetic-documents.js";
import type { ReferenceNodes, World } from "./synthetic-world.js";

/** The bench's own statements (bench/statements), apart from the project's cypher/ folder. */
export const BENCH_STATEMENTS = path.join(PROJECT_ROOT, "bench", "statements");

export function benchStatement(name: string): string {
  return cypherText(BENCH_STATEMENTS, name);
}

/**
 * Empties the bench database in small transactions (it may hold a previous run's 100k documents).
 * CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence a session rather than executeQuery.
 */
export async function wipe(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run(benchStatement("wipe-relationships"));
    await session.run(benchStatement("wipe-nodes"));
  } finally {
    await session.close();
  }
}

/** What the generator builds on: the reference graph's bodies, study groups, topics and citable documents. */
export async function readReference(driver: Driver, database: string): Promise<ReferenceNodes> {
  const { records } = await driver.executeQuery(benchStatement("read-reference"), {}, { database, routing: "READ" });
  const row = records[0]!;
  return {
    bodies: row.get("bodies") as ReferenceNodes["bodies"],
    studyGroups: row.get("studyGroups") as number[],
    topics: row.get("topics") as ReferenceNodes["topics"],
    citable: row.get("citable") as string[],
  };
}

export async function writeWorld(driver: Driver, database: string, world: World): Promise<void> {
  await driver.executeQuery(benchStatement("write-world-entities"), { entities: world.entities }, { database });
  await driver.executeQuery(benchStatement("write-world-relations"), { relations: world.relations }, { database });
}

/** One transaction per batch (bench/statements/write-documents.cypher). */
export async function writeDocuments(driver: Driver, database: string, documents: readonly DocumentRow[]): Promise<void> {
  await driver.executeQuery(benchStatement("write-documents"), { documents }, { database });
}
