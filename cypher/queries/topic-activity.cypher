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
// Counts and dates come from the loader-kept summaries (BodyTopicTotal per body and topic,
// TopicPeriod per topic and period; scope "tree" counts a document mentioning the topic or a
// narrower one once), and the cited documents from each body–topic summary's newest documents, so
// the cost follows the bodies and topics involved, not the number of documents.
MATCH (root:Topic {id: $topic})
CALL (root) {
  MATCH (t:Topic)-[:BROADER*0..6]->(root)
  WHERE $includeNarrower OR t = root
  WITH DISTINCT t
  ORDER BY t = root DESC, t.id
  RETURN collect(t) AS topics
}
CALL (root, topics) {
  CALL (root, topics) {
    UNWIND topics AS t
    MATCH (b:Body)-[r:STUDIES]->(t)
    WHERE (r.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
    RETURN b, r, null AS s
    UNION ALL
    MATCH (s:BodyTopicTotal {topic: root.id, scope: CASE WHEN $includeNarrower THEN "tree" ELSE "self" END})
    WHERE s.access IN $access
    MATCH (b:Body {id: s.body})
    RETURN b, null AS r, s
  }
  WITH b, r, s
  ORDER BY endNode(r).id
  WITH b, sum(s.documents) AS documentCount, min(s.firstDate) AS firstSeen, max(s.lastDate) AS lastSeen,
       collect(r) AS studies
  ORDER BY documentCount DESC, b.id
  LIMIT $limit
  // The newest mentions of the topics by the body's documents: the newest $evidenceLimit of all
  // are among each summary's newest $evidenceLimit (each keeps its 20 newest with their dates; the
  // limit is at most 20). They are chosen from the summaries' ids and dates ("" when undated), and
  // only the documents chosen are read.
  CALL (b, topics) {
    UNWIND topics AS t
    MATCH (s:BodyTopic {body: b.id, topic: t.id})
    WHERE s.access IN $access
    UNWIND range(0, size(s.recent[..$evidenceLimit]) - 1) AS i
    WITH t, s.recent[i] AS documentId, s.recentDates[i] AS date
    ORDER BY date = "", date DESC, documentId, t.id
    LIMIT $evidenceLimit
    // Found by id, then linked to the topic: never by walking the topic's every mention.
    MATCH (d:LiaisonStatement {id: documentId})-[r:MENTIONS]->(t)
    USING INDEX d:LiaisonStatement(id)
    WITH r, t, documentId, date
    ORDER BY date = "", date DESC, documentId, t.id
    LIMIT $evidenceLimit
    RETURN collect(r) AS mentions
  }
  RETURN collect({
    body: {type: [l IN labels(b) WHERE NOT l IN ["Entity", "Body"]][0], id: b.id, name: coalesce(b.name, b.id)},
    evidence: [r IN studies + mentions | {
      body: b.id, topic: endNode(r).id,
      via: {type: [l IN labels(startNode(r)) WHERE NOT l IN ["Entity", "Body"]][0], id: startNode(r).id,
            name: coalesce(startNode(r).name, startNode(r).title, startNode(r).id)},
      relation: type(r), document: CASE type(r) WHEN "MENTIONS" THEN startNode(r).id ELSE r.sourceDocument END,
      sentence: r.evidence, source: r.source
    }],
    documentCount: documentCount, firstSeen: firstSeen, lastSeen: lastSeen
  }) AS bodies
}
CALL (root) {
  MATCH (p:TopicPeriod {topic: root.id, scope: CASE WHEN $includeNarrower THEN "tree" ELSE "self" END})
  WHERE p.access IN $access
  WITH CASE $granularity WHEN "STUDY_PERIOD" THEN p.studyPeriod ELSE p.year END AS period, p.documents AS documents
  WHERE period <> ""
  WITH period, sum(documents) AS count
  ORDER BY period
  RETURN collect({period: period, count: count}) AS timeline
}
RETURN {type: "Topic", id: root.id, name: root.name} AS topic,
       [t IN topics | {type: "Topic", id: t.id, name: t.name}] AS topics,
       bodies, timeline
