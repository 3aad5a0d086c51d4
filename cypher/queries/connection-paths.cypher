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
WHERE coalesce(a.access, "public") IN $access
MATCH (b:Entity {id: $to})
WHERE coalesce(b.access, "public") IN $access
// Where the reader may step: not on a study period (unless it is an end), nor on a node they may
// not see (a statement above their level, or a node only such statements name), nor along a
// relation such a statement states. Each is read off the node or relation itself; a relation's
// document is looked up only when it is neither of the relation's ends.
// The search goes one length at a time and stops at the first that has paths. Busy bodies are
// joined by hundreds of two-relation paths (every statement from one to the other is one), and
// a shortest-path search first reaches every neighbour of both; listing two-relation paths
// instead stops at the 20th found, so it costs what it finds, not the bodies' traffic.
// One relation. Those between named things start at one of them, where they are few, so each
// direction is looked up from the end whose relations that way are fewer, not both ways at once
// from a busy body's thousands.
CALL (a, b) {
  CALL (a, b) {
    MATCH (a)-[r]->(b)
    RETURN r
    UNION ALL
    MATCH (a)<-[r]-(b)
    RETURN r
  }
  WITH a, b, r
  WHERE r.sourceDocument IS NULL OR r.sourceDocument IN [a.id, b.id]
     OR NOT EXISTS { MATCH (d:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(d.access, "public") IN $access }
  WITH a, b, r LIMIT 20
  RETURN collect({nodes: [a, b], relations: [r]}) AS direct
}
// Two relations, when none joins them directly: from the end with fewer relations, each
// neighbour is checked for a relation to the other end until 20 paths are found.
CALL (a, b, direct) {
  WITH a, b WHERE size(direct) = 0 AND $maxHops >= 2
  WITH a, b, COUNT { (a)--() } <= COUNT { (b)--() } AS fromA
  WITH a, b, fromA, CASE WHEN fromA THEN a ELSE b END AS near, CASE WHEN fromA THEN b ELSE a END AS far
  // A subquery, so that the planner keeps to this order rather than starting from the far end.
  CALL (near) {
    MATCH (near)-[first]-(m)
    WHERE NOT m:StudyPeriod AND coalesce(m.access, "public") IN $access
      AND (first.sourceDocument IS NULL OR first.sourceDocument = m.id
           OR NOT EXISTS { MATCH (d:LiaisonStatement {id: first.sourceDocument}) WHERE NOT coalesce(d.access, "public") IN $access })
    RETURN first, m
  }
  MATCH (m)-[second]-(far)
  WHERE second <> first
    AND (second.sourceDocument IS NULL OR second.sourceDocument = m.id
         OR NOT EXISTS { MATCH (d:LiaisonStatement {id: second.sourceDocument}) WHERE NOT coalesce(d.access, "public") IN $access })
  WITH a, b, m, CASE WHEN fromA THEN [first, second] ELSE [second, first] END AS relations
  LIMIT 20
  RETURN collect({nodes: [a, m, b], relations: relations}) AS two
}
// Three and four, when none is shorter: a search from both ends that meets in the middle. Each
// end's side is expanded from that end, and the two sides are joined on the node where they meet
// (a hash join), so a busy node in the middle (a topic, a body) is reached, never expanded. A
// walk this long that is not a path would contain a shorter path, and there is none.
// For three, the side that takes two steps is the end with fewer relations, as for two.
CALL (a, b, direct, two) {
  WITH a, b WHERE size(direct) + size(two) = 0 AND $maxHops >= 3
  WITH a, b, COUNT { (a)--() } <= COUNT { (b)--() } AS fromA
  WITH a, b, fromA, CASE WHEN fromA THEN a ELSE b END AS near, CASE WHEN fromA THEN b ELSE a END AS far
  MATCH (near)-[s1]-(p)-[s2]-(q)-[s3]-(far)
  USING JOIN ON q
  WHERE NOT p:StudyPeriod AND coalesce(p.access, "public") IN $access AND NOT q:StudyPeriod AND coalesce(q.access, "public") IN $access
    AND (s1.sourceDocument IS NULL OR s1.sourceDocument IN [near.id, p.id]
           OR NOT EXISTS { MATCH (d:LiaisonStatement {id: s1.sourceDocument}) WHERE NOT coalesce(d.access, "public") IN $access })
    AND (s2.sourceDocument IS NULL OR s2.sourceDocument IN [p.id, q.id]
           OR NOT EXISTS { MATCH (d:LiaisonStatement {id: s2.sourceDocument}) WHERE NOT coalesce(d.access, "public") IN $access })
    AND (s3.sourceDocument IS NULL OR s3.sourceDocument IN [q.id, far.id]
           OR NOT EXISTS { MATCH (d:LiaisonStatement {id: s3.sourceDocument}) WHERE NOT coalesce(d.access, "public") IN $access })
  WITH a, b, fromA, p, q, s1, s2, s3 LIMIT 20
  RETURN collect(CASE WHEN fromA THEN {nodes: [a, p, q, b], relations: [s1, s2, s3]}
                      ELSE {nodes: [a, q, p, b], relations: [s3, s2, s1]} END) AS three
}
// For four, the join reads the whole of one side and only as much of the other as the first 20
// paths need: the side read whole is again the end with fewer relations.
CALL (a, b, direct, two, three) {
  WITH a, b WHERE size(direct) + size(two) + size(three) = 0 AND $maxHops >= 4
  WITH a, b, COUNT { (a)--() } <= COUNT { (b)--() } AS fromA
  WITH a, b, fromA, CASE WHEN fromA THEN a ELSE b END AS near, CASE WHEN fromA THEN b ELSE a END AS far
  MATCH (near)-[s1]-(p)-[s2]-(m)-[s3]-(q)-[s4]-(far)
  USING JOIN ON m
  WHERE NOT p:StudyPeriod AND coalesce(p.access, "public") IN $access AND NOT m:StudyPeriod AND coalesce(m.access, "public") IN $access AND NOT q:StudyPeriod AND coalesce(q.access, "public") IN $access
    AND (s1.sourceDocument IS NULL OR s1.sourceDocument IN [near.id, p.id]
           OR NOT EXISTS { MATCH (d:LiaisonStatement {id: s1.sourceDocument}) WHERE NOT coalesce(d.access, "public") IN $access })
    AND (s2.sourceDocument IS NULL OR s2.sourceDocument IN [p.id, m.id]
           OR NOT EXISTS { MATCH (d:LiaisonStatement {id: s2.sourceDocument}) WHERE NOT coalesce(d.access, "public") IN $access })
    AND (s3.sourceDocument IS NULL OR s3.sourceDocument IN [m.id, q.id]
           OR NOT EXISTS { MATCH (d:LiaisonStatement {id: s3.sourceDocument}) WHERE NOT coalesce(d.access, "public") IN $access })
    AND (s4.sourceDocument IS NULL OR s4.sourceDocument IN [q.id, far.id]
           OR NOT EXISTS { MATCH (d:LiaisonStatement {id: s4.sourceDocument}) WHERE NOT coalesce(d.access, "public") IN $access })
  WITH a, b, fromA, p, m, q, s1, s2, s3, s4 LIMIT 20
  RETURN collect(CASE WHEN fromA THEN {nodes: [a, p, m, q, b], relations: [s1, s2, s3, s4]}
                      ELSE {nodes: [a, q, m, p, b], relations: [s4, s3, s2, s1]} END) AS four
}
// Five and six, when none is shorter: a breadth-first search from both ends that checks every
// step as it takes it. Variable-length bounds cannot be parameters, so 6 bounds the search and
// $maxHops is checked on the paths found; out of the MATCH, the check cannot make the planner add
// an exhaustive fallback search for when no shortest path passes it.
CALL (a, b, direct, two, three, four) {
  WITH a, b WHERE size(direct) + size(two) + size(three) + size(four) = 0 AND $maxHops >= 5
  MATCH p = allShortestPaths((a)-[*..6]-(b))
  WHERE none(n IN nodes(p) WHERE n:StudyPeriod AND n <> a AND n <> b)
    AND all(n IN nodes(p) WHERE coalesce(n.access, "public") IN $access)
    AND all(r IN relationships(p) WHERE r.sourceDocument IS NULL
      OR NOT EXISTS { MATCH (d:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(d.access, "public") IN $access })
  WITH p WHERE length(p) <= $maxHops
  LIMIT 20
  RETURN collect({nodes: nodes(p), relations: relationships(p)}) AS longer
}
// Up to 20 paths as short as any, in the order the search met them; which of many equally short
// paths it meets first depends on how the store holds them, so they are put in the order of
// their nodes' ids and the first $limit kept: the same graph gives the same answer, and a smaller
// $limit a prefix of a larger one's.
UNWIND direct + two + three + four + longer AS path
WITH path
ORDER BY [n IN path.nodes | n.id], [r IN path.relations | type(r)], [r IN path.relations | r.sourceDocument]
LIMIT $limit
RETURN size(path.relations) AS length,
       [n IN path.nodes | {
         type: [l IN labels(n) WHERE NOT l IN ["Entity", "Body"]][0], id: n.id, name: coalesce(n.name, n.title, n.id)
       }] AS nodes,
       [r IN path.relations | {
         type: type(r), from: startNode(r).id, to: endNode(r).id,
         document: r.sourceDocument, evidence: r.evidence, source: r.source, date: r.date, clause: r.clause
       }] AS relations
