import type { Driver } from "neo4j-driver";
import type { DocumentRow } from "./synthetic-documents.js";
import type { ReferenceNodes, World } from "./synthetic-world.js";

/**
 * Empties the bench database in small transactions (it may hold a previous run's 100k documents):
 * relationships first, so that no batch has to detach a body or topic with thousands of them.
 * CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence a session rather than executeQuery.
 */
export async function wipe(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS");
    await session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

/** What the generator builds on: the reference graph's bodies, study groups, topics and citable documents. */
export async function readReference(driver: Driver, database: string): Promise<ReferenceNodes> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (b:Body) RETURN collect({id: b.id, type: [l IN labels(b) WHERE NOT l IN ["Entity", "Body"]][0]}) AS bodies }
     CALL () { MATCH (g:StudyGroup) WHERE g.number IS NOT NULL RETURN collect(toFloat(g.number)) AS studyGroups }
     CALL () { MATCH (t:Topic) RETURN collect({id: t.id, name: t.name}) AS topics }
     CALL () { MATCH (c:Resolution|Recommendation) RETURN collect(c.id) AS citable }
     RETURN bodies, studyGroups, topics, citable`,
    {},
    { database, routing: "READ" },
  );
  const row = records[0]!;
  return {
    bodies: row.get("bodies") as ReferenceNodes["bodies"],
    studyGroups: row.get("studyGroups") as number[],
    topics: row.get("topics") as ReferenceNodes["topics"],
    citable: row.get("citable") as string[],
  };
}

export async function writeWorld(driver: Driver, database: string, world: World): Promise<void> {
  await driver.executeQuery(
    `UNWIND $entities AS entity
     MERGE (n:Entity {id: entity.id})
     SET n:$(entity.labels)
     SET n += entity.properties`,
    { entities: world.entities },
    { database },
  );
  await driver.executeQuery(
    `UNWIND $relations AS rel
     MATCH (a:Entity {id: rel.from})
     MATCH (b:Entity {id: rel.to})
     MERGE (a)-[r:$(rel.type) {source: rel.properties.source}]->(b)`,
    { relations: world.relations },
    { database },
  );
}

/**
 * One transaction per batch: create the documents, then their relations, each found by one
 * unique-index seek on the far end. CREATE, not MERGE: every synthetic id is new.
 */
export async function writeDocuments(driver: Driver, database: string, documents: readonly DocumentRow[]): Promise<void> {
  await driver.executeQuery(
    `UNWIND $documents AS doc
     CREATE (d:Entity:LiaisonStatement)
     SET d = doc.properties
     WITH d, doc
     UNWIND doc.relations AS rel
     MATCH (b:Entity {id: rel.to})
     CREATE (d)-[r:$(rel.type)]->(b)
     SET r = rel.properties`,
    { documents },
    { database },
  );
}
