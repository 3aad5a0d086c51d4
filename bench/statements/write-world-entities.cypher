// The synthetic world's extra bodies, topics and Recommendations.
UNWIND $entities AS entity
MERGE (n:Entity {id: entity.id})
SET n:$(entity.labels)
SET n += entity.properties
