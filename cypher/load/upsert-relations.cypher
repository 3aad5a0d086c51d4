// The document's relations, one relationship per (type, from, to, document), each carrying the
// document id and the sentence it was read from. Only document relation types are accepted: a
// relation of any other type would never be removed when the document changes, so it fails the
// document's transaction instead.
// Parameters: $relations      [{type, from, to, evidence, properties: map}]
//             $documentId
//             $relationTypes  DOCUMENT_RELATION_TYPES (src/model/node-types.ts)
UNWIND $relations AS rel
CALL apoc.util.validate(NOT rel.type IN $relationTypes, "not a document relation type: %s", [rel.type])
MATCH (a:Entity {id: rel.from})
MATCH (b:Entity {id: rel.to})
MERGE (a)-[r:$(rel.type) {sourceDocument: $documentId}]->(b)
SET r += rel.properties, r.evidence = rel.evidence
