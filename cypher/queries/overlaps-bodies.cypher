// Overlaps, first step: the bodies that may pair up, in id order, each one's topic set as positions
// in `topicIds` (a small number each rather than an id: a twentieth of the bytes to send and
// decode), and the names of the topics. The API scores the pairs itself (src/api/resolvers/
// analytics/score-overlaps.ts) and reads the evidence of the pairs it keeps with
// overlaps-evidence.cypher; overlaps.cypher does all three in one statement, for Neo4j Browser.
// A body's topics are those it STUDIES, those its Questions (PART_OF) and focus groups
// (UNDER_AUSPICES_OF) STUDY, and those the documents it SENT MENTION. `excludes` lists the bodies it
// is never paired with, its own Questions and focus groups (and the body it belongs to): it counts
// their topics already, so the pair would say nothing new.
// Parameters:
//   $kinds          body types to keep, e.g. ["StudyGroup"]; null for every kind
//   $studyPeriod    keep bodies active in it (or with no recorded period), and documents of it;
//                   null for all
//   $topic          restrict the topic sets to this topic and its narrower topics; null for all topics
//   $access         the access levels the reader may see: ["public"], or ["public", "restricted"] for a member
// In Neo4j Browser:
//   :param kinds => ["StudyGroup"]
//   :param studyPeriod => null
//   :param topic => "topic:distributed-ledger-technology"
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
// its branch run. The branches may repeat a topic (a STUDIES link and a mention, or one summary per
// access level): UNION ALL and one collect(DISTINCT) per body cost less than distinct rows keyed by
// the candidate list.
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
  UNION ALL
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
    UNION ALL
    UNWIND CASE WHEN $studyPeriod IS NULL THEN [] ELSE [b] END AS body
    MATCH (s:BodyTopic {body: body.id, studyPeriod: $studyPeriod})
    USING INDEX s:BodyTopic(body, studyPeriod, access, topic)
    WHERE s.access IN $access AND s.topic IS NOT NULL
    RETURN s.topic AS topic
  }
  RETURN b, topic
  UNION ALL
  WITH scope, candidates WHERE $topic IS NOT NULL
  UNWIND scope AS topicId
  CALL (topicId) {
    UNWIND CASE WHEN $studyPeriod IS NULL THEN [topicId] ELSE [] END AS topic
    MATCH (s:BodyTopicTotal {topic: topic, scope: "self"})
    WHERE s.access IN $access
    RETURN s.body AS body
    UNION ALL
    UNWIND CASE WHEN $studyPeriod IS NULL THEN [] ELSE [topicId] END AS topic
    MATCH (s:BodyTopic {topic: topic})
    WHERE s.studyPeriod = $studyPeriod AND s.access IN $access
    RETURN s.body AS body
  }
  MATCH (b:Body {id: body})
  WITH b, topicId WHERE b IN candidates
  RETURN b, topicId AS topic
}
WITH b, collect(DISTINCT topic) AS topics
ORDER BY b.id
WITH collect({
       id: b.id, type: [l IN labels(b) WHERE NOT l IN ["Entity", "Body"]][0], name: coalesce(b.name, b.id),
       excludes: [(b)-[:PART_OF|UNDER_AUSPICES_OF]-(y:Body) | y.id]
     }) AS bodies,
     collect(topics) AS sets
WITH bodies, sets, apoc.coll.toSet(apoc.coll.flatten(sets)) AS topicIds
WITH bodies, sets, topicIds, apoc.map.fromLists(topicIds, range(0, size(topicIds) - 1)) AS position
// topicSets[k] is bodies[k]'s set. Names once per topic, not once per body and topic: the pairs
// kept share few of them.
RETURN bodies, [set IN sets | [t IN set | position[t]]] AS topicSets, topicIds,
       COLLECT {
         UNWIND topicIds AS topicId
         MATCH (t:Topic {id: topicId})
         RETURN [t.id, t.name]
       } AS topicNames
