// liaisonFlows over a date range reads BodyFlowDate summaries from this index alone: equality on
// span and access level, a range of buckets (or, for undated flows, bucket "" and a range of study
// periods), and the values it adds up taken from the index, so neither a summary of a level the
// reader may not see nor any summary node is read (5x fewer db hits than the span-and-bucket index
// and a filter, measured at 100,000 documents).
CREATE INDEX body_flow_date_range IF NOT EXISTS FOR (f:BodyFlowDate) ON (f.span, f.access, f.bucket, f.studyPeriod, f.from, f.to, f.documents);
