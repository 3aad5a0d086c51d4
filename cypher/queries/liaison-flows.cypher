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
// the number of bodies shown, not of documents. A date range adds up the BodyFlowDate summaries
// (dated documents per sender, recipient, access level, study period and year or month) of the
// whole years and months in it, reads only the documents of the days at its ends through the date
// index, adds the undated flows (BodyFlowDate span "undated", kept only for pairs that have any) of
// the study periods overlapping it, and ranks the bodies from the flows so counted.
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
  // The range, as inclusive prefixes of ISO dates: a date d is in it when lo <= d < hi + "~" ("~"
  // sorts after every character of an ISO date, so "2017" + "~" bounds all of 2017). It is cut
  // into whole years, whole months and the days left over at its ends: each segment a range of
  // BodyFlowDate buckets (span "year" or "month") or of dates ("day", read from the documents).
  // At each level the whole buckets are those from the bound's own (a prefix no longer than the
  // bucket) or the one after it, to the upper bound's own or the one before it; what is left at
  // either end goes one level down.
  CALL () {
    WITH coalesce($fromDate, "") AS lo, coalesce($toDate, "9999") AS hi
    WITH lo, hi,
         CASE WHEN size(lo) <= 4 THEN lo ELSE left(lo, 4) + "~" END AS a,
         CASE WHEN size(hi) <= 4 THEN hi + "~" ELSE left(hi, 4) END AS b
    WITH CASE WHEN a < b THEN [{span: "year", from: a, to: b}] ELSE [] END AS years,
         CASE WHEN a < b
           THEN [p IN [[lo, left(lo, 4), size(lo) > 4], [left(hi, 4), hi, size(hi) > 4]] WHERE p[2] | p[..2]]
           ELSE [[lo, hi]] END AS rest
    WITH years, [p IN rest | {lo: p[0], hi: p[1],
                              a: CASE WHEN size(p[0]) <= 7 THEN p[0] ELSE left(p[0], 7) + "~" END,
                              b: CASE WHEN size(p[1]) <= 7 THEN p[1] + "~" ELSE left(p[1], 7) END}] AS rest
    RETURN years
           + [p IN rest WHERE p.a < p.b | {span: "month", from: p.a, to: p.b}]
           + reduce(days = [], p IN rest | days + CASE WHEN p.a < p.b
               THEN [q IN [[p.lo, left(p.lo, 7), size(p.lo) > 7], [left(p.hi, 7), p.hi, size(p.hi) > 7]] WHERE q[2]
                     | {span: "day", from: q[0], to: q[1] + "~"}]
               ELSE [{span: "day", from: p.lo, to: p.hi + "~"}] END) AS segments
  }
  CALL (segments) {
    UNWIND [s IN segments WHERE s.span <> "day"] AS segment
    // From the index of migration 015 alone: only the reader's levels and the range's buckets are
    // read, each with the values the count needs, and no summary node is (the index on span and
    // bucket read every level's summaries, then each node's properties: 5x the db hits). Neo4j
    // takes a composite index only with a predicate on each of its properties, hence IS NOT NULL.
    MATCH (f:BodyFlowDate {span: segment.span})
    USING INDEX f:BodyFlowDate(span, access, bucket, studyPeriod, from, to, documents)
    WHERE f.access IN $access AND f.bucket >= segment.from AND f.bucket < segment.to
      AND f.studyPeriod IS NOT NULL AND f.from IS NOT NULL AND f.to IS NOT NULL AND f.documents IS NOT NULL
      AND ($studyPeriod IS NULL OR f.studyPeriod = $studyPeriod)
    RETURN f.from AS from, f.to AS to, f.documents AS count, 0 AS undated
    UNION ALL
    UNWIND [s IN segments WHERE s.span = "day"] AS segment
    MATCH (d:LiaisonStatement)
    WHERE d.date >= segment.from AND d.date < segment.to
      AND coalesce(d.access, "public") IN $access AND ($studyPeriod IS NULL OR d.studyPeriod = $studyPeriod)
    // The document's own relations, as the summaries count them.
    MATCH (d)-[sent:SENT_BY]->(sender:Body)
    WHERE sent.sourceDocument = d.id
    MATCH (d)-[addressed:SENT_TO|COPIED_TO]->(recipient:Body)
    WHERE addressed.sourceDocument = d.id AND recipient <> sender
    WITH DISTINCT d, sender, recipient
    RETURN sender.id AS from, recipient.id AS to, 1 AS count, 0 AS undated
    UNION ALL
    // Dated only by a study period ("2017-2020"): kept when those years overlap the range's (an
    // undated flow without a study period, "", overlaps nothing: toInteger("") is null).
    // The same index, read only up to the study periods that start in the range's last year or
    // before ("2019~" bounds every "2019-..."), the overlap then checked on the index's values.
    MATCH (f:BodyFlowDate {span: "undated", bucket: ""})
    USING INDEX f:BodyFlowDate(span, access, bucket, studyPeriod, from, to, documents)
    WHERE f.access IN $access AND f.studyPeriod < left(coalesce($toDate, "9999"), 4) + "~"
      AND f.from IS NOT NULL AND f.to IS NOT NULL AND f.documents IS NOT NULL
      AND ($studyPeriod IS NULL OR f.studyPeriod = $studyPeriod)
      AND toInteger(right(f.studyPeriod, 4)) >= toInteger(left(coalesce($fromDate, "0000"), 4))
      AND toInteger(left(f.studyPeriod, 4)) <= toInteger(left(coalesce($toDate, "9999"), 4))
    RETURN f.from AS from, f.to AS to, f.documents AS count, f.documents AS undated
  }
  WITH from, to, sum(count) AS count, sum(undated) AS datedByStudyPeriod
  // The bodies are ranked from the pair rows themselves, and each pair is kept in its sender's row
  // only, so what is held grows with the pairs in the range. A list of all the pairs carried into
  // a subquery that sorts or keeps the top rows (ORDER BY, LIMIT) is counted against the
  // transaction's memory once per row held: 660 MB for an open range at 100k documents.
  UNWIND [true, false] AS sending
  WITH CASE WHEN sending THEN from ELSE to END AS id, sum(count) AS traffic,
       collect(CASE WHEN sending THEN {from: from, to: to, count: count, datedByStudyPeriod: datedByStudyPeriod} END) AS sent
  ORDER BY traffic DESC, id
  LIMIT $limit
  WITH collect(id) AS kept, collect(sent) AS sent
  WITH kept, reduce(among = [], flows IN sent | among + [flow IN flows WHERE flow.to IN kept]) AS among
  // Both lists in their order, without carrying either into the sort: one row per body (by rank)
  // and one per flow (most documents first), and an aggregation that keeps only the row's own
  // body or flow before sorting. Carrying the lists would count them once per row again.
  UNWIND range(0, size(kept) + size(among) - 1) AS i
  WITH i, CASE WHEN i < size(kept) THEN kept[i] END AS body,
       CASE WHEN i >= size(kept) THEN among[i - size(kept)] END AS flow
  WITH i, body, flow, count(*) AS once
  ORDER BY body IS NULL, CASE WHEN body IS NOT NULL THEN i END, flow.count DESC, flow.from, flow.to
  RETURN collect(body) AS kept, collect(flow) AS flows
}
// Looked up together and put back in rank order by the list, not by a sort whose rows would each
// carry the list of ids.
CALL (kept) {
  MATCH (b:Body) WHERE b.id IN kept
  RETURN collect(b) AS found
}
WITH [id IN kept | head([b IN found WHERE b.id = id])] AS found, flows
WITH [b IN found WHERE b IS NOT NULL | {
  type: [l IN labels(b) WHERE NOT l IN ["Entity", "Body"]][0], id: b.id, name: coalesce(b.name, b.id)
}] AS bodies, flows
WITH bodies, [b IN bodies | b.id] AS shown, flows
RETURN bodies,
       [flow IN flows WHERE flow.from IN shown AND flow.to IN shown] AS flows
