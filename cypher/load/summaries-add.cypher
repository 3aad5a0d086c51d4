// Summaries, second half: adds what liaison statements contribute, once they are written. Two
// kinds of `:Summary` node, never `:Entity` (so the API's types, search and traversals never meet
// them), one per key:
//   (:Summary:BodyTopic {key, body, topic, access, studyPeriod, documents, firstDate, lastDate})
//     documents that `body` sent (SENT_BY) and that MENTION `topic`, with the earliest and latest
//     document date among them
//   (:Summary:BodyFlow {key, from, to, access, studyPeriod, documents, dated})
//     documents `from` sent to `to` (SENT_TO or COPIED_TO, counted once), and how many of them carry a date
// `access` is the documents' level ("public" when unset), `studyPeriod` theirs ("" when unknown),
// so a reader's filter on both is a filter on the summaries. `npm run summaries` (standards-graph
// summaries rebuild) deletes them all and runs this statement over every liaison statement: the
// result must equal what the loader kept up to date (tested).
// Parameters: $ids    the liaison statements just written (removed ones simply match nothing)
//             $stale  BodyTopic keys whose dates summaries-subtract could not keep
CALL () {
  UNWIND $ids AS id
  MATCH (d:LiaisonStatement {id: id})-[:SENT_BY {sourceDocument: id}]->(b:Body)
  MATCH (d)-[:MENTIONS {sourceDocument: id}]->(t:Topic)
  WITH DISTINCT d, b, t
  WITH b, t, coalesce(d.access, "public") AS access, coalesce(d.studyPeriod, "") AS period,
       count(*) AS n, min(d.date) AS first, max(d.date) AS last
  MERGE (s:Summary:BodyTopic {key: b.id + "|" + t.id + "|" + access + "|" + period})
    ON CREATE SET s.body = b.id, s.topic = t.id, s.access = access, s.studyPeriod = period, s.documents = 0
  SET s.documents = s.documents + n,
      s.firstDate = CASE WHEN s.firstDate IS NULL OR first < s.firstDate THEN first ELSE s.firstDate END,
      s.lastDate = CASE WHEN s.lastDate IS NULL OR last > s.lastDate THEN last ELSE s.lastDate END
  RETURN count(*) AS topics
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
// A stale summary's dates, read again from the documents it counts.
CALL () {
  UNWIND $stale AS key
  MATCH (s:BodyTopic {key: key})
  CALL (s) {
    MATCH (:Body {id: s.body})<-[sent:SENT_BY]-(d:LiaisonStatement)-[m:MENTIONS]->(:Topic {id: s.topic})
    WHERE sent.sourceDocument = d.id AND m.sourceDocument = d.id
      AND coalesce(d.access, "public") = s.access AND coalesce(d.studyPeriod, "") = s.studyPeriod
    RETURN min(d.date) AS first, max(d.date) AS last
  }
  SET s.firstDate = first, s.lastDate = last
  RETURN count(*) AS refreshed
}
RETURN topics, flows, refreshed
