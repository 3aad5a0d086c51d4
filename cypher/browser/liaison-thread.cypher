// A thread of liaison statements as a graph: every statement linked to this one by REPLIES_TO,
// either way and at any distance (up to 12 hops), each with its sender and recipients.
// The $access filter is the one the API's saved queries use; in Browser you are the database user
// and may see everything: set ["public"] to see what an anonymous reader of the API sees.
// Parameters:
//   $id      a statement of the thread, e.g. "sp24-tsag-oLS-00009" (after ingesting examples/)
//   $access  ["public"], or ["public", "restricted"] for a member
// In Neo4j Browser:
//   :param id => "sp24-tsag-oLS-00009"
//   :param access => ["public", "restricted"]
MATCH (start:LiaisonStatement {id: $id})
WHERE coalesce(start.access, "public") IN $access
MATCH thread = (start)-[:REPLIES_TO*0..12]-(d:LiaisonStatement)
WHERE all(n IN nodes(thread) WHERE coalesce(n.access, "public") IN $access)
WITH DISTINCT d, thread
OPTIONAL MATCH addressed = (d)-[:SENT_BY|SENT_TO|COPIED_TO]->(body:Body)
WHERE coalesce(body.access, "public") IN $access
RETURN thread, collect(addressed) AS bodies
