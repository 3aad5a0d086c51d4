// Body profile: one body's topics (with evidence), Questions, focus groups, the liaison statements
// it sent and received, what it proposed and what its documents refer to.
// Its topics are those it STUDIES, those its Questions and focus groups STUDY, and those the
// documents it sent MENTION.
// Parameters:
//   $id             the body's id, e.g. "ITU-T SG17"
//   $limit          documents sent, documents received and references listed, each (1-500)
//   $evidenceLimit  documents cited per topic, newest first (0-20)
//   $access         the access levels the reader may see: ["public"], or ["public", "restricted"] for a member
// In Neo4j Browser:
//   :param id => "ITU-T SG17"
//   :param limit => 50
//   :param evidenceLimit => 3
//   :param access => ["public", "restricted"]
MATCH (b:Body {id: $id})
CALL (b) {
  CALL (b) {
    MATCH (b)-[r:STUDIES]->(t:Topic)
    WHERE (r.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
    RETURN r, t, null AS d
    UNION ALL
    MATCH (b)<-[:PART_OF]-(:Question)-[r:STUDIES]->(t:Topic)
    WHERE (r.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
    RETURN r, t, null AS d
    UNION ALL
    MATCH (b)<-[:UNDER_AUSPICES_OF]-(:FocusGroup)-[r:STUDIES]->(t:Topic)
    WHERE (r.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
    RETURN r, t, null AS d
    UNION ALL
    // The documents it sent that mention a topic: the newest of each access level and study period
    // (the BodyTopic summaries' recent ids and dates, "" when undated). The newest of each topic are
    // chosen from those, then only they are found by id and linked to the topic, never by walking
    // every document the body sent.
    MATCH (s:BodyTopic {body: b.id})
    WHERE s.access IN $access
    UNWIND range(0, size(s.recent[..$evidenceLimit]) - 1) AS i
    WITH s.topic AS topicId, s.recent[i] AS documentId, s.recentDates[i] AS date
    ORDER BY date = "", date DESC, documentId
    WITH topicId, collect(documentId)[..$evidenceLimit] AS newest
    MATCH (t:Topic {id: topicId})
    UNWIND newest AS documentId
    MATCH (d:LiaisonStatement {id: documentId})-[r:MENTIONS]->(t)
    USING INDEX d:LiaisonStatement(id)
    RETURN r, t, d
  }
  WITH r, t, d
  ORDER BY t.id, d.date IS NULL, d.date DESC, d.id, startNode(r).id
  // Relationships are collected bare and turned into evidence only for the few kept per topic.
  WITH t, collect(CASE WHEN d IS NULL THEN r END) AS studies, collect(CASE WHEN d IS NOT NULL THEN r END) AS mentions
  ORDER BY t.id
  UNWIND studies + mentions[..$evidenceLimit] AS r
  RETURN collect({
    body: b.id, topic: t.id,
    via: {type: [l IN labels(startNode(r)) WHERE NOT l IN ["Entity", "Body"]][0], id: startNode(r).id,
          name: coalesce(startNode(r).name, startNode(r).title, startNode(r).id)},
    relation: type(r), document: CASE type(r) WHEN "MENTIONS" THEN startNode(r).id ELSE r.sourceDocument END,
    sentence: r.evidence, source: r.source
  }) AS topics
}
CALL (b) {
  MATCH (b)<-[:PART_OF]-(q:Question)
  WITH DISTINCT q ORDER BY q.id
  RETURN collect({type: "Question", id: q.id, name: coalesce(q.name, q.id)}) AS questions
}
CALL (b) {
  MATCH (b)<-[:UNDER_AUSPICES_OF]-(f:FocusGroup)
  WITH DISTINCT f ORDER BY f.id
  RETURN collect({type: "FocusGroup", id: f.id, name: coalesce(f.name, f.id)}) AS focusGroups
}
// Sent and received, newest first: from the BodyRecent summaries, the newest 500 of each access
// level with their dates ("" when undated), so only the documents listed are read.
CALL (b) {
  UNWIND $access AS access
  MATCH (s:BodyRecent {key: b.id + "|sent|" + access})
  UNWIND range(0, size(s.recent[..$limit]) - 1) AS i
  WITH s.recent[i] AS id, s.recentDates[i] AS date
  ORDER BY date = "", date DESC, id
  LIMIT $limit
  MATCH (d:LiaisonStatement {id: id})
  WITH d ORDER BY d.date IS NULL, d.date DESC, d.id
  RETURN collect({type: "LiaisonStatement", id: d.id, name: coalesce(d.name, d.title, d.id)}) AS sent
}
CALL (b) {
  UNWIND $access AS access
  MATCH (s:BodyRecent {key: b.id + "|received|" + access})
  UNWIND range(0, size(s.recent[..$limit]) - 1) AS i
  WITH s.recent[i] AS id, s.recentDates[i] AS date
  ORDER BY date = "", date DESC, id
  LIMIT $limit
  MATCH (d:LiaisonStatement {id: id})
  WITH d ORDER BY d.date IS NULL, d.date DESC, d.id
  RETURN collect({type: "LiaisonStatement", id: d.id, name: coalesce(d.name, d.title, d.id)}) AS received
}
CALL (b) {
  MATCH (b)-[r:PROPOSES]->(target:Entity)
  WHERE (r.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
  OPTIONAL MATCH (d:LiaisonStatement {id: r.sourceDocument})
  WITH r, target ORDER BY d.date IS NULL, d.date, r.sourceDocument, target.id
  RETURN collect({
    by: {type: [l IN labels(b) WHERE NOT l IN ["Entity", "Body"]][0], id: b.id, name: coalesce(b.name, b.id)},
    target: {type: [l IN labels(target) WHERE NOT l IN ["Entity", "Body"]][0], id: target.id,
             name: coalesce(target.name, target.title, target.id)},
    document: r.sourceDocument, evidence: r.evidence
  }) AS proposals
}
// What its documents refer to, most often first: the BodyReference summaries count the documents
// per target and access level.
CALL (b) {
  MATCH (r:BodyReference {body: b.id})
  WHERE r.access IN $access
  WITH r.target AS target, sum(r.documents) AS times
  ORDER BY times DESC, target
  LIMIT $limit
  MATCH (x:Entity {id: target})
  WITH x, times ORDER BY times DESC, x.id
  RETURN collect({
    type: [l IN labels(x) WHERE NOT l IN ["Entity", "Body"]][0], id: x.id, name: coalesce(x.name, x.title, x.id)
  }) AS references
}
RETURN {type: [l IN labels(b) WHERE NOT l IN ["Entity", "Body"]][0], id: b.id, name: coalesce(b.name, b.id)} AS body,
       topics, questions, focusGroups, sent, received, proposals, references
