// The flows of a date range, a body's references and its newest documents, kept by the loader
// (cypher/load/summaries-add.cypher: BodyFlowDate, BodyReference, BodyRecent): one node per key,
// found by it on every write. A date range seeks the years or months in it (span, then a range of
// bucket); a body profile reads its references by body and its newest documents by key.
CREATE CONSTRAINT body_flow_date_key IF NOT EXISTS FOR (f:BodyFlowDate) REQUIRE f.key IS UNIQUE;
CREATE INDEX body_flow_date_bucket IF NOT EXISTS FOR (f:BodyFlowDate) ON (f.span, f.bucket);
CREATE CONSTRAINT body_reference_key IF NOT EXISTS FOR (r:BodyReference) REQUIRE r.key IS UNIQUE;
CREATE INDEX body_reference_body IF NOT EXISTS FOR (r:BodyReference) ON (r.body);
CREATE CONSTRAINT body_recent_key IF NOT EXISTS FOR (s:BodyRecent) REQUIRE s.key IS UNIQUE;
