// The ingestion benchmark's baseline: the rows an ingest run writes (the document, the entities
// it names, its relations), written by one plain UNWIND, with none of the loader's bookkeeping
// (no write-hash check, no cleanup of a previous version, no provenance, access or summaries).
// What the loader costs beyond this is the price of those guarantees.
// Parameters: $writes  [{documentId, document: map, entities: [{id, name, labels}], relations: [{type, from, to, evidence, properties}]}]
UNWIND $writes AS w
MERGE (d:Entity {id: w.documentId})
SET d = w.document, d:LiaisonStatement
WITH w
CALL (w) {
  UNWIND w.entities AS entity
  MERGE (n:Entity {id: entity.id})
  ON CREATE SET n.name = entity.name
  SET n:$(entity.labels)
}
CALL (w) {
  UNWIND w.relations AS rel
  MATCH (a:Entity {id: rel.from})
  MATCH (b:Entity {id: rel.to})
  MERGE (a)-[r:$(rel.type) {sourceDocument: w.documentId}]->(b)
  SET r += rel.properties, r.evidence = rel.evidence
}
RETURN count(*) AS written
