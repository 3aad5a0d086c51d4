// Summaries, first half: takes out what liaison statements contributed to the loader-kept
// summaries, before their relations or properties change (a rewrite) or they go (a removal). The
// analytics read these small nodes instead of every document (cypher/load/summaries-add.cypher says
// what each holds). A document contributes through its own relations only (`sourceDocument` is the
// document), so a write of one document never changes another's contribution.
// A summary whose count reaches 0 is deleted; one whose first or last date, or list of newest
// documents, may have been this document's is returned as stale, for summaries-add to recompute
// once the graph is written (BodyTopic keys in stale, BodyTopicTotal in staleTotals, BodyRecent in
// staleRecent).
// Parameters: $ids  the liaison statements about to change
CALL () {
  UNWIND $ids AS id
  MATCH (d:LiaisonStatement {id: id})-[:SENT_BY {sourceDocument: id}]->(b:Body)
  MATCH (d)-[:MENTIONS {sourceDocument: id}]->(t:Topic)
  WITH DISTINCT d, b, t
  WITH b.id + "|" + t.id + "|" + coalesce(d.access, "public") + "|" + coalesce(d.studyPeriod, "") AS key,
       count(*) AS n, collect(d.date) AS dates, collect(d.id) AS gone
  MATCH (s:BodyTopic {key: key})
  SET s.documents = s.documents - n
  // Read before the delete: a deleted node's properties cannot be.
  WITH s, s.key AS key,
       s.documents > 0 AND (s.firstDate IN dates OR s.lastDate IN dates OR any(x IN gone WHERE x IN coalesce(s.recent, []))) AS stale
  CALL (s) {
    WITH s WHERE s.documents <= 0
    DELETE s
  }
  WITH key WHERE stale
  RETURN collect(key) AS stale
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
  WITH b.id + "|" + topic + "|" + scope + "|" + coalesce(d.access, "public") AS key, count(*) AS n, collect(d.date) AS dates
  MATCH (s:BodyTopicTotal {key: key})
  SET s.documents = s.documents - n
  WITH s, s.key AS key, s.documents > 0 AND (s.firstDate IN dates OR s.lastDate IN dates) AS stale
  CALL (s) {
    WITH s WHERE s.documents <= 0
    DELETE s
  }
  WITH key WHERE stale
  RETURN collect(key) AS staleTotals
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
  WITH topic + "|" + scope + "|" + coalesce(d.access, "public") + "|" + coalesce(d.studyPeriod, "") + "|" + coalesce(left(d.date, 4), "") AS key,
       count(*) AS n
  MATCH (p:TopicPeriod {key: key})
  SET p.documents = p.documents - n
  WITH p WHERE p.documents <= 0
  DELETE p
  RETURN count(*) AS removedTopicPeriods
}
CALL () {
  UNWIND $ids AS id
  MATCH (d:LiaisonStatement {id: id})-[:SENT_BY {sourceDocument: id}]->(b:Body)
  WITH DISTINCT d, b
  WITH b.id + "|" + coalesce(d.access, "public") + "|" + coalesce(d.studyPeriod, "") + "|" + coalesce(left(d.date, 4), "") AS key,
       count(*) AS n
  MATCH (p:BodyPeriod {key: key})
  SET p.documents = p.documents - n
  WITH p WHERE p.documents <= 0
  DELETE p
  RETURN count(*) AS removedBodyPeriods
}
CALL () {
  UNWIND $ids AS id
  MATCH (d:LiaisonStatement {id: id})-[:SENT_BY {sourceDocument: id}]->(sender:Body)
  MATCH (d)-[:SENT_TO|COPIED_TO {sourceDocument: id}]->(recipient:Body)
  WHERE recipient <> sender
  WITH DISTINCT d, sender, recipient
  WITH sender.id + "|" + recipient.id + "|" + coalesce(d.access, "public") + "|" + coalesce(d.studyPeriod, "") AS key,
       count(*) AS n, count(d.date) AS dated
  MATCH (f:BodyFlow {key: key})
  SET f.documents = f.documents - n, f.dated = f.dated - dated
  WITH f WHERE f.documents <= 0
  DELETE f
  RETURN count(*) AS removedFlows
}
CALL () {
  UNWIND $ids AS id
  MATCH (d:LiaisonStatement {id: id})-[:SENT_BY {sourceDocument: id}]->(sender:Body)
  MATCH (d)-[:SENT_TO|COPIED_TO {sourceDocument: id}]->(recipient:Body)
  WHERE recipient <> sender
  WITH DISTINCT d, sender, recipient
  UNWIND [sender.id, recipient.id] AS body
  WITH body + "|" + coalesce(d.access, "public") + "|" + coalesce(d.studyPeriod, "") AS key, count(*) AS n
  MATCH (t:BodyTraffic {key: key})
  SET t.flows = t.flows - n
  WITH t WHERE t.flows <= 0
  DELETE t
  RETURN count(*) AS removedTraffic
}
// Dated documents once per year and once per month of their date, undated ones once (span
// "undated"): a date range's flows come from the whole years and months in it and the undated
// flows of the study periods overlapping it.
CALL () {
  UNWIND $ids AS id
  MATCH (d:LiaisonStatement {id: id})-[:SENT_BY {sourceDocument: id}]->(sender:Body)
  MATCH (d)-[:SENT_TO|COPIED_TO {sourceDocument: id}]->(recipient:Body)
  WHERE recipient <> sender
  WITH DISTINCT d, sender, recipient
  UNWIND CASE WHEN d.date IS NULL THEN [["undated", ""]]
              ELSE [["year", left(d.date, 4)], ["month", left(d.date, 7)]] END AS bucket
  WITH sender.id + "|" + recipient.id + "|" + coalesce(d.access, "public") + "|" + coalesce(d.studyPeriod, "") + "|" + bucket[0] + "|" + bucket[1] AS key,
       count(*) AS n
  MATCH (f:BodyFlowDate {key: key})
  SET f.documents = f.documents - n
  WITH f WHERE f.documents <= 0
  DELETE f
  RETURN count(*) AS removedFlowDates
}
CALL () {
  UNWIND $ids AS id
  MATCH (d:LiaisonStatement {id: id})-[:SENT_BY {sourceDocument: id}]->(b:Body)
  MATCH (d)-[:REFERENCES {sourceDocument: id}]->(x:Entity)
  WITH DISTINCT d, b, x
  WITH b.id + "|" + x.id + "|" + coalesce(d.access, "public") AS key, count(*) AS n
  MATCH (r:BodyReference {key: key})
  SET r.documents = r.documents - n
  WITH r WHERE r.documents <= 0
  DELETE r
  RETURN count(*) AS removedReferences
}
CALL () {
  UNWIND $ids AS id
  MATCH (d:LiaisonStatement {id: id})-[r:SENT_BY|SENT_TO {sourceDocument: id}]->(b:Body)
  WITH DISTINCT d, b, CASE type(r) WHEN "SENT_BY" THEN "sent" ELSE "received" END AS direction
  WITH b.id + "|" + direction + "|" + coalesce(d.access, "public") AS key, count(*) AS n, collect(d.id) AS gone
  MATCH (s:BodyRecent {key: key})
  SET s.documents = s.documents - n
  WITH s, s.key AS key, s.documents > 0 AND any(x IN gone WHERE x IN s.recent) AS stale
  CALL (s) {
    WITH s WHERE s.documents <= 0
    DELETE s
  }
  WITH key WHERE stale
  RETURN collect(key) AS staleRecent
}
RETURN stale, staleTotals, staleRecent
