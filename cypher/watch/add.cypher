// A new watch rule on a node of the rule's kind; no row when there is none. A Recommendation may
// be watched before any statement references it (its node appears with the first one that does).
// Parameters: $watch  {id, name, kind: "topic" | "body" | "recommendation", target: canonical id}
OPTIONAL MATCH (t:Entity {id: $watch.target})
WITH t
WHERE CASE $watch.kind
        WHEN "topic" THEN t:Topic
        WHEN "body" THEN t:Body
        WHEN "recommendation" THEN t IS NULL OR t:Recommendation
        ELSE false
      END
CREATE (w:Watch {id: $watch.id, name: $watch.name, kind: $watch.kind, target: $watch.target, createdAt: datetime()})
RETURN w.id AS id
