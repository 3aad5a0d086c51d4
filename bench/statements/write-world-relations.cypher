// The synthetic world's structure (PART_OF, BROADER, STUDIES, ...), each end found by its id.
UNWIND $relations AS rel
MATCH (a:Entity {id: rel.from})
MATCH (b:Entity {id: rel.to})
MERGE (a)-[r:$(rel.type) {source: rel.properties.source}]->(b)
