// The watch rules the given statements match: a topic rule when the statement MENTIONS the topic,
// a body rule when it is SENT_BY, SENT_TO or COPIED_TO the body, a Recommendation rule when it
// REFERENCES it.
// Parameters:
//   $ids     statement ids, e.g. ["ietf-liaison-1660"]
//   $access  the access levels the reader may see: ["public"], or ["public", "restricted"]
// In Neo4j Browser:
//   :param ids => ["ietf-liaison-1660"]
//   :param access => ["public", "restricted"]
UNWIND $ids AS statementId
MATCH (s:LiaisonStatement {id: statementId})
WHERE coalesce(s.access, "public") IN $access
MATCH (w:Watch)
MATCH (t:Entity {id: w.target})
WHERE (w.kind = "topic" AND (s)-[:MENTIONS]->(t))
   OR (w.kind = "body" AND (s)-[:SENT_BY|SENT_TO|COPIED_TO]->(t))
   OR (w.kind = "recommendation" AND (s)-[:REFERENCES]->(t))
RETURN DISTINCT w.name AS watch, s.id AS statement, s.date AS date, s.title AS title
ORDER BY statement, watch
