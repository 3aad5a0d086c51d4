// Full-text search across every kind of node, ranked best first.
// Parameters:
//   $query   a Lucene query over names, titles, aliases, abstracts and descriptions, e.g. "ledger*"
//   $types   node types to keep, e.g. ["FocusGroup", "Question"]
//   $limit   how many hits (1-100)
//   $access  the access levels the reader may see: ["public"], or ["public", "restricted"] for a member
//            (documents carry their level; a node only restricted documents name is "restricted")
// In Neo4j Browser:  :param query => "ledger*"   :param types => ["FocusGroup","Question","Topic"]   :param limit => 10
//   :param access => ["public", "restricted"]
CALL db.index.fulltext.queryNodes("entity_text", $query, {limit: $limit * 4}) YIELD node, score
WITH node, score, [label IN labels(node) WHERE label IN $types][0] AS type
WHERE type IS NOT NULL AND coalesce(node.access, "public") IN $access
RETURN type, node.id AS id, coalesce(node.name, node.title, node.id) AS name, score
ORDER BY score DESC, id
LIMIT toInteger($limit)
