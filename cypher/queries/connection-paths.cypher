// Connection paths: the shortest ways two entities are linked, in any direction, through at most
// $maxHops relations. Study periods may be ends but never stepping stones: every group active in a
// period is two hops from every other through it, which says nothing about how they are connected.
// Parameters:
//   $from     the id of one entity, e.g. "ITU-T SG17"
//   $to       the id of the other, e.g. "ITU-T TSAG" (must differ from $from)
//   $maxHops  the longest path, in relations (1-6)
//   $limit    how many paths (1-20)
//   $access   the access levels the reader may see: ["public"], or ["public", "restricted"] for a member
// In Neo4j Browser:
//   :param from => "ITU-T SG17"
//   :param to => "ITU-T TSAG"
//   :param maxHops => 4
//   :param limit => 5
//   :param access => ["public", "restricted"]
MATCH (a:Entity {id: $from})
WHERE NOT a:LiaisonStatement OR coalesce(a.access, "public") IN $access
MATCH (b:Entity {id: $to})
WHERE NOT b:LiaisonStatement OR coalesce(b.access, "public") IN $access
// Documents the reader may not see, and so neither the relations they support: read once, then a
// list lookup per step of the path search.
// The statements the reader may not see, found by range seeks on the access index rather than by
// reading every statement: for a reader granted "public" (a statement without a level is public),
// they are the ones whose level falls outside every level granted, i.e. before the first, between
// two, or after the last in sorted order.
CALL () {
  WITH apoc.coll.sort(apoc.coll.toSet(coalesce($access, []))) AS levels
  CALL (levels) {
    WITH levels WHERE "public" IN levels
    MATCH (h:LiaisonStatement) WHERE h.access < levels[0]
    RETURN h.id AS id
    UNION ALL
    WITH levels WHERE "public" IN levels
    UNWIND range(1, size(levels) - 1) AS i
    MATCH (h:LiaisonStatement) WHERE h.access > levels[i - 1] AND h.access < levels[i]
    RETURN h.id AS id
    UNION ALL
    WITH levels WHERE "public" IN levels
    MATCH (h:LiaisonStatement) WHERE h.access > levels[size(levels) - 1]
    RETURN h.id AS id
    UNION ALL
    WITH levels WHERE NOT "public" IN levels
    MATCH (h:LiaisonStatement) WHERE NOT coalesce(h.access, "public") IN levels
    RETURN h.id AS id
  }
  RETURN collect(id) AS hidden
}
// Variable-length bounds cannot be parameters, so 6 bounds the search and $maxHops is checked on
// the paths found. The length check stays out of the MATCH: there it would make the planner add
// an exhaustive fallback search for when no shortest path passes it.
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE none(n IN nodes(p) WHERE n:StudyPeriod AND n <> a AND n <> b)
  AND none(n IN nodes(p) WHERE n:LiaisonStatement AND n.id IN hidden)
  AND none(r IN relationships(p) WHERE r.sourceDocument IS NOT NULL AND r.sourceDocument IN hidden)
WITH p
WHERE length(p) <= $maxHops
LIMIT $limit
RETURN length(p) AS length,
       [n IN nodes(p) | {
         type: [l IN labels(n) WHERE NOT l IN ["Entity", "Body"]][0], id: n.id, name: coalesce(n.name, n.title, n.id)
       }] AS nodes,
       [r IN relationships(p) | {
         type: type(r), from: startNode(r).id, to: endNode(r).id,
         document: r.sourceDocument, evidence: r.evidence, source: r.source, date: r.date, clause: r.clause
       }] AS relations
