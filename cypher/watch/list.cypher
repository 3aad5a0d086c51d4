// Watch rules, oldest first, with the name of what each watches.
// In Neo4j Browser: run as is.
MATCH (w:Watch)
OPTIONAL MATCH (t:Entity {id: w.target})
RETURN w.id AS id, w.name AS name, w.kind AS kind, w.target AS target, coalesce(t.name, t.title, w.target) AS targetName,
  toString(w.createdAt) AS createdAt
ORDER BY w.createdAt, w.id
