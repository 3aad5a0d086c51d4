// Topic activity: who works on a topic (and its narrower topics), through which documents, and when.
// A body works on it when it STUDIES it or sent a document that MENTIONS it; Questions and focus
// groups appear as themselves, so the dashboard can show who exactly does the work.
// Parameters:
//   $topic            the topic id, e.g. "topic:distributed-ledger-technology"
//   $includeNarrower  true to add the narrower topics (BROADER, up to 6 levels)
//   $granularity      "YEAR" (by date; undated documents are left out) or "STUDY_PERIOD"
//   $limit            how many bodies, most documents first (1-200)
//   $evidenceLimit    documents cited per body, newest first (0-20)
//   $access           the access levels the reader may see: ["public"], or ["public", "restricted"] for a member
// In Neo4j Browser:
//   :param topic => "topic:distributed-ledger-technology"
//   :param includeNarrower => true
//   :param granularity => "YEAR"
//   :param limit => 50
//   :param evidenceLimit => 3
//   :param access => ["public", "restricted"]
MATCH (root:Topic {id: $topic})
CALL (root) {
  MATCH (t:Topic)-[:BROADER*0..6]->(root)
  WHERE $includeNarrower OR t = root
  WITH DISTINCT t
  ORDER BY t = root DESC, t.id
  RETURN collect(t) AS topics
}
CALL (topics) {
  CALL (topics) {
    UNWIND topics AS t
    MATCH (b:Body)-[r:STUDIES]->(t)
    WHERE (r.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
    RETURN b, r, null AS d
    UNION ALL
    UNWIND topics AS t
    MATCH (b:Body)<-[:SENT_BY]-(d:LiaisonStatement)-[r:MENTIONS]->(t)
    WHERE coalesce(d.access, "public") IN $access
    RETURN b, r, d
  }
  WITH b, r, d
  ORDER BY d.date IS NULL, d.date DESC, d.id, endNode(r).id
  // Relationships are collected bare and turned into evidence only for the few kept per body.
  WITH b, count(DISTINCT d) AS documentCount, min(d.date) AS firstSeen, max(d.date) AS lastSeen,
       collect(CASE WHEN d IS NULL THEN r END) AS studies, collect(CASE WHEN d IS NOT NULL THEN r END) AS mentions
  ORDER BY documentCount DESC, b.id
  LIMIT $limit
  RETURN collect({
    body: {type: [l IN labels(b) WHERE NOT l IN ["Entity", "Body"]][0], id: b.id, name: coalesce(b.name, b.id)},
    evidence: [r IN studies + mentions[..$evidenceLimit] | {
      body: b.id, topic: endNode(r).id,
      via: {type: [l IN labels(startNode(r)) WHERE NOT l IN ["Entity", "Body"]][0], id: startNode(r).id,
            name: coalesce(startNode(r).name, startNode(r).title, startNode(r).id)},
      relation: type(r), document: CASE type(r) WHEN "MENTIONS" THEN startNode(r).id ELSE r.sourceDocument END,
      sentence: r.evidence, source: r.source
    }],
    documentCount: documentCount, firstSeen: firstSeen, lastSeen: lastSeen
  }) AS bodies
}
CALL (topics) {
  UNWIND topics AS t
  MATCH (d:LiaisonStatement)-[:MENTIONS]->(t)
  WHERE coalesce(d.access, "public") IN $access
  WITH DISTINCT d
  WITH CASE $granularity WHEN "STUDY_PERIOD" THEN d.studyPeriod ELSE left(d.date, 4) END AS period
  WHERE period IS NOT NULL
  WITH period, count(*) AS count
  ORDER BY period
  RETURN collect({period: period, count: count}) AS timeline
}
RETURN {type: "Topic", id: root.id, name: root.name} AS topic,
       [t IN topics | {type: "Topic", id: t.id, name: t.name}] AS topics,
       bodies, timeline
