// Overlaps, last step: the evidence behind each side's link to each topic it shares in the pairs
// the API kept (src/api/resolvers/analytics/overlaps.ts; overlaps.cypher does it all in one
// statement, for Neo4j Browser). Read once per body, even when the body is in many pairs: its
// STUDIES links (and its Questions' and focus groups') to the topics it shares, and up to
// $evidenceLimit of its documents per topic, the newest, read from the body-topic summaries' newest
// documents (never from all of the body's documents). One row per body and topic.
// Parameters:
//   $pairs          the pairs: side a's id, side b's id and the ids of the topics they share
//   $studyPeriod    count only Questions active in it (or with no recorded period), and documents
//                   of it; null for all
//   $evidenceLimit  documents cited per side and shared topic (0-20)
//   $access         the access levels the reader may see: ["public"], or ["public", "restricted"] for a member
// In Neo4j Browser:
//   :param pairs => [{a: "ITU-T SG16", b: "ITU-T SG17", shared: ["topic:blockchain", "topic:distributed-ledger-technology"]}]
//   :param studyPeriod => null
//   :param evidenceLimit => 3
//   :param access => ["public", "restricted"]
UNWIND $pairs AS pair
UNWIND [pair.a, pair.b] AS bodyId
UNWIND pair.shared AS topicId
WITH bodyId, collect(DISTINCT topicId) AS needed
MATCH (body:Body {id: bodyId})
CALL (body, needed) {
  UNWIND needed AS topicId
  MATCH (t:Topic {id: topicId})
  CALL (body, t) {
    MATCH (body)-[r:STUDIES]->(t)
    WHERE (r.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
    RETURN body AS via, r
    UNION ALL
    MATCH (body)<-[:PART_OF]-(via:Question)-[r:STUDIES]->(t)
    WHERE ($studyPeriod IS NULL OR EXISTS { (via)-[:ACTIVE_IN]->(:StudyPeriod {id: $studyPeriod}) }
          OR NOT EXISTS { (via)-[:ACTIVE_IN]->(:StudyPeriod) }) AND (r.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
    RETURN via, r
    UNION ALL
    MATCH (body)<-[:UNDER_AUSPICES_OF]-(via:FocusGroup)-[r:STUDIES]->(t)
    WHERE (r.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
    RETURN via, r
    UNION ALL
    MATCH (s:BodyTopic {body: body.id, topic: t.id})
    WHERE s.access IN $access AND ($studyPeriod IS NULL OR s.studyPeriod = $studyPeriod)
    // The newest are chosen from the summaries' ids and dates ("" when undated); only they are read.
    UNWIND range(0, size(s.recent[..$evidenceLimit]) - 1) AS i
    WITH t, s.recent[i] AS documentId, s.recentDates[i] AS date
    ORDER BY date = "", date DESC, documentId
    LIMIT $evidenceLimit
    // Found by id, then linked to the topic: never by walking the topic's every mention.
    MATCH (d:LiaisonStatement {id: documentId})-[r:MENTIONS]->(t)
    USING INDEX d:LiaisonStatement(id)
    WITH d, r, documentId, date
    ORDER BY date = "", date DESC, documentId
    LIMIT $evidenceLimit
    RETURN d AS via, r
  }
  RETURN t, via, r
}
WITH body, t, collect({
  body: body.id, topic: t.id,
  via: {type: [l IN labels(via) WHERE NOT l IN ["Entity", "Body"]][0], id: via.id, name: coalesce(via.name, via.title, via.id)},
  relation: type(r), document: CASE WHEN via:LiaisonStatement THEN via.id ELSE r.sourceDocument END,
  sentence: r.evidence, source: r.source
}) AS evidence
RETURN body.id AS body, t.id AS topic, evidence
