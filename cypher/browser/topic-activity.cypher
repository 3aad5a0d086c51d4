// Who works on a topic, as a graph: the bodies that study it and the liaison statements that
// mention it, each statement with its sender.
// The $access filter is the one the API's saved queries use; in Browser you are the database user
// and may see everything: set ["public"] to see what an anonymous reader of the API sees.
// Parameters:
//   $topic   the topic's id, e.g. "topic:quantum-key-distribution" or "topic:blockchain"
//   $limit   how many statements
//   $access  ["public"], or ["public", "restricted"] for a member
// In Neo4j Browser:
//   :param topic => "topic:quantum-key-distribution"
//   :param limit => 50
//   :param access => ["public", "restricted"]
MATCH (t:Topic {id: $topic})
WHERE coalesce(t.access, "public") IN $access
CALL (t) {
  MATCH p = (b:Body)-[r:STUDIES]->(t)
  WHERE coalesce(b.access, "public") IN $access
    AND (r.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
  RETURN p
  UNION
  MATCH p = (t)<-[:MENTIONS]-(d:LiaisonStatement)-[:SENT_BY]->(sender:Body)
  WHERE coalesce(d.access, "public") IN $access AND coalesce(sender.access, "public") IN $access
  WITH p, d ORDER BY d.date DESC, d.id LIMIT $limit
  RETURN p
}
RETURN p
