// Argument names: the names an analytics argument of one kind could have been meant as, for the
// "did you mean" of an unknown value: every body, topic or focus group with its name and aliases;
// for any node, the named things (bodies, topics, resolutions, Recommendations, reports,
// workshops) and the nodes whose id starts with what was written.
// Parameters:
//   $kind    "body", "topic", "focusGroup" or "entity"
//   $prefix  the written value, for ids that start with it (used for "entity")
//   $access  the access levels the reader may see: ["public"], or ["public", "restricted"] for a member
//            (documents carry their level; a node only restricted documents name is "restricted")
// In Neo4j Browser:
//   :param kind => "topic"
//   :param prefix => "block"
//   :param access => ["public", "restricted"]
CALL () {
  WITH 1 AS guard WHERE $kind = "body"
  MATCH (n:Body)
  RETURN n
  UNION
  WITH 1 AS guard WHERE $kind = "topic"
  MATCH (n:Topic)
  RETURN n
  UNION
  WITH 1 AS guard WHERE $kind = "focusGroup"
  MATCH (n:FocusGroup)
  RETURN n
  UNION
  WITH 1 AS guard WHERE $kind = "entity"
  MATCH (n:Entity)
  WHERE n:Body OR n:Topic OR n:Resolution OR n:Recommendation OR n:Report OR n:Workshop
  RETURN n
  UNION
  WITH 1 AS guard WHERE $kind = "entity" AND size($prefix) >= 2
  MATCH (n:Entity)
  WHERE n.id STARTS WITH $prefix
  RETURN n
  LIMIT 50
}
WITH n
WHERE coalesce(n.access, "public") IN $access
RETURN n.id AS id, coalesce(n.name, n.title, n.id) AS name, [n.id, coalesce(n.name, n.title, n.id)] + coalesce(n.aliases, []) AS forms
ORDER BY id
LIMIT 20000
