// Where a focus group comes from, as a graph: the bodies that proposed, considered and
// established it, the liaison statements in which they did (each with its sender), and its parent.
// The $access filter is the one the API's saved queries use; in Browser you are the database user
// and may see everything: set ["public"] to see what an anonymous reader of the API sees.
// Parameters:
//   $id      the focus group's id, e.g. "ITU-T FG Quantum-Safe Migration" (after ingesting
//            examples/) or "ITU-T FG DLT"
//   $access  ["public"], or ["public", "restricted"] for a member
// In Neo4j Browser:
//   :param id => "ITU-T FG Quantum-Safe Migration"
//   :param access => ["public", "restricted"]
MATCH (fg:FocusGroup {id: $id})
WHERE coalesce(fg.access, "public") IN $access
MATCH p = (fg)-[r:PROPOSES|CONSIDERS|ESTABLISHED|UNDER_AUSPICES_OF]-(x:Entity)
WHERE coalesce(x.access, "public") IN $access
  AND (r.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
OPTIONAL MATCH sent = (d:LiaisonStatement {id: r.sourceDocument})-[:SENT_BY]->(sender:Body)
WHERE coalesce(d.access, "public") IN $access AND coalesce(sender.access, "public") IN $access
RETURN p, collect(sent) AS documents
