// A graph written by a bulk writer that bypasses the loader (as a migration from another store
// would): bodies, topics (with their BROADER topic), other targets, then statements and their
// relations created straight in Cypher, so no summary counts them.
// Parameters: $bodies, $targets  ids; $topics  [{id, broader?}]
//             $documents  [{properties, relations: [{type, to, source?}]}]; `source` names the
//                         statement a relation is evidence of (the statement itself when absent)
CALL () {
  UNWIND $bodies AS id
  MERGE (b:Entity:Body:Organization {id: id}) SET b.name = id
}
CALL () {
  UNWIND $topics AS topic
  MERGE (t:Entity:Topic {id: topic.id}) SET t.name = topic.id
  WITH t, topic
  OPTIONAL MATCH (broader:Topic {id: topic.broader})
  FOREACH (_ IN CASE WHEN broader IS NULL THEN [] ELSE [1] END | MERGE (t)-[:BROADER]->(broader))
}
CALL () {
  UNWIND $targets AS id
  MERGE (x:Entity {id: id}) SET x.name = id
}
UNWIND $documents AS doc
CREATE (d:Entity:LiaisonStatement)
SET d = doc.properties
WITH d, doc
UNWIND doc.relations AS rel
MATCH (e:Entity {id: rel.to})
CREATE (d)-[r:$(rel.type)]->(e)
SET r.sourceDocument = coalesce(rel.source, d.id), r.evidence = "written in bulk"
