// Watch rules (cypher/watch): one per watched topic, body or Recommendation, found by id or name.
// `:Watch` is not `:Entity`, so analysts' views, search and analytics never meet them.
CREATE CONSTRAINT watch_id IF NOT EXISTS FOR (w:Watch) REQUIRE w.id IS UNIQUE;
CREATE CONSTRAINT watch_name IF NOT EXISTS FOR (w:Watch) REQUIRE w.name IS UNIQUE;
// newSince pages statements by when the graph received them.
CREATE INDEX statement_ingested_at IF NOT EXISTS FOR (s:LiaisonStatement) ON (s.ingestedAt);
