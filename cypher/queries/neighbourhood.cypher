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
// The neighbours are ranked first, reading of each only what the ranking needs, and only the
// first 2 * $limit are then checked for what the reader may see: a neighbour they may not see (a
// statement above their level) or one they reach only by relations such a statement states. One
// in 25 statements is for members only, so the first 2 * $limit nearly always hold $limit the
// reader may see; when they do not, every neighbour is checked, as before.
//
// A node with many relations (degree d, N statements in all, d * d > $limit * N: a busy topic or
// body) is not ranked by reading the date and id of every statement it touches (2 db hits each,
// 12,000 for a topic with 6,000). Its relations are read once with each neighbour's labels, the
// named neighbours ranked among themselves, and the date index walked from the newest statement
// down, keeping those among its neighbours: about 2 * $limit * N / d entries, which do not grow
// with N while the node keeps its share of the documents. Should too few of its statements carry
// a date, the undated ones (which come next, by id) send it to the reading of every relation.
// (At 100,000 documents: blockchain 31,900 -> 15,700 db hits, SG17 with 200 neighbours 38,900 -> 26,800.)
CALL () {
  MATCH (d:LiaisonStatement)
  RETURN count(d) AS allStatements
}
WITH center, COUNT { (center)--() } * COUNT { (center)--() } > $limit * allStatements AS walk
OPTIONAL CALL (center, walk) {
  WITH center WHERE walk
  CALL (center) {
    MATCH (center)-[r]-(m)
    WITH m, collect(r) AS via
    WITH m, via, labels(m) AS labels
    WHERE "Entity" IN labels
    WITH m, via, "LiaisonStatement" IN labels AS isStatement
    // Each named neighbour carries the keys it is ranked by, read for the named ones only.
    RETURN collect(CASE WHEN NOT isStatement THEN {
             node: m, via: via, undated: m.date IS NULL, date: coalesce(m.date, ""), id: m.id
           } END) AS namedAll,
           apoc.map.fromLists(collect(CASE WHEN isStatement THEN elementId(m) END),
                              collect(CASE WHEN isStatement THEN via END)) AS viaOf
  }
  // Nothing here sorts or keeps the top rows while viaOf, one entry per statement of the node, is
  // in the row: such an operator counts it against the transaction's memory once per row it holds
  // (257 MB for ITU-T TSAG's 31,000 statements at 100k documents with 50 neighbours). The named
  // neighbours are sorted as a list, and the walk stops at the first 2 * $limit by date alone, a
  // Limit that holds nothing, then takes every statement of the last date it reached, so that ties
  // are settled by id in the list sort as before.
  WITH apoc.coll.sortMulti(namedAll, ["^undated", "date", "^id"])[..2 * $limit] AS named, viaOf
  CALL (viaOf) {
    MATCH (d:LiaisonStatement)
    WHERE d.date IS NOT NULL AND viaOf[elementId(d)] IS NOT NULL
    WITH d ORDER BY d.date DESC
    LIMIT 2 * $limit
    RETURN collect({node: d, date: d.date, id: d.id}) AS reached
  }
  WITH named, viaOf, reached, last(reached).date AS boundary
  // Fewer than 2 * $limit reached means every dated statement was, ties and all: none to look up.
  CALL (viaOf, boundary, reached) {
    WITH boundary WHERE size(reached) = 2 * $limit
    MATCH (d:LiaisonStatement {date: boundary})
    WHERE viaOf[elementId(d)] IS NOT NULL
    RETURN collect({node: d, date: boundary, id: d.id}) AS tied
  }
  WITH named, viaOf, apoc.coll.sortMulti([c IN reached WHERE size(reached) < 2 * $limit OR c.date <> boundary] + tied,
                                         ["date", "^id"])[..2 * $limit] AS newest
  WHERE size(named) >= 2 * $limit OR size(newest) >= 2 * $limit - size(named)
  RETURN ([candidate IN named | {node: candidate.node, via: candidate.via}]
          + [candidate IN newest | {node: candidate.node, via: viaOf[elementId(candidate.node)]}])[..2 * $limit] AS walked
}
CALL (center, walked) {
  WITH center WHERE walked IS NULL
  MATCH (center)-[r]-(m:Entity)
  WITH m, collect(r) AS via
  ORDER BY m:LiaisonStatement, m.date IS NULL, m.date DESC, m.id
  LIMIT 2 * $limit
  RETURN collect({node: m, via: via}) AS read
}
WITH center, coalesce(walked, read) AS ranked
CALL (center, ranked) {
  UNWIND ranked AS candidate
  WITH center, candidate.node AS m, candidate.via AS via
  WHERE (NOT m:LiaisonStatement OR coalesce(m.access, "public") IN $access)
    // A relation a document states is as visible as that document. Most are stated by one of
    // their ends, whose own check decides; only the others need their document looked up.
    AND any(r IN via WHERE r.sourceDocument IS NULL OR r.sourceDocument IN [m.id, center.id]
         OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
  RETURN collect(m)[..$limit] AS kept
}
CALL (center, ranked, kept) {
  WITH center WHERE size(kept) < $limit AND size(ranked) = 2 * $limit
  MATCH (center)-[r]-(m:Entity)
  WHERE (NOT m:LiaisonStatement OR coalesce(m.access, "public") IN $access)
    AND (r.sourceDocument IS NULL OR r.sourceDocument IN [m.id, center.id]
         OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
  WITH DISTINCT m
  ORDER BY m:LiaisonStatement, m.date IS NULL, m.date DESC, m.id
  LIMIT $limit
  RETURN collect(m) AS checked
}
WITH center, CASE WHEN size(kept) < $limit AND size(ranked) = 2 * $limit THEN checked ELSE kept END AS neighbours
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
  // Sorted as a list: a sort of these rows would count, once per row held, whatever large value
  // the ranking above left in the row (the busiest node's map of statements, 24 MB at 100k).
  WITH collect({
    type: type(r), from: a.id, to: b.id, undocumented: r.sourceDocument IS NULL, sortDocument: coalesce(r.sourceDocument, ""),
    document: r.sourceDocument, evidence: r.evidence, source: r.source, date: r.date, clause: r.clause
  }) AS relations
  RETURN [relation IN apoc.coll.sortMulti(relations, ["^type", "^from", "^to", "^undocumented", "^sortDocument"]) |
          apoc.map.removeKeys(relation, ["undocumented", "sortDocument"])] AS relations
}
RETURN [n IN shown | {
         type: [l IN labels(n) WHERE NOT l IN ["Entity", "Body"]][0], id: n.id, name: coalesce(n.name, n.title, n.id)
       }] AS nodes,
       relations
