// Summaries, second half: adds what liaison statements contribute, once they are written. Nine
// kinds of `:Summary` node, never `:Entity` (so the API's types, search and traversals never meet
// them), one per key:
//   (:Summary:BodyTopic {key, body, topic, access, studyPeriod, documents, firstDate, lastDate, recent, recentDates})
//     documents that `body` sent (SENT_BY) and that MENTION `topic`, with the earliest and latest
//     document date among them, and `recent`: the ids of the 20 newest of them (dated first, newest
//     first, then by id; 20 is the largest evidenceLimit) with their dates in `recentDates` ("" when
//     undated), so evidence never reads every document, and picks the few it cites before reading any
//   (:Summary:BodyTopicTotal {key, body, topic, scope, access, documents, firstDate, lastDate})
//     the same over every study period; scope "self": documents mentioning `topic`, scope "tree":
//     documents mentioning `topic` or a narrower topic (BROADER, up to 6 levels), each counted once
//   (:Summary:TopicPeriod {key, topic, scope, access, studyPeriod, year, documents})
//     documents mentioning `topic` (scope as above, whoever sent them) per study period and year
//   (:Summary:BodyPeriod {key, body, access, studyPeriod, year, documents})
//     documents `body` sent, per study period and year
//   (:Summary:BodyFlow {key, from, to, access, studyPeriod, documents, dated})
//     documents `from` sent to `to` (SENT_TO or COPIED_TO, counted once), and how many of them carry a date
//   (:Summary:BodyTraffic {key, body, access, studyPeriod, flows})
//     the BodyFlow counts of `body`, as sender and as recipient, added up: a heat map's busiest bodies
//   (:Summary:BodyFlowDate {key, from, to, access, studyPeriod, span, bucket, documents})
//     the dated documents of a BodyFlow per year (span "year", bucket "2019") and per month (span
//     "month", bucket "2019-03", or the whole date when it is shorter), and its undated ones (span
//     "undated", bucket ""): a date range's flows add up the whole years and months in it, and the
//     undated flows of the study periods overlapping it, reading only the pairs that have any
//   (:Summary:BodyReference {key, body, target, access, documents})
//     documents `body` sent that REFERENCE `target`
//   (:Summary:BodyRecent {key, body, direction, access, documents, recent, recentDates})
//     documents `body` sent (direction "sent", SENT_BY) or was sent ("received", SENT_TO), and the
//     ids of the 500 newest of them in `recent` (dated first, newest first, then by id) with their
//     dates in `recentDates` ("" when undated)
// `access` is the documents' level ("public" when unset), `studyPeriod` theirs ("" when unknown),
// `year` the first four characters of their date ("" when undated), so a reader's filter on them is
// a filter on the summaries. `npm run summaries` (standards-graph summaries rebuild) deletes them
// all and computes them again from every liaison statement (summaries-rebuild.cypher): the result
// must equal what the loader kept up to date (tested). The "tree" summaries follow the topic hierarchy as it is when a
// document is written: after a change of BROADER links, rebuild.
// Parameters: $ids          the liaison statements just written (removed ones simply match nothing)
//             $stale        BodyTopic keys whose dates or newest documents summaries-subtract could not keep
//             $staleTotals  BodyTopicTotal keys whose dates summaries-subtract could not keep
//             $staleRecent  BodyRecent keys whose newest documents summaries-subtract could not keep
CALL () {
  UNWIND $ids AS id
  MATCH (d:LiaisonStatement {id: id})-[:SENT_BY {sourceDocument: id}]->(b:Body)
  MATCH (d)-[:MENTIONS {sourceDocument: id}]->(t:Topic)
  WITH DISTINCT d, b, t
  WITH b, t, coalesce(d.access, "public") AS access, coalesce(d.studyPeriod, "") AS period,
       count(*) AS n, min(d.date) AS first, max(d.date) AS last, collect([coalesce(d.date, ""), d.id]) AS added
  MERGE (s:Summary:BodyTopic {key: b.id + "|" + t.id + "|" + access + "|" + period})
    ON CREATE SET s.body = b.id, s.topic = t.id, s.access = access, s.studyPeriod = period, s.documents = 0,
                  s.recent = [], s.recentDates = []
  SET s.documents = s.documents + n,
      s.firstDate = CASE WHEN s.firstDate IS NULL OR first < s.firstDate THEN first ELSE s.firstDate END,
      s.lastDate = CASE WHEN s.lastDate IS NULL OR last > s.lastDate THEN last ELSE s.lastDate END
  // The newest 20 merged from the kept ids and dates and the new ones, as BodyRecent's below: no
  // document is read. A full list changes only when a new document comes before its last one.
  WITH s, added
  CALL (s, added) {
    WITH s, added, [last(s.recentDates), last(s.recent)] AS tail, [a IN added | a[1]] AS addedIds
    WHERE size(s.recent) < 20
       OR any(a IN added WHERE (a[0] <> "" AND (tail[0] = "" OR a[0] > tail[0])) OR (a[0] = tail[0] AND a[1] < tail[1]))
    CALL (s, added, addedIds) {
      UNWIND [i IN range(0, size(s.recent) - 1) WHERE NOT s.recent[i] IN addedIds | [s.recentDates[i], s.recent[i]]] + added AS entry
      WITH entry ORDER BY entry[0] = "", entry[0] DESC, entry[1]
      WITH collect(entry)[..20] AS kept
      RETURN [e IN kept | e[1]] AS recent, [e IN kept | e[0]] AS recentDates
    }
    SET s.recent = recent, s.recentDates = recentDates
  }
  RETURN count(*) AS topics
}
CALL () {
  UNWIND $ids AS id
  MATCH (d:LiaisonStatement {id: id})-[:SENT_BY {sourceDocument: id}]->(b:Body)
  MATCH (d)-[:MENTIONS {sourceDocument: id}]->(t:Topic)
  CALL (t) {
    RETURN t.id AS topic, "self" AS scope
    UNION
    MATCH (t)-[:BROADER*0..6]->(a:Topic)
    RETURN a.id AS topic, "tree" AS scope
  }
  WITH DISTINCT d, b, topic, scope
  WITH b, topic, scope, coalesce(d.access, "public") AS access,
       count(*) AS n, min(d.date) AS first, max(d.date) AS last
  MERGE (s:Summary:BodyTopicTotal {key: b.id + "|" + topic + "|" + scope + "|" + access})
    ON CREATE SET s.body = b.id, s.topic = topic, s.scope = scope, s.access = access, s.documents = 0
  SET s.documents = s.documents + n,
      s.firstDate = CASE WHEN s.firstDate IS NULL OR first < s.firstDate THEN first ELSE s.firstDate END,
      s.lastDate = CASE WHEN s.lastDate IS NULL OR last > s.lastDate THEN last ELSE s.lastDate END
  RETURN count(*) AS totals
}
CALL () {
  UNWIND $ids AS id
  MATCH (d:LiaisonStatement {id: id})-[:MENTIONS {sourceDocument: id}]->(t:Topic)
  CALL (t) {
    RETURN t.id AS topic, "self" AS scope
    UNION
    MATCH (t)-[:BROADER*0..6]->(a:Topic)
    RETURN a.id AS topic, "tree" AS scope
  }
  WITH DISTINCT d, topic, scope
  WITH topic, scope, coalesce(d.access, "public") AS access, coalesce(d.studyPeriod, "") AS period,
       coalesce(left(d.date, 4), "") AS year, count(*) AS n
  MERGE (p:Summary:TopicPeriod {key: topic + "|" + scope + "|" + access + "|" + period + "|" + year})
    ON CREATE SET p.topic = topic, p.scope = scope, p.access = access, p.studyPeriod = period, p.year = year, p.documents = 0
  SET p.documents = p.documents + n
  RETURN count(*) AS topicPeriods
}
CALL () {
  UNWIND $ids AS id
  MATCH (d:LiaisonStatement {id: id})-[:SENT_BY {sourceDocument: id}]->(b:Body)
  WITH DISTINCT d, b
  WITH b, coalesce(d.access, "public") AS access, coalesce(d.studyPeriod, "") AS period,
       coalesce(left(d.date, 4), "") AS year, count(*) AS n
  MERGE (p:Summary:BodyPeriod {key: b.id + "|" + access + "|" + period + "|" + year})
    ON CREATE SET p.body = b.id, p.access = access, p.studyPeriod = period, p.year = year, p.documents = 0
  SET p.documents = p.documents + n
  RETURN count(*) AS bodyPeriods
}
CALL () {
  UNWIND $ids AS id
  MATCH (d:LiaisonStatement {id: id})-[:SENT_BY {sourceDocument: id}]->(sender:Body)
  MATCH (d)-[:SENT_TO|COPIED_TO {sourceDocument: id}]->(recipient:Body)
  WHERE recipient <> sender
  WITH DISTINCT d, sender, recipient
  WITH sender, recipient, coalesce(d.access, "public") AS access, coalesce(d.studyPeriod, "") AS period,
       count(*) AS n, count(d.date) AS dated
  MERGE (f:Summary:BodyFlow {key: sender.id + "|" + recipient.id + "|" + access + "|" + period})
    ON CREATE SET f.from = sender.id, f.to = recipient.id, f.access = access, f.studyPeriod = period,
                  f.documents = 0, f.dated = 0
  SET f.documents = f.documents + n, f.dated = f.dated + dated
  RETURN count(*) AS flows
}
CALL () {
  UNWIND $ids AS id
  MATCH (d:LiaisonStatement {id: id})-[:SENT_BY {sourceDocument: id}]->(sender:Body)
  MATCH (d)-[:SENT_TO|COPIED_TO {sourceDocument: id}]->(recipient:Body)
  WHERE recipient <> sender
  WITH DISTINCT d, sender, recipient
  UNWIND [sender.id, recipient.id] AS body
  WITH body, coalesce(d.access, "public") AS access, coalesce(d.studyPeriod, "") AS period, count(*) AS n
  MERGE (t:Summary:BodyTraffic {key: body + "|" + access + "|" + period})
    ON CREATE SET t.body = body, t.access = access, t.studyPeriod = period, t.flows = 0
  SET t.flows = t.flows + n
  RETURN count(*) AS traffic
}
CALL () {
  UNWIND $ids AS id
  MATCH (d:LiaisonStatement {id: id})-[:SENT_BY {sourceDocument: id}]->(sender:Body)
  MATCH (d)-[:SENT_TO|COPIED_TO {sourceDocument: id}]->(recipient:Body)
  WHERE recipient <> sender
  WITH DISTINCT d, sender, recipient
  UNWIND CASE WHEN d.date IS NULL THEN [["undated", ""]]
              ELSE [["year", left(d.date, 4)], ["month", left(d.date, 7)]] END AS bucket
  WITH sender, recipient, coalesce(d.access, "public") AS access, coalesce(d.studyPeriod, "") AS period,
       bucket[0] AS span, bucket[1] AS value, count(*) AS n
  MERGE (f:Summary:BodyFlowDate {key: sender.id + "|" + recipient.id + "|" + access + "|" + period + "|" + span + "|" + value})
    ON CREATE SET f.from = sender.id, f.to = recipient.id, f.access = access, f.studyPeriod = period,
                  f.span = span, f.bucket = value, f.documents = 0
  SET f.documents = f.documents + n
  RETURN count(*) AS flowDates
}
CALL () {
  UNWIND $ids AS id
  MATCH (d:LiaisonStatement {id: id})-[:SENT_BY {sourceDocument: id}]->(b:Body)
  MATCH (d)-[:REFERENCES {sourceDocument: id}]->(x:Entity)
  WITH DISTINCT d, b, x
  WITH b, x, coalesce(d.access, "public") AS access, count(*) AS n
  MERGE (r:Summary:BodyReference {key: b.id + "|" + x.id + "|" + access})
    ON CREATE SET r.body = b.id, r.target = x.id, r.access = access, r.documents = 0
  SET r.documents = r.documents + n
  RETURN count(*) AS references
}
// The newest 500 (the largest limit a body profile lists) a body sent or was sent, each with its
// date ("" when undated) alongside, so merging new documents in reads no document.
CALL () {
  UNWIND $ids AS id
  MATCH (d:LiaisonStatement {id: id})-[r:SENT_BY|SENT_TO {sourceDocument: id}]->(b:Body)
  WITH DISTINCT d, b, CASE type(r) WHEN "SENT_BY" THEN "sent" ELSE "received" END AS direction
  WITH b, direction, coalesce(d.access, "public") AS access, count(*) AS n, collect([coalesce(d.date, ""), d.id]) AS added
  MERGE (s:Summary:BodyRecent {key: b.id + "|" + direction + "|" + access})
    ON CREATE SET s.body = b.id, s.direction = direction, s.access = access, s.documents = 0, s.recent = [], s.recentDates = []
  SET s.documents = s.documents + n
  WITH s, added, [last(s.recentDates), last(s.recent)] AS tail
  // A full list changes only when a new document comes before its last one.
  WHERE size(s.recent) < 500
     OR any(a IN added WHERE (a[0] <> "" AND (tail[0] = "" OR a[0] > tail[0])) OR (a[0] = tail[0] AND a[1] < tail[1]))
  CALL (s, added) {
    UNWIND [i IN range(0, size(s.recent) - 1) | [s.recentDates[i], s.recent[i]]] + added AS entry
    WITH entry ORDER BY entry[0] = "", entry[0] DESC, entry[1]
    WITH collect(entry)[..500] AS kept
    RETURN [e IN kept | e[1]] AS recent, [e IN kept | e[0]] AS recentDates
  }
  SET s.recent = recent, s.recentDates = recentDates
  RETURN count(*) AS recentLists
}
// A stale summary's dates and newest documents, read again from the documents it counts.
CALL () {
  UNWIND $stale AS key
  MATCH (s:BodyTopic {key: key})
  CALL (s) {
    MATCH (:Body {id: s.body})<-[sent:SENT_BY]-(d:LiaisonStatement)-[m:MENTIONS]->(:Topic {id: s.topic})
    WHERE sent.sourceDocument = d.id AND m.sourceDocument = d.id
      AND coalesce(d.access, "public") = s.access AND coalesce(d.studyPeriod, "") = s.studyPeriod
    WITH DISTINCT d
    ORDER BY d.date IS NULL, d.date DESC, d.id
    RETURN min(d.date) AS first, max(d.date) AS last, collect(d.id)[..20] AS recent,
           collect(coalesce(d.date, ""))[..20] AS recentDates
  }
  SET s.firstDate = first, s.lastDate = last, s.recent = recent, s.recentDates = recentDates
  RETURN count(*) AS refreshed
}
CALL () {
  UNWIND $staleTotals AS key
  MATCH (s:BodyTopicTotal {key: key})
  CALL (s) {
    MATCH (:Body {id: s.body})<-[sent:SENT_BY]-(d:LiaisonStatement)-[m:MENTIONS]->(t:Topic)
    WHERE sent.sourceDocument = d.id AND m.sourceDocument = d.id AND coalesce(d.access, "public") = s.access
      AND (t.id = s.topic OR (s.scope = "tree" AND EXISTS { (t)-[:BROADER*1..6]->(:Topic {id: s.topic}) }))
    WITH DISTINCT d
    RETURN min(d.date) AS first, max(d.date) AS last
  }
  SET s.firstDate = first, s.lastDate = last
  RETURN count(*) AS refreshedTotals
}
CALL () {
  UNWIND $staleRecent AS key
  MATCH (s:BodyRecent {key: key})
  CALL (s) {
    MATCH (:Body {id: s.body})<-[r:SENT_BY|SENT_TO]-(d:LiaisonStatement)
    WHERE r.sourceDocument = d.id AND type(r) = CASE s.direction WHEN "sent" THEN "SENT_BY" ELSE "SENT_TO" END
      AND coalesce(d.access, "public") = s.access
    WITH DISTINCT d
    ORDER BY d.date IS NULL, d.date DESC, d.id
    LIMIT 500
    RETURN collect(d.id) AS recent, collect(coalesce(d.date, "")) AS recentDates
  }
  SET s.recent = recent, s.recentDates = recentDates
  RETURN count(*) AS refreshedRecent
}
RETURN topics, totals, topicPeriods, bodyPeriods, flows, traffic, flowDates, references, recentLists,
       refreshed, refreshedTotals, refreshedRecent
