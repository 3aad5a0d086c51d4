// Entities the document names. A node the graph already has keeps its properties (reference facts
// win over what one document says); a new one is created with what the document says about it
// and remembers which document introduced it.
// Parameters: $entities  [{id, name, labels: [type label, ...], properties: map}]
//             $documentId
UNWIND $entities AS entity
MERGE (n:Entity {id: entity.id})
ON CREATE SET n.name = entity.name, n.firstSeenIn = $documentId
SET n:$(entity.labels)
SET n += apoc.map.merge(entity.properties, properties(n))
