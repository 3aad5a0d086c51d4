// Awaiting reply: requests no reply has answered yet. A statement asks an addressee when it is
// SENT_TO it for ACTION or COMMENT, or when a sentence ASKS it to comment, consider, review, ...
// It is answered when a statement SENT_BY that addressee (or a group within it, or the body it is
// part of) REPLIES_TO it, dated on or after it and on or before $asOf (an undated reply counts).
// Only documents the reader may see count, on both sides. Stubs (statements known only from a
// citation) have no sender and never appear.
// Parameters:
//   $asOf         the day to judge on (ISO 8601 yyyy-mm-dd): requests dated after it are left out
//                 (one dated only by its study period counts from the period's first year), replies
//                 dated after it do not count yet
//   $body         only requests this body sent or was asked (its id); null for all
//   $overdueOnly  true: only requests whose deadline is before $asOf
//   $limit        at most this many rows (1-500)
//   $access       the access levels the reader may see: ["public"], or ["public", "restricted"] for a member
// Rows: most overdue first, then those still in time (nearest deadline first), then those without
// a deadline (oldest first). daysOverdue: days from the deadline to $asOf (negative: days left).
// In Neo4j Browser:
//   :param asOf => "2019-06-30"
//   :param body => null
//   :param overdueOnly => false
//   :param limit => 100
//   :param access => ["public", "restricted"]
MATCH (d:LiaisonStatement)
WHERE coalesce(d.access, "public") IN $access
  // A statement dated only by its study period counts from the period's first year.
  AND (d.date <= $asOf OR (d.date IS NULL AND left(d.studyPeriod, 4) <= left($asOf, 4)))
CALL (d) {
  MATCH (d)-[s:SENT_TO]->(b:Body)
  WHERE s.purpose IN ["ACTION", "COMMENT"]
  RETURN b, s.purpose AS purpose, null AS action, s.evidence AS evidence
  UNION
  MATCH (d)-[a:ASKS]->(b:Body)
  RETURN b, null AS purpose, a.action AS action, a.evidence AS evidence
}
// The sentence that asks says more than the header line that addresses.
WITH d, b, collect(purpose)[0] AS purpose, collect(DISTINCT action) AS actions,
     coalesce(collect(CASE WHEN action IS NOT NULL THEN evidence END)[0], collect(evidence)[0]) AS evidence
WHERE NOT (d)-[:SENT_BY]->(b)
  AND ($body IS NULL OR b.id = $body OR EXISTS { (d)-[:SENT_BY]->(:Body {id: $body}) })
  AND NOT EXISTS {
    MATCH (r:LiaisonStatement)-[:REPLIES_TO]->(d)
    WHERE coalesce(r.access, "public") IN $access
      AND (r.date IS NULL OR ((d.date IS NULL OR r.date >= left(d.date, size(r.date))) AND r.date <= $asOf))
      AND EXISTS {
        MATCH (r)-[:SENT_BY]->(sender:Body)
        WHERE sender = b OR EXISTS { (sender)-[:PART_OF*1..2]->(b) } OR EXISTS { (b)-[:PART_OF*1..2]->(sender) }
      }
  }
WITH d, b, purpose, actions, evidence,
     CASE WHEN d.deadline =~ "\\d{4}-\\d{2}-\\d{2}" THEN duration.inDays(date(d.deadline), date($asOf)).days END AS daysOverdue,
     CASE WHEN d.date =~ "\\d{4}-\\d{2}-\\d{2}" THEN duration.inDays(date(d.date), date($asOf)).days END AS daysWaiting
WHERE NOT $overdueOnly OR daysOverdue > 0
CALL (d) {
  MATCH (d)-[:SENT_BY]->(s:Body)
  WITH s ORDER BY s.id
  RETURN collect({type: [l IN labels(s) WHERE NOT l IN ["Entity", "Body"]][0], id: s.id, name: coalesce(s.name, s.id)}) AS senders
}
RETURN {id: d.id, title: coalesce(d.title, d.name, d.id), date: d.date, deadline: d.deadline} AS statement,
       senders AS sentBy,
       {type: [l IN labels(b) WHERE NOT l IN ["Entity", "Body"]][0], id: b.id, name: coalesce(b.name, b.id)} AS addressee,
       purpose,
       actions,
       evidence,
       daysOverdue,
       daysWaiting
ORDER BY CASE WHEN daysOverdue > 0 THEN 0 WHEN daysOverdue IS NOT NULL THEN 1 ELSE 2 END,
         CASE WHEN daysOverdue IS NULL THEN 0 ELSE -daysOverdue END,
         d.date, d.id, b.id
LIMIT $limit
