// Liaison flows: how many liaison statements went from each body to each other body (SENT_TO and
// COPIED_TO), for a heat map; only the busiest bodies are kept, with the flows among them.
// Parameters:
//   $studyPeriod  only documents of this study period, e.g. "2017-2020"; null for all
//   $fromDate     only documents dated on or after it (ISO 8601: 2017, 2017-05 or 2017-05-01);
//                 null for no bound
//   $toDate       only documents dated on or before it (a partial date covers its whole year or
//                 month); null for no bound
//   $limit        how many bodies, busiest (sent + received) first (1-100)
//   $access       the access levels the reader may see: ["public"], or ["public", "restricted"] for a member
// A document without a date but with a study period counts within a date range when its study
// period overlaps the range's years (it may fall in it), and is counted again in
// datedByStudyPeriod; one with neither counts only when no date bound is given.
// In Neo4j Browser:
//   :param studyPeriod => "2017-2020"
//   :param fromDate => null
//   :param toDate => null
//   :param limit => 30
//   :param access => ["public", "restricted"]
// Without a date bound the busiest bodies come from the loader-kept BodyTraffic summaries (one
// node per body, access level and study period) and the counts from the BodyFlow summaries between
// them only (one node per sender, recipient, access level and study period), so the cost follows
// the number of bodies shown, not of documents. A date range reads the documents in it through the
// date index and ranks the bodies from their flows.
CALL () {
  WITH 1 AS guard WHERE $fromDate IS NULL AND $toDate IS NULL
  CALL () {
    MATCH (t:BodyTraffic)
    WHERE t.access IN $access AND ($studyPeriod IS NULL OR t.studyPeriod = $studyPeriod)
    WITH t.body AS id, sum(t.flows) AS traffic
    ORDER BY traffic DESC, id
    LIMIT $limit
    RETURN collect(id) AS kept
  }
  CALL (kept) {
    UNWIND kept AS from
    UNWIND kept AS to
    MATCH (f:BodyFlow {from: from, to: to})
    WHERE f.access IN $access AND ($studyPeriod IS NULL OR f.studyPeriod = $studyPeriod)
    WITH from, to, sum(f.documents) AS count
    ORDER BY count DESC, from, to
    RETURN collect({from: from, to: to, count: count, datedByStudyPeriod: 0}) AS flows
  }
  RETURN kept, flows
  UNION ALL
  WITH 1 AS guard WHERE $fromDate IS NOT NULL OR $toDate IS NOT NULL
  CALL () {
    // Each branch runs only when its guard holds, so the one that runs can use its index.
    WITH 1 AS guard WHERE $studyPeriod IS NOT NULL
    MATCH (d:LiaisonStatement {studyPeriod: $studyPeriod})
    WHERE (d.date >= coalesce($fromDate, "")
           OR (d.date IS NULL AND toInteger(right(d.studyPeriod, 4)) >= toInteger(left(coalesce($fromDate, "0000"), 4))))
      AND (d.date < coalesce($toDate, "9999") + "~"
           OR (d.date IS NULL AND toInteger(left(d.studyPeriod, 4)) <= toInteger(left(coalesce($toDate, "9999"), 4))))
      AND coalesce(d.access, "public") IN $access
    RETURN d
    UNION ALL
    WITH 1 AS guard WHERE $studyPeriod IS NULL
    MATCH (d:LiaisonStatement)
    // "~" sorts after every character of an ISO date, so "2017" + "~" bounds all of 2017.
    WHERE d.date >= coalesce($fromDate, "") AND d.date < coalesce($toDate, "9999") + "~"
      AND coalesce(d.access, "public") IN $access
    RETURN d
    UNION ALL
    // Dated only by a study period ("2017-2020"): kept when those years overlap the range's.
    WITH 1 AS guard WHERE $studyPeriod IS NULL
    MATCH (d:LiaisonStatement)
    WHERE d.date IS NULL AND d.studyPeriod IS NOT NULL
      AND toInteger(right(d.studyPeriod, 4)) >= toInteger(left(coalesce($fromDate, "0000"), 4))
      AND toInteger(left(d.studyPeriod, 4)) <= toInteger(left(coalesce($toDate, "9999"), 4))
      AND coalesce(d.access, "public") IN $access
    RETURN d
  }
  MATCH (d)-[:SENT_BY]->(sender:Body)
  MATCH (d)-[:SENT_TO|COPIED_TO]->(recipient:Body)
  WHERE recipient <> sender
  WITH sender.id AS from, recipient.id AS to, count(DISTINCT d) AS count,
       count(DISTINCT CASE WHEN d.date IS NULL THEN d END) AS datedByStudyPeriod
  ORDER BY count DESC, from, to
  WITH collect({from: from, to: to, count: count, datedByStudyPeriod: datedByStudyPeriod}) AS counted
  CALL (counted) {
    UNWIND counted AS flow
    UNWIND [flow.from, flow.to] AS id
    WITH id, sum(flow.count) AS traffic
    ORDER BY traffic DESC, id
    LIMIT $limit
    RETURN collect(id) AS kept
  }
  RETURN kept, [flow IN counted WHERE flow.from IN kept AND flow.to IN kept] AS flows
}
CALL (kept) {
  UNWIND range(0, size(kept) - 1) AS rank
  MATCH (b:Body {id: kept[rank]})
  WITH b ORDER BY rank
  RETURN collect({
    type: [l IN labels(b) WHERE NOT l IN ["Entity", "Body"]][0], id: b.id, name: coalesce(b.name, b.id)
  }) AS bodies
}
WITH bodies, [b IN bodies | b.id] AS shown, flows
RETURN bodies,
       [flow IN flows WHERE flow.from IN shown AND flow.to IN shown] AS flows
