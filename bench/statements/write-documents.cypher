// One batch of synthetic liaison statements: create the documents, then their relations, each
// found by one unique-index seek on the far end. CREATE, not MERGE: every synthetic id is new.
// This bypasses the loader, so the summaries are rebuilt afterwards (src/load/summaries.ts).
UNWIND $documents AS doc
CREATE (d:Entity:LiaisonStatement)
SET d = doc.properties
WITH d, doc
UNWIND doc.relations AS rel
MATCH (b:Entity {id: rel.to})
CREATE (d)-[r:$(rel.type)]->(b)
SET r = rel.properties
