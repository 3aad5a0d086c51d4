// Summaries from scratch, for `standards-graph summaries rebuild`: the same nodes as
// summaries-add.cypher keeps (it says what each holds), computed kind by kind and created in
// batches, rather than merged document by document; a test checks that both ways give the same
// nodes, property by property. Run with no summary in the graph, in an auto-commit transaction each
// (CALL ... IN TRANSACTIONS).
// Each kind is driven by the nodes its keys start with: bodies (BodyTopic, BodyTopicTotal,
// BodyPeriod, BodyReference, BodyRecent, BodyTraffic), senders (BodyFlow, BodyFlowDate) or topics
// (TopicPeriod). One transaction aggregates the documents of $batchSize of them and creates their
// summaries, so a transaction's memory is bounded by the documents of its busiest body or topic,
// never by every document in the graph (a single pass over a million statements ran out of
// transaction memory on a 2 GB heap). A document's topics, ancestors and recipients are made
// distinct per document, not over the whole body. BodyTraffic counts a body's flows as sender and as
// recipient: both halves are read from the body itself. TopicPeriod's "tree" scope counts, once each,
// the documents mentioning the topic or any topic BROADER leads up from (up to 6 levels).
// Parameters: $batchSize  bodies or topics whose summaries are computed per transaction
MATCH (b:Body)
CALL (b) {
  MATCH (b)<-[sent:SENT_BY]-(d:LiaisonStatement)-[m:MENTIONS]->(t:Topic)
  WHERE sent.sourceDocument = d.id AND m.sourceDocument = d.id
  WITH DISTINCT d, t
  ORDER BY d.date IS NULL, d.date DESC, d.id
  WITH t.id AS topic, coalesce(d.access, "public") AS access, coalesce(d.studyPeriod, "") AS period,
       count(*) AS n, min(d.date) AS first, max(d.date) AS last, collect(d.id)[..20] AS recent,
       collect(coalesce(d.date, ""))[..20] AS recentDates
  CREATE (s:Summary:BodyTopic {key: b.id + "|" + topic + "|" + access + "|" + period})
  SET s.body = b.id, s.topic = topic, s.access = access, s.studyPeriod = period, s.documents = n,
      s.firstDate = first, s.lastDate = last, s.recent = recent, s.recentDates = recentDates
} IN TRANSACTIONS OF $batchSize ROWS;

MATCH (b:Body)
CALL (b) {
  MATCH (b)<-[sent:SENT_BY]-(d:LiaisonStatement)
  WHERE sent.sourceDocument = d.id
  WITH DISTINCT d
  CALL (d) {
    MATCH (d)-[m:MENTIONS]->(t:Topic)
    WHERE m.sourceDocument = d.id
    CALL (t) {
      RETURN t.id AS topic, "self" AS scope
      UNION
      MATCH (t)-[:BROADER*0..6]->(a:Topic)
      RETURN a.id AS topic, "tree" AS scope
    }
    RETURN DISTINCT topic, scope
  }
  WITH topic, scope, coalesce(d.access, "public") AS access, count(*) AS n, min(d.date) AS first, max(d.date) AS last
  CREATE (s:Summary:BodyTopicTotal {key: b.id + "|" + topic + "|" + scope + "|" + access})
  SET s.body = b.id, s.topic = topic, s.scope = scope, s.access = access, s.documents = n,
      s.firstDate = first, s.lastDate = last
} IN TRANSACTIONS OF $batchSize ROWS;

MATCH (topic:Topic)
CALL (topic) {
  CALL (topic) {
    MATCH (d:LiaisonStatement)-[m:MENTIONS]->(topic)
    WHERE m.sourceDocument = d.id
    RETURN DISTINCT d, "self" AS scope
    UNION ALL
    MATCH (t:Topic)-[:BROADER*0..6]->(topic)
    WITH DISTINCT t
    MATCH (d:LiaisonStatement)-[m:MENTIONS]->(t)
    WHERE m.sourceDocument = d.id
    RETURN DISTINCT d, "tree" AS scope
  }
  WITH scope, coalesce(d.access, "public") AS access, coalesce(d.studyPeriod, "") AS period,
       coalesce(left(d.date, 4), "") AS year, count(*) AS n
  CREATE (p:Summary:TopicPeriod {key: topic.id + "|" + scope + "|" + access + "|" + period + "|" + year})
  SET p.topic = topic.id, p.scope = scope, p.access = access, p.studyPeriod = period, p.year = year, p.documents = n
} IN TRANSACTIONS OF $batchSize ROWS;

MATCH (b:Body)
CALL (b) {
  MATCH (d:LiaisonStatement)-[sent:SENT_BY]->(b)
  WHERE sent.sourceDocument = d.id
  WITH DISTINCT d
  WITH coalesce(d.access, "public") AS access, coalesce(d.studyPeriod, "") AS period,
       coalesce(left(d.date, 4), "") AS year, count(*) AS n
  CREATE (p:Summary:BodyPeriod {key: b.id + "|" + access + "|" + period + "|" + year})
  SET p.body = b.id, p.access = access, p.studyPeriod = period, p.year = year, p.documents = n
} IN TRANSACTIONS OF $batchSize ROWS;

MATCH (sender:Body)
CALL (sender) {
  MATCH (d:LiaisonStatement)-[sent:SENT_BY]->(sender)
  WHERE sent.sourceDocument = d.id
  WITH DISTINCT d
  CALL (d, sender) {
    MATCH (d)-[addressed:SENT_TO|COPIED_TO]->(recipient:Body)
    WHERE addressed.sourceDocument = d.id AND recipient <> sender
    RETURN DISTINCT recipient
  }
  WITH recipient.id AS to, coalesce(d.access, "public") AS access, coalesce(d.studyPeriod, "") AS period,
       count(*) AS n, count(d.date) AS dated
  CREATE (f:Summary:BodyFlow {key: sender.id + "|" + to + "|" + access + "|" + period})
  SET f.from = sender.id, f.to = to, f.access = access, f.studyPeriod = period, f.documents = n, f.dated = dated
} IN TRANSACTIONS OF $batchSize ROWS;

MATCH (b:Body)
CALL (b) {
  CALL (b) {
    MATCH (d:LiaisonStatement)-[sent:SENT_BY]->(b)
    WHERE sent.sourceDocument = d.id
    WITH DISTINCT d
    CALL (d, b) {
      MATCH (d)-[addressed:SENT_TO|COPIED_TO]->(recipient:Body)
      WHERE addressed.sourceDocument = d.id AND recipient <> b
      RETURN DISTINCT recipient AS other
    }
    RETURN d
    UNION ALL
    MATCH (d:LiaisonStatement)-[addressed:SENT_TO|COPIED_TO]->(b)
    WHERE addressed.sourceDocument = d.id
    WITH DISTINCT d
    CALL (d, b) {
      MATCH (d)-[sent:SENT_BY]->(sender:Body)
      WHERE sent.sourceDocument = d.id AND sender <> b
      RETURN DISTINCT sender AS other
    }
    RETURN d
  }
  WITH coalesce(d.access, "public") AS access, coalesce(d.studyPeriod, "") AS period, count(*) AS n
  CREATE (t:Summary:BodyTraffic {key: b.id + "|" + access + "|" + period})
  SET t.body = b.id, t.access = access, t.studyPeriod = period, t.flows = n
} IN TRANSACTIONS OF $batchSize ROWS;

MATCH (sender:Body)
CALL (sender) {
  MATCH (d:LiaisonStatement)-[sent:SENT_BY]->(sender)
  WHERE sent.sourceDocument = d.id
  WITH DISTINCT d
  CALL (d, sender) {
    MATCH (d)-[addressed:SENT_TO|COPIED_TO]->(recipient:Body)
    WHERE addressed.sourceDocument = d.id AND recipient <> sender
    RETURN DISTINCT recipient
  }
  UNWIND CASE WHEN d.date IS NULL THEN [["undated", ""]]
              ELSE [["year", left(d.date, 4)], ["month", left(d.date, 7)]] END AS bucket
  WITH recipient.id AS to, coalesce(d.access, "public") AS access, coalesce(d.studyPeriod, "") AS period,
       bucket[0] AS span, bucket[1] AS value, count(*) AS n
  CREATE (f:Summary:BodyFlowDate {key: sender.id + "|" + to + "|" + access + "|" + period + "|" + span + "|" + value})
  SET f.from = sender.id, f.to = to, f.access = access, f.studyPeriod = period, f.span = span, f.bucket = value, f.documents = n
} IN TRANSACTIONS OF $batchSize ROWS;

MATCH (b:Body)
CALL (b) {
  MATCH (b)<-[sent:SENT_BY]-(d:LiaisonStatement)
  WHERE sent.sourceDocument = d.id
  WITH DISTINCT d
  CALL (d) {
    MATCH (d)-[ref:REFERENCES]->(x:Entity)
    WHERE ref.sourceDocument = d.id
    RETURN DISTINCT x
  }
  WITH x.id AS target, coalesce(d.access, "public") AS access, count(*) AS n
  CREATE (r:Summary:BodyReference {key: b.id + "|" + target + "|" + access})
  SET r.body = b.id, r.target = target, r.access = access, r.documents = n
} IN TRANSACTIONS OF $batchSize ROWS;

MATCH (b:Body)
CALL (b) {
  MATCH (b)<-[r:SENT_BY|SENT_TO]-(d:LiaisonStatement)
  WHERE r.sourceDocument = d.id
  WITH DISTINCT d, CASE type(r) WHEN "SENT_BY" THEN "sent" ELSE "received" END AS direction
  ORDER BY d.date IS NULL, d.date DESC, d.id
  WITH direction, coalesce(d.access, "public") AS access, count(*) AS n,
       collect(d.id)[..500] AS recent, collect(coalesce(d.date, ""))[..500] AS recentDates
  CREATE (s:Summary:BodyRecent {key: b.id + "|" + direction + "|" + access})
  SET s.body = b.id, s.direction = direction, s.access = access, s.documents = n, s.recent = recent, s.recentDates = recentDates
} IN TRANSACTIONS OF $batchSize ROWS;
