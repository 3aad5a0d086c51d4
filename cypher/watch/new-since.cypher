// Statements the graph received after a point (when it received them, then id), with the watch
// rules each matches: what a dashboard or script polls. Restricted statements reach only members.
// Parameters:
//   $afterTime  ISO datetime of the last statement already seen, or null from the start
//   $afterId    its id ("" from the start)
//   $limit      statements per page
//   $access     the access levels the reader may see: ["public"], or ["public", "restricted"]
// In Neo4j Browser:
//   :param afterTime => null
//   :param afterId => ""
//   :param limit => 20
//   :param access => ["public"]
MATCH (s:LiaisonStatement)
WHERE s.ingestedAt IS NOT NULL
  AND coalesce(s.access, "public") IN $access
  AND ($afterTime IS NULL OR s.ingestedAt > datetime($afterTime)
       OR (s.ingestedAt = datetime($afterTime) AND s.id > $afterId))
WITH s
ORDER BY s.ingestedAt, s.id
LIMIT $limit
CALL (s) {
  OPTIONAL MATCH (w:Watch)
  OPTIONAL MATCH (t:Entity {id: w.target})
  WHERE (w.kind = "topic" AND (s)-[:MENTIONS]->(t))
     OR (w.kind = "body" AND (s)-[:SENT_BY|SENT_TO|COPIED_TO]->(t))
     OR (w.kind = "recommendation" AND (s)-[:REFERENCES]->(t))
  WITH w, t WHERE t IS NOT NULL
  RETURN collect(DISTINCT w.name) AS watches
}
RETURN s.id AS id, s.title AS title, s.date AS date, toString(s.ingestedAt) AS ingestedAt, watches
ORDER BY s.ingestedAt, s.id
