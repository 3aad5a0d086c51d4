// Overlaps: pairs of bodies that work on the same topics, ranked by the Jaccard similarity of their
// topic sets, with the evidence behind each side's link to each shared topic.
// A body's topics are those it STUDIES, those its Questions (PART_OF) and focus groups
// (UNDER_AUSPICES_OF) STUDY, and those the documents it SENT MENTION. A body is never paired with
// its own Question or focus group: it counts their topics already, so the pair says nothing new.
// Parameters:
//   $kinds          body types both sides must have, e.g. ["StudyGroup"]; null for every kind
//   $body           keep only pairs with this body, which is then side `a`; null for all pairs
//   $studyPeriod    keep bodies active in it (or with no recorded period), and documents of it;
//                   null for all
//   $topic          restrict the topic sets to this topic and its narrower topics; null for all topics
//   $minShared      fewest shared topics a pair needs (1 or more)
//   $limit          how many pairs (1-100)
//   $evidenceLimit  documents cited per side and shared topic (0-20)
//   $withEvidence   false to skip the evidence (a heat map needs only the scores)
//   $access         the access levels the reader may see: ["public"], or ["public", "restricted"] for a member
// In Neo4j Browser:
//   :param kinds => ["StudyGroup"]
//   :param body => "ITU-T SG17"
//   :param studyPeriod => null
//   :param topic => "topic:distributed-ledger-technology"
//   :param minShared => 1
//   :param limit => 20
//   :param evidenceLimit => 3
//   :param withEvidence => true
//   :param access => ["public", "restricted"]
CALL () {
  OPTIONAL MATCH (narrower:Topic)-[:BROADER*0..6]->(:Topic {id: $topic})
  RETURN collect(DISTINCT narrower.id) AS scope
}
CALL () {
  MATCH (b:Body)
  WHERE ($kinds IS NULL OR any(label IN labels(b) WHERE label IN $kinds))
    AND ($studyPeriod IS NULL OR EXISTS { (b)-[:ACTIVE_IN]->(:StudyPeriod {id: $studyPeriod}) }
         OR NOT EXISTS { (b)-[:ACTIVE_IN]->(:StudyPeriod) })
  RETURN collect(b) AS candidates
}
// Each body's topics. Without $topic every document is read once, body by body; with $topic only
// the documents mentioning a topic in scope are read, topic by topic. Both branches apply the same
// four links (STUDIES, a Question's, a focus group's, a document's MENTIONS); only the guard that
// holds lets its branch run.
CALL (scope, candidates) {
  WITH candidates WHERE $topic IS NULL
  UNWIND candidates AS b
  CALL (b) {
    MATCH (b)-[s:STUDIES]->(t:Topic)
    WHERE (s.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: s.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
    RETURN t
    UNION
    MATCH (b)<-[:PART_OF]-(q:Question)-[s:STUDIES]->(t:Topic)
    WHERE ($studyPeriod IS NULL OR EXISTS { (q)-[:ACTIVE_IN]->(:StudyPeriod {id: $studyPeriod}) }
          OR NOT EXISTS { (q)-[:ACTIVE_IN]->(:StudyPeriod) }) AND (s.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: s.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
    RETURN t
    UNION
    MATCH (b)<-[:UNDER_AUSPICES_OF]-(:FocusGroup)-[s:STUDIES]->(t:Topic)
    WHERE (s.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: s.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
    RETURN t
    UNION
    MATCH (b)<-[:SENT_BY]-(d:LiaisonStatement)-[:MENTIONS]->(t:Topic)
    WHERE ($studyPeriod IS NULL OR d.studyPeriod = $studyPeriod) AND coalesce(d.access, "public") IN $access
    RETURN t
  }
  RETURN b, t.id AS topic
  UNION
  WITH scope, candidates WHERE $topic IS NOT NULL
  UNWIND scope AS topicId
  MATCH (t:Topic {id: topicId})
  CALL (t) {
    MATCH (b:Body)-[s:STUDIES]->(t)
    WHERE (s.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: s.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
    RETURN b
    UNION
    MATCH (b:Body)<-[:PART_OF]-(q:Question)-[s:STUDIES]->(t)
    WHERE ($studyPeriod IS NULL OR EXISTS { (q)-[:ACTIVE_IN]->(:StudyPeriod {id: $studyPeriod}) }
          OR NOT EXISTS { (q)-[:ACTIVE_IN]->(:StudyPeriod) }) AND (s.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: s.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
    RETURN b
    UNION
    MATCH (b:Body)<-[:UNDER_AUSPICES_OF]-(:FocusGroup)-[s:STUDIES]->(t)
    WHERE (s.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: s.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
    RETURN b
    UNION
    MATCH (b:Body)<-[:SENT_BY]-(d:LiaisonStatement)-[:MENTIONS]->(t)
    WHERE ($studyPeriod IS NULL OR d.studyPeriod = $studyPeriod) AND coalesce(d.access, "public") IN $access
    RETURN b
  }
  WITH b, t WHERE b IN candidates
  RETURN b, t.id AS topic
}
WITH b, collect(topic) AS topics
ORDER BY b.id
WITH collect(b) AS bodies, collect(topics) AS topicSets
// Pairs are scored on list positions and topic ids only, and the evidence is read for the few
// pairs kept. Bodies are in id order, so i < j puts the smaller id on side a.
CALL (bodies, topicSets) {
  WITH bodies, topicSets, [k IN range(0, size(bodies) - 1) WHERE bodies[k].id = $body] AS chosen
  UNWIND CASE WHEN $body IS NULL THEN range(0, size(bodies) - 1) ELSE chosen END AS i
  UNWIND CASE WHEN $body IS NULL THEN range(i + 1, size(bodies) - 1)
              ELSE [k IN range(0, size(bodies) - 1) WHERE k <> i] END AS j
  WITH i, j, topicSets[i] AS aTopics, topicSets[j] AS bTopics
  WITH i, j, aTopics, bTopics, apoc.coll.intersection(aTopics, bTopics) AS shared
  WHERE size(shared) >= $minShared
  WITH bodies[i] AS a, bodies[j] AS b, shared,
       toFloat(size(shared)) / (size(aTopics) + size(bTopics) - size(shared)) AS score
  WHERE NOT EXISTS { (a)-[:PART_OF|UNDER_AUSPICES_OF]-(b) }
  ORDER BY score DESC, size(shared) DESC, a.id, b.id
  LIMIT $limit
  RETURN a, b, apoc.coll.sort(shared) AS shared, score
}
WITH collect({a: a, b: b, shared: shared, score: score}) AS pairs
// Evidence per body, once, even when the body is in many pairs: its STUDIES links to the topics
// it shares, and up to $evidenceLimit of its documents per topic, in one pass over its documents.
CALL (pairs) {
  WITH pairs WHERE $withEvidence
  UNWIND pairs AS pair
  UNWIND [pair.a, pair.b] AS body
  UNWIND pair.shared AS topicId
  WITH body, collect(DISTINCT topicId) AS needed
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
    }
    RETURN t, via, r
    UNION ALL
    MATCH (body)<-[:SENT_BY]-(d:LiaisonStatement)-[m:MENTIONS]->(t:Topic)
    WHERE t.id IN needed AND ($studyPeriod IS NULL OR d.studyPeriod = $studyPeriod) AND coalesce(d.access, "public") IN $access
    WITH t, collect(m) AS mentions
    UNWIND mentions[..$evidenceLimit] AS r
    RETURN t, startNode(r) AS via, r
  }
  WITH body, t, collect({
    body: body.id, topic: t.id,
    via: {type: [l IN labels(via) WHERE NOT l IN ["Entity", "Body"]][0], id: via.id, name: coalesce(via.name, via.title, via.id)},
    relation: type(r), document: CASE WHEN via:LiaisonStatement THEN via.id ELSE r.sourceDocument END,
    sentence: r.evidence, source: r.source
  }) AS evidence
  RETURN collect([body.id + " " + t.id, evidence]) AS entries
}
WITH pairs, apoc.map.fromPairs(entries) AS evidenceOf
UNWIND pairs AS pair
WITH pair.a AS a, pair.b AS b, pair.shared AS shared, pair.score AS score, evidenceOf
RETURN {type: [l IN labels(a) WHERE NOT l IN ["Entity", "Body"]][0], id: a.id, name: coalesce(a.name, a.id)} AS a,
       {type: [l IN labels(b) WHERE NOT l IN ["Entity", "Body"]][0], id: b.id, name: coalesce(b.name, b.id)} AS b,
       COLLECT {
         UNWIND shared AS topicId
         MATCH (t:Topic {id: topicId})
         RETURN {type: "Topic", id: t.id, name: t.name}
       } AS sharedTopics,
       score,
       apoc.coll.flatten([side IN [a, b] | [topicId IN shared | coalesce(evidenceOf[side.id + " " + topicId], [])]], true) AS evidence
