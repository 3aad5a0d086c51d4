// The liaison statements one body sent another, as a graph: sender <-SENT_BY- statement
// -SENT_TO or COPIED_TO-> recipient, newest first.
// The $access filter is the one the API's saved queries use; in Browser you are the database user
// and may see everything: set ["public"] to see what an anonymous reader of the API sees.
// Parameters:
//   $from    the sender's id, e.g. "ITU-T SG17"
//   $to      the recipient's id, e.g. "ITU-T TSAG"
//   $limit   how many statements
//   $access  ["public"], or ["public", "restricted"] for a member
// In Neo4j Browser:
//   :param from => "ITU-T SG17"
//   :param to => "ITU-T TSAG"
//   :param limit => 50
//   :param access => ["public", "restricted"]
MATCH p = (sender:Body {id: $from})<-[:SENT_BY]-(d:LiaisonStatement)-[:SENT_TO|COPIED_TO]->(recipient:Body {id: $to})
WHERE all(n IN [sender, d, recipient] WHERE coalesce(n.access, "public") IN $access)
RETURN p
ORDER BY d.date DESC, d.id
LIMIT $limit
