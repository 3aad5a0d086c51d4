// The document's relations, one relationship per (type, from, to, document), each carrying the
// document id and the sentence it was read from.
// Parameters: $relations  [{type, from, to, evidence, properties: map}]
//             $documentId
UNWIND $relations AS rel
MATCH (a:Entity {id: rel.from})
MATCH (b:Entity {id: rel.to})
MERGE (a)-[r:$(rel.type) {sourceDocument: $documentId}]->(b)
SET r += rel.properties, r.evidence = rel.evidence
