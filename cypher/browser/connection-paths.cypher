// How two nodes are connected, as a graph: the shortest paths between them (up to 6 hops) that
// pass only through documents the reader may see and relations such documents support.
// The $access filter is the one the API's saved queries use; in Browser you are the database user
// and may see everything: set ["public"] to see what an anonymous reader of the API sees.
// Parameters:
//   $from    one end's id, e.g. "IEEE 802.1"
//   $to      the other end's id, e.g. "ITU-T TSAG"
//   $access  ["public"], or ["public", "restricted"] for a member
// In Neo4j Browser:
//   :param from => "IEEE 802.1"
//   :param to => "ITU-T TSAG"
//   :param access => ["public", "restricted"]
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(n IN nodes(p) WHERE coalesce(n.access, "public") IN $access)
  AND all(r IN relationships(p) WHERE r.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
RETURN p
LIMIT 25
