// A liaison statement as a graph: who sent it, to whom (SENT_TO carries the purpose), who got a
// copy, what it references and mentions, what it replies to and what replies to it, and the
// relations it supports between other nodes (a body proposing a focus group, ...).
// Neo4j Browser draws what this returns. The $access filter is the one the API's saved queries
// use; in Browser you are the database user and may see everything: set ["public"] to see what
// an anonymous reader of the API sees.
// Parameters:
//   $id      the statement's id, e.g. "sp24-sg17-oLS-00052" (after ingesting examples/)
//   $access  ["public"], or ["public", "restricted"] for a member
// In Neo4j Browser:
//   :param id => "sp24-sg17-oLS-00052"
//   :param access => ["public", "restricted"]
MATCH (d:LiaisonStatement {id: $id})
WHERE coalesce(d.access, "public") IN $access
OPTIONAL MATCH linked = (d)-[r]-(n:Entity)
WHERE coalesce(n.access, "public") IN $access
  AND (r.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
WITH d, collect(linked) AS links, collect(DISTINCT n) AS around
CALL (d, around) {
  UNWIND around AS a
  MATCH said = (a)-[s]->(b:Entity)
  WHERE s.sourceDocument = d.id AND b IN around
  RETURN collect(said) AS says
}
RETURN d, links, says
