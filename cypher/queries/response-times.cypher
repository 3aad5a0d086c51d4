// Response times: for each ordered pair of bodies (asker -> addressee), how many requests the
// asker sent (SENT_TO for ACTION or COMMENT, or a sentence that ASKS the addressee), how many the
// addressee answered (a statement SENT_BY it, or a group within it, or the body it is part of,
// that REPLIES_TO the request, dated on or after it), and how many days the first reply took.
// Days are counted between full dates only; an answered request with a partial or missing date
// counts as answered without a number of days. Only documents the reader may see count.
// Parameters:
//   $studyPeriod  only requests of this study period, e.g. "2017-2020"; null for all
//   $fromDate     only requests dated on or after it (ISO 8601: 2017, 2017-05 or 2017-05-01); null for no bound
//   $toDate       only requests dated on or before it (a partial date covers its whole year or month); null for no bound
//   $access       the access levels the reader may see: ["public"], or ["public", "restricted"] for a member
// Undated requests count only when no date bound is given.
// In Neo4j Browser:
//   :param studyPeriod => null
//   :param fromDate => null
//   :param toDate => null
//   :param access => ["public", "restricted"]
MATCH (d:LiaisonStatement)
WHERE coalesce(d.access, "public") IN $access
  AND ($studyPeriod IS NULL OR d.studyPeriod = $studyPeriod)
  AND ($fromDate IS NULL OR d.date >= $fromDate)
  // "~" sorts after every character of an ISO date, so "2017" + "~" bounds all of 2017.
  AND ($toDate IS NULL OR d.date < $toDate + "~")
CALL (d) {
  MATCH (d)-[s:SENT_TO]->(b:Body)
  WHERE s.purpose IN ["ACTION", "COMMENT"]
  RETURN b
  UNION
  MATCH (d)-[:ASKS]->(b:Body)
  RETURN b
}
MATCH (d)-[:SENT_BY]->(asker:Body)
WHERE asker <> b
WITH d, asker, b,
     COLLECT {
       MATCH (r:LiaisonStatement)-[:REPLIES_TO]->(d)
       WHERE coalesce(r.access, "public") IN $access
         AND (r.date IS NULL OR d.date IS NULL OR r.date >= left(d.date, size(r.date)))
         AND EXISTS {
           MATCH (r)-[:SENT_BY]->(sender:Body)
           WHERE sender = b OR EXISTS { (sender)-[:PART_OF*1..2]->(b) } OR EXISTS { (b)-[:PART_OF*1..2]->(sender) }
         }
       RETURN r.date AS replied
       ORDER BY replied
     } AS replies
WITH asker, b, d, size(replies) > 0 AS answered,
     [day IN replies WHERE day =~ "\\d{4}-\\d{2}-\\d{2}"][0] AS firstReply
WITH asker, b, answered,
     CASE WHEN firstReply IS NOT NULL AND d.date =~ "\\d{4}-\\d{2}-\\d{2}"
          THEN duration.inDays(date(d.date), date(firstReply)).days END AS days
WITH asker, b, count(*) AS asked, count(CASE WHEN answered THEN 1 END) AS answeredCount,
     percentileCont(days, 0.5) AS medianDays, percentileCont(days, 0.9) AS p90Days, count(days) AS timed
RETURN {type: [l IN labels(asker) WHERE NOT l IN ["Entity", "Body"]][0], id: asker.id, name: coalesce(asker.name, asker.id)} AS from,
       {type: [l IN labels(b) WHERE NOT l IN ["Entity", "Body"]][0], id: b.id, name: coalesce(b.name, b.id)} AS to,
       asked,
       answeredCount AS answered,
       toFloat(answeredCount) / asked AS shareAnswered,
       CASE WHEN timed > 0 THEN medianDays END AS medianDays,
       CASE WHEN timed > 0 THEN p90Days END AS p90Days
ORDER BY asked DESC, from.id, to.id
