// Document timeline: liaison statements sent per body per period, one time series per body.
// Parameters:
//   $bodies       the bodies to show, in that order, e.g. ["ITU-T SG17", "ITU-T TSAG"];
//                 null for the busiest senders
//   $granularity  "YEAR" (by date; undated documents are left out) or "STUDY_PERIOD"
//   $limit        without $bodies: how many of the busiest senders (1-100)
//   $access       the access levels the reader may see: ["public"], or ["public", "restricted"] for a member
// Periods in which a body sent nothing are left out of its series.
// In Neo4j Browser:
//   :param bodies => null
//   :param granularity => "STUDY_PERIOD"
//   :param limit => 10
//   :param access => ["public", "restricted"]
// Counts come from the loader-kept summaries: the busiest senders from BodyRecent (a body's total
// sent per access level), each series from BodyPeriod (one node per body, access level, study
// period and year), so the cost follows the bodies and periods, not the number of documents.
CALL () {
  // Each branch runs only when its guard holds.
  WITH 1 AS guard WHERE $bodies IS NOT NULL
  UNWIND range(0, size($bodies) - 1) AS rank
  MATCH (b:Body {id: $bodies[rank]})
  RETURN b, rank
  UNION ALL
  WITH 1 AS guard WHERE $bodies IS NULL
  // Ranked on each body's sent total (BodyRecent, one per body, direction and access level), not
  // on its counts per period and year, which multiply with the years the bodies are active in.
  MATCH (r:BodyRecent {direction: "sent"})
  // Only documents the reader may see count, so the ranking does not reveal the others.
  WHERE r.access IN $access
  WITH r.body AS id, sum(r.documents) AS sent
  MATCH (b:Body {id: id})
  WITH b, sent
  ORDER BY sent DESC, b.id
  LIMIT $limit
  WITH collect(b) AS busiest
  UNWIND range(0, size(busiest) - 1) AS rank
  RETURN busiest[rank] AS b, rank
}
CALL (b) {
  MATCH (p:BodyPeriod {body: b.id})
  WHERE p.access IN $access
  WITH CASE $granularity WHEN "STUDY_PERIOD" THEN p.studyPeriod ELSE p.year END AS period, p.documents AS documents
  WHERE period <> ""
  WITH period, sum(documents) AS count
  ORDER BY period
  RETURN collect({period: period, count: count}) AS points
}
RETURN {type: [l IN labels(b) WHERE NOT l IN ["Entity", "Body"]][0], id: b.id, name: coalesce(b.name, b.id)} AS body,
       points
ORDER BY rank
