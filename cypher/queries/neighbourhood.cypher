// Neighbourhood: a node, up to $limit of its neighbours and every relation among them, for a graph
// drawing. Bodies, topics and other named things come before documents, and newer documents before
// older ones, so a busy node still shows its structure and its latest traffic.
// Parameters:
//   $id      the node's id, e.g. "topic:blockchain"
//   $limit   how many neighbours (1-200)
//   $access  the access levels the reader may see: ["public"], or ["public", "restricted"] for a member
// In Neo4j Browser:
//   :param id => "topic:blockchain"
//   :param limit => 50
//   :param access => ["public", "restricted"]
MATCH (center:Entity {id: $id})
WHERE NOT center:LiaisonStatement OR coalesce(center.access, "public") IN $access
CALL (center) {
  MATCH (center)-[r]-(m:Entity)
  WHERE (NOT m:LiaisonStatement OR coalesce(m.access, "public") IN $access)
    // A relation a document states is as visible as that document. Most are stated by one of
    // their ends, whose own check above decides; only the others need their document looked up.
    AND (r.sourceDocument IS NULL OR r.sourceDocument IN [m.id, center.id]
         OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
  WITH DISTINCT m
  ORDER BY m:LiaisonStatement, m.date IS NULL, m.date DESC, m.id
  LIMIT $limit
  RETURN collect(m) AS neighbours
}
WITH [center] + neighbours AS shown
CALL (shown) {
  // Each relation is read from its start node only, whose outgoing relations are few: a document's
  // own, or a named thing's links to other named things (a document's relations start at the
  // document), so a busy body's thousands of incoming relations are never read. Checking every
  // pair of shown nodes instead cost one lookup per pair, 40,000 for 200 neighbours.
  WITH shown, apoc.map.fromLists([n IN shown | elementId(n)], [n IN shown | true]) AS isShown
  UNWIND shown AS a
  MATCH (a)-[r]->(b)
  WHERE isShown[elementId(b)]
    AND (r.sourceDocument IS NULL OR r.sourceDocument IN [a.id, b.id]
         OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
  WITH a, b, r ORDER BY type(r), a.id, b.id, r.sourceDocument
  RETURN collect({
    type: type(r), from: a.id, to: b.id,
    document: r.sourceDocument, evidence: r.evidence, source: r.source, date: r.date, clause: r.clause
  }) AS relations
}
RETURN [n IN shown | {
         type: [l IN labels(n) WHERE NOT l IN ["Entity", "Body"]][0], id: n.id, name: coalesce(n.name, n.title, n.id)
       }] AS nodes,
       relations
