// Resolve argument: the nodes an analytics argument may mean. The API first looks up the canonical
// ids it read from the written value (the value itself, the canonical-id normalizer's reading, the
// reference data's names and aliases), then, when none exists, every node's name and aliases,
// which finds the bodies and topics that came from documents.
// Parameters:
//   $kind    what the argument takes: "body", "topic", "focusGroup" or "entity" (any node)
//   $ids     canonical ids to look up, e.g. ["ITU-T SG17"]
//   $name    the written value in lower case with single spaces, matched against ids, names and
//            aliases regardless of case; null to look up $ids only
//   $access  the access levels the reader may see: ["public"], or ["public", "restricted"] for a member
//            (documents carry their level; a node only restricted documents name is "restricted")
// In Neo4j Browser:
//   :param kind => "body"
//   :param ids => []
//   :param name => "ccamp"
//   :param access => ["public", "restricted"]
CALL () {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN n
  UNION
  // Each branch runs only when its guard holds, so only the argument's own kind is scanned.
  WITH 1 AS guard WHERE $name IS NOT NULL AND $kind = "body"
  MATCH (n:Body)
  WHERE toLower(n.id) = $name OR toLower(n.name) = $name OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $name)
  RETURN n
  UNION
  WITH 1 AS guard WHERE $name IS NOT NULL AND $kind = "topic"
  MATCH (n:Topic)
  WHERE toLower(n.id) = $name OR toLower(n.name) = $name OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $name)
  RETURN n
  UNION
  WITH 1 AS guard WHERE $name IS NOT NULL AND $kind = "focusGroup"
  MATCH (n:FocusGroup)
  WHERE toLower(n.id) = $name OR toLower(n.name) = $name OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $name)
  RETURN n
  UNION
  // Documents are found by their id only: their titles are not names.
  WITH 1 AS guard WHERE $name IS NOT NULL AND $kind = "entity"
  MATCH (n:Entity)
  WHERE NOT n:LiaisonStatement
    AND (toLower(n.id) = $name OR toLower(n.name) = $name OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $name))
  RETURN n
}
WITH n
WHERE CASE $kind WHEN "body" THEN n:Body WHEN "topic" THEN n:Topic WHEN "focusGroup" THEN n:FocusGroup ELSE true END
  AND coalesce(n.access, "public") IN $access
RETURN n.id AS id, [l IN labels(n) WHERE NOT l IN ["Entity", "Body"]][0] AS type, coalesce(n.name, n.title, n.id) AS name
ORDER BY id
