// Summaries from scratch, for `standards-graph summaries rebuild`: the same nodes as
// summaries-add.cypher keeps (it says what each holds), each kind computed in one pass over every
// liaison statement and created in batches, rather than merged document by document; a test checks
// that both ways give the same nodes, property by property. Run with no summary in the graph, in an
// auto-commit transaction each (CALL ... IN TRANSACTIONS).
// Parameters: $batchSize  summary nodes created per transaction
MATCH (b:Body)<-[sent:SENT_BY]-(d:LiaisonStatement)-[m:MENTIONS]->(t:Topic)
WHERE sent.sourceDocument = d.id AND m.sourceDocument = d.id
WITH DISTINCT d, b, t
ORDER BY d.date IS NULL, d.date DESC, d.id
WITH b.id AS body, t.id AS topic, coalesce(d.access, "public") AS access, coalesce(d.studyPeriod, "") AS period,
     count(*) AS n, min(d.date) AS first, max(d.date) AS last, collect(d.id)[..20] AS recent,
     collect(coalesce(d.date, ""))[..20] AS recentDates
CALL (body, topic, access, period, n, first, last, recent, recentDates) {
  CREATE (s:Summary:BodyTopic {key: body + "|" + topic + "|" + access + "|" + period})
  SET s.body = body, s.topic = topic, s.access = access, s.studyPeriod = period, s.documents = n,
      s.firstDate = first, s.lastDate = last, s.recent = recent, s.recentDates = recentDates
} IN TRANSACTIONS OF $batchSize ROWS;

MATCH (b:Body)<-[sent:SENT_BY]-(d:LiaisonStatement)-[m:MENTIONS]->(t:Topic)
WHERE sent.sourceDocument = d.id AND m.sourceDocument = d.id
CALL (t) {
  RETURN t.id AS topic, "self" AS scope
  UNION
  MATCH (t)-[:BROADER*0..6]->(a:Topic)
  RETURN a.id AS topic, "tree" AS scope
}
WITH DISTINCT d, b, topic, scope
WITH b.id AS body, topic, scope, coalesce(d.access, "public") AS access,
     count(*) AS n, min(d.date) AS first, max(d.date) AS last
CALL (body, topic, scope, access, n, first, last) {
  CREATE (s:Summary:BodyTopicTotal {key: body + "|" + topic + "|" + scope + "|" + access})
  SET s.body = body, s.topic = topic, s.scope = scope, s.access = access, s.documents = n,
      s.firstDate = first, s.lastDate = last
} IN TRANSACTIONS OF $batchSize ROWS;

MATCH (d:LiaisonStatement)-[m:MENTIONS]->(t:Topic)
WHERE m.sourceDocument = d.id
CALL (t) {
  RETURN t.id AS topic, "self" AS scope
  UNION
  MATCH (t)-[:BROADER*0..6]->(a:Topic)
  RETURN a.id AS topic, "tree" AS scope
}
WITH DISTINCT d, topic, scope
WITH topic, scope, coalesce(d.access, "public") AS access, coalesce(d.studyPeriod, "") AS period,
     coalesce(left(d.date, 4), "") AS year, count(*) AS n
CALL (topic, scope, access, period, year, n) {
  CREATE (p:Summary:TopicPeriod {key: topic + "|" + scope + "|" + access + "|" + period + "|" + year})
  SET p.topic = topic, p.scope = scope, p.access = access, p.studyPeriod = period, p.year = year, p.documents = n
} IN TRANSACTIONS OF $batchSize ROWS;

MATCH (d:LiaisonStatement)-[sent:SENT_BY]->(b:Body)
WHERE sent.sourceDocument = d.id
WITH DISTINCT d, b
WITH b.id AS body, coalesce(d.access, "public") AS access, coalesce(d.studyPeriod, "") AS period,
     coalesce(left(d.date, 4), "") AS year, count(*) AS n
CALL (body, access, period, year, n) {
  CREATE (p:Summary:BodyPeriod {key: body + "|" + access + "|" + period + "|" + year})
  SET p.body = body, p.access = access, p.studyPeriod = period, p.year = year, p.documents = n
} IN TRANSACTIONS OF $batchSize ROWS;

MATCH (d:LiaisonStatement)-[sent:SENT_BY]->(sender:Body)
WHERE sent.sourceDocument = d.id
MATCH (d)-[addressed:SENT_TO|COPIED_TO]->(recipient:Body)
WHERE addressed.sourceDocument = d.id AND recipient <> sender
WITH DISTINCT d, sender, recipient
WITH sender.id AS from, recipient.id AS to, coalesce(d.access, "public") AS access, coalesce(d.studyPeriod, "") AS period,
     count(*) AS n, count(d.date) AS dated
CALL (from, to, access, period, n, dated) {
  CREATE (f:Summary:BodyFlow {key: from + "|" + to + "|" + access + "|" + period})
  SET f.from = from, f.to = to, f.access = access, f.studyPeriod = period, f.documents = n, f.dated = dated
} IN TRANSACTIONS OF $batchSize ROWS;

MATCH (d:LiaisonStatement)-[sent:SENT_BY]->(sender:Body)
WHERE sent.sourceDocument = d.id
MATCH (d)-[addressed:SENT_TO|COPIED_TO]->(recipient:Body)
WHERE addressed.sourceDocument = d.id AND recipient <> sender
WITH DISTINCT d, sender, recipient
UNWIND [sender.id, recipient.id] AS body
WITH body, coalesce(d.access, "public") AS access, coalesce(d.studyPeriod, "") AS period, count(*) AS n
CALL (body, access, period, n) {
  CREATE (t:Summary:BodyTraffic {key: body + "|" + access + "|" + period})
  SET t.body = body, t.access = access, t.studyPeriod = period, t.flows = n
} IN TRANSACTIONS OF $batchSize ROWS;

MATCH (d:LiaisonStatement)-[sent:SENT_BY]->(sender:Body)
WHERE sent.sourceDocument = d.id
MATCH (d)-[addressed:SENT_TO|COPIED_TO]->(recipient:Body)
WHERE addressed.sourceDocument = d.id AND recipient <> sender
WITH DISTINCT d, sender, recipient
UNWIND CASE WHEN d.date IS NULL THEN [["undated", ""]]
            ELSE [["year", left(d.date, 4)], ["month", left(d.date, 7)]] END AS bucket
WITH sender.id AS from, recipient.id AS to, coalesce(d.access, "public") AS access, coalesce(d.studyPeriod, "") AS period,
     bucket[0] AS span, bucket[1] AS value, count(*) AS n
CALL (from, to, access, period, span, value, n) {
  CREATE (f:Summary:BodyFlowDate {key: from + "|" + to + "|" + access + "|" + period + "|" + span + "|" + value})
  SET f.from = from, f.to = to, f.access = access, f.studyPeriod = period, f.span = span, f.bucket = value, f.documents = n
} IN TRANSACTIONS OF $batchSize ROWS;

MATCH (b:Body)<-[sent:SENT_BY]-(d:LiaisonStatement)-[ref:REFERENCES]->(x:Entity)
WHERE sent.sourceDocument = d.id AND ref.sourceDocument = d.id
WITH DISTINCT d, b, x
WITH b.id AS body, x.id AS target, coalesce(d.access, "public") AS access, count(*) AS n
CALL (body, target, access, n) {
  CREATE (r:Summary:BodyReference {key: body + "|" + target + "|" + access})
  SET r.body = body, r.target = target, r.access = access, r.documents = n
} IN TRANSACTIONS OF $batchSize ROWS;

MATCH (b:Body)<-[r:SENT_BY|SENT_TO]-(d:LiaisonStatement)
WHERE r.sourceDocument = d.id
WITH DISTINCT d, b, CASE type(r) WHEN "SENT_BY" THEN "sent" ELSE "received" END AS direction
ORDER BY d.date IS NULL, d.date DESC, d.id
WITH b.id AS body, direction, coalesce(d.access, "public") AS access, count(*) AS n,
     collect(d.id)[..500] AS recent, collect(coalesce(d.date, ""))[..500] AS recentDates
CALL (body, direction, access, n, recent, recentDates) {
  CREATE (s:Summary:BodyRecent {key: body + "|" + direction + "|" + access})
  SET s.body = body, s.direction = direction, s.access = access, s.documents = n, s.recent = recent, s.recentDates = recentDates
} IN TRANSACTIONS OF $batchSize ROWS;
