// A node and its neighbours as a graph, bodies, topics and named things before documents and
// newer documents before older ones, so a busy node still shows its structure.
// The $access filter is the one the API's saved queries use; in Browser you are the database user
// and may see everything: set ["public"] to see what an anonymous reader of the API sees.
// Parameters:
//   $id      any node's id, e.g. "ITU-T SG17", "topic:quantum-key-distribution"
//   $limit   how many neighbours
//   $access  ["public"], or ["public", "restricted"] for a member
// In Neo4j Browser:
//   :param id => "ITU-T SG17"
//   :param limit => 40
//   :param access => ["public", "restricted"]
MATCH (center:Entity {id: $id})
WHERE coalesce(center.access, "public") IN $access
MATCH p = (center)-[r]-(m:Entity)
WHERE coalesce(m.access, "public") IN $access
  AND (r.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
WITH m, collect(p) AS paths
ORDER BY m:LiaisonStatement, m.date IS NULL, m.date DESC, m.id
LIMIT $limit
RETURN m, paths
