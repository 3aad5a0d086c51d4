// A new watch rule on an existing node of the rule's kind; no row when there is none.
// Parameters: $watch  {id, name, kind: "topic" | "body" | "recommendation", target: canonical id}
MATCH (t:Entity {id: $watch.target})
WHERE CASE $watch.kind WHEN "topic" THEN t:Topic WHEN "body" THEN t:Body WHEN "recommendation" THEN t:Recommendation ELSE false END
CREATE (w:Watch {id: $watch.id, name: $watch.name, kind: $watch.kind, target: $watch.target, createdAt: datetime()})
RETURN w.id AS id
