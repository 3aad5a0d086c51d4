// Overlaps: pairs of bodies that work on the same topics, ranked by the Jaccard similarity of their
// topic sets, with the evidence behind each side's link to the first $evidenceTopics shared topics.
// A body's topics are those it STUDIES, those its Questions (PART_OF) and focus groups
// (UNDER_AUSPICES_OF) STUDY, and those the documents it SENT MENTION. A body is never paired with
// its own Question or focus group: it counts their topics already, so the pair says nothing new.
// The API does the same in three steps, so that pairs are not scored row by row in Cypher:
// overlaps-bodies.cypher gives the topic sets, src/api/resolvers/analytics/score-overlaps.ts scores
// the pairs, overlaps-evidence.cypher reads the evidence of the pairs kept. This single statement is
// the one to run in Neo4j Browser; a test (overlaps-single-statement.test.ts) keeps both answers equal.
// Parameters:
//   $kinds          body types both sides must have, e.g. ["StudyGroup"]; null for every kind
//   $body           keep only pairs with this body, which is then side `a`; null for all pairs
//   $studyPeriod    keep bodies active in it (or with no recorded period), and documents of it;
//                   null for all
//   $topic          restrict the topic sets to this topic and its narrower topics; null for all topics
//   $minShared      fewest shared topics a pair needs (1 or more)
//   $limit          how many pairs (1-100)
//   $evidenceLimit  documents cited per side and shared topic (0-20)
//   $evidenceTopics shared topics per pair given evidence, the first in id order (0-200)
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
//   :param evidenceTopics => 5
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
// Each body's topics: its STUDIES links and its Questions' and focus groups' (few, read live), and
// the topics its documents mention, read from the loader-kept summaries (BodyTopicTotal over every
// study period, BodyTopic for one), never from the documents. Without $topic body by body; with
// $topic only the summaries of the topics in scope, topic by topic. Only the guard that holds lets
// its branch run.
CALL (scope, candidates) {
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
  }
  WITH b, t WHERE $topic IS NULL OR t.id IN scope
  RETURN b, t.id AS topic
  UNION
  WITH candidates WHERE $topic IS NULL
  UNWIND candidates AS b
  CALL (b) {
    // An empty UNWIND, unlike a WHERE the planner may move, keeps the other branch from reading at all.
    // The topic comes from the index (migration 013): no summary node is read.
    UNWIND CASE WHEN $studyPeriod IS NULL THEN [b] ELSE [] END AS body
    MATCH (s:BodyTopicTotal {body: body.id, scope: "self"})
    USING INDEX s:BodyTopicTotal(body, scope, access, topic)
    WHERE s.access IN $access AND s.topic IS NOT NULL
    RETURN s.topic AS topic
    UNION
    UNWIND CASE WHEN $studyPeriod IS NULL THEN [] ELSE [b] END AS body
    MATCH (s:BodyTopic {body: body.id, studyPeriod: $studyPeriod})
    USING INDEX s:BodyTopic(body, studyPeriod, access, topic)
    WHERE s.access IN $access AND s.topic IS NOT NULL
    RETURN s.topic AS topic
  }
  RETURN b, topic
  UNION
  WITH scope, candidates WHERE $topic IS NOT NULL
  UNWIND scope AS topicId
  CALL (topicId) {
    UNWIND CASE WHEN $studyPeriod IS NULL THEN [topicId] ELSE [] END AS topic
    MATCH (s:BodyTopicTotal {topic: topic, scope: "self"})
    WHERE s.access IN $access
    RETURN s.body AS body
    UNION
    UNWIND CASE WHEN $studyPeriod IS NULL THEN [] ELSE [topicId] END AS topic
    MATCH (s:BodyTopic {topic: topic})
    WHERE s.studyPeriod = $studyPeriod AND s.access IN $access
    RETURN s.body AS body
  }
  MATCH (b:Body {id: body})
  WITH b, topicId WHERE b IN candidates
  RETURN b, topicId AS topic
}
WITH b, collect(topic) AS topics
ORDER BY b.id
WITH collect(b) AS bodies, collect(topics) AS topicSets
// A body is never paired with its own Question or focus group: those pairs are gathered once,
// by list position, and each scored pair is looked up in that map instead of in the graph.
CALL (bodies) {
  WITH bodies, apoc.map.fromLists([x IN bodies | x.id], range(0, size(bodies) - 1)) AS position
  UNWIND bodies AS x
  OPTIONAL MATCH (x)-[:PART_OF|UNDER_AUSPICES_OF]-(y:Body)
  WITH position[x.id] AS i, position[y.id] AS j
  WHERE j IS NOT NULL
  RETURN apoc.map.fromPairs(collect([toString(i) + "," + toString(j), true])) AS excluded
}
// Pairs are scored on list positions and topic ids only, and the evidence is read for the few
// pairs kept. Bodies are in id order, so i < j puts the smaller id on side a, and ordering by
// positions is ordering by ids.
CALL (bodies, topicSets, excluded) {
  // Each body's topics also as a map, so that a pair's shared count is lookups, not a set built per pair.
  WITH bodies, topicSets, excluded, [topics IN topicSets | apoc.map.fromLists(topics, [t IN topics | true])] AS topicMaps,
       [k IN range(0, size(bodies) - 1) WHERE bodies[k].id = $body] AS chosen
  UNWIND CASE WHEN $body IS NULL THEN range(0, size(bodies) - 1) ELSE chosen END AS i
  UNWIND CASE WHEN $body IS NULL THEN range(i + 1, size(bodies) - 1)
              ELSE [k IN range(0, size(bodies) - 1) WHERE k <> i] END AS j
  WITH bodies, topicSets, i, j, topicMaps[i] AS aMap, topicSets[j] AS bTopics, excluded
  WITH bodies, topicSets, i, j, bTopics, size([t IN bTopics WHERE aMap[t]]) AS shared, excluded
  WHERE shared >= $minShared AND excluded[toString(i) + "," + toString(j)] IS NULL
  WITH bodies, topicSets, i, j, shared, toFloat(shared) / (size(topicSets[i]) + size(bTopics) - shared) AS score
  ORDER BY score DESC, shared DESC, i, j
  LIMIT $limit
  RETURN bodies[i] AS a, bodies[j] AS b, apoc.coll.sort(apoc.coll.intersection(topicSets[i], topicSets[j])) AS shared, score
}
// Evidence for a pair's first $evidenceTopics shared topics (of those with a Topic node) only: two
// busy bodies share most topics.
WITH collect({a: a, b: b, shared: shared, score: score,
              cited: [topicId IN shared WHERE EXISTS { (:Topic {id: topicId}) }][..$evidenceTopics]}) AS pairs
// Evidence per body, once, even when the body is in many pairs: its STUDIES links to the topics
// it shares, and up to $evidenceLimit of its documents per topic, the newest, read from the
// body-topic summaries' newest documents (never from all of the body's documents).
CALL (pairs) {
  WITH pairs WHERE $withEvidence
  UNWIND pairs AS pair
  UNWIND [pair.a, pair.b] AS body
  UNWIND pair.cited AS topicId
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
  RETURN collect([body.id + " " + t.id, evidence]) AS entries
}
WITH pairs, apoc.map.fromPairs(entries) AS evidenceOf
UNWIND pairs AS pair
WITH pair.a AS a, pair.b AS b, pair.shared AS shared, pair.cited AS cited, pair.score AS score, evidenceOf
RETURN {type: [l IN labels(a) WHERE NOT l IN ["Entity", "Body"]][0], id: a.id, name: coalesce(a.name, a.id)} AS a,
       {type: [l IN labels(b) WHERE NOT l IN ["Entity", "Body"]][0], id: b.id, name: coalesce(b.name, b.id)} AS b,
       COLLECT {
         UNWIND shared AS topicId
         MATCH (t:Topic {id: topicId})
         RETURN {type: "Topic", id: t.id, name: t.name}
       } AS sharedTopics,
       size([topicId IN shared WHERE EXISTS { (:Topic {id: topicId}) }]) AS sharedTopicCount,
       score,
       apoc.coll.flatten([side IN [a, b] | [topicId IN cited | coalesce(evidenceOf[side.id + " " + topicId], [])]], true) AS evidence
