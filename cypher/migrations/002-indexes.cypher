// Liaison statements are filtered and grouped by date and study period (flows, time series).
CREATE INDEX liaison_statement_date IF NOT EXISTS FOR (n:LiaisonStatement) ON (n.date);
CREATE INDEX liaison_statement_study_period IF NOT EXISTS FOR (n:LiaisonStatement) ON (n.studyPeriod);
CREATE INDEX focus_group_status IF NOT EXISTS FOR (n:FocusGroup) ON (n.status);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);

// Re-ingesting a changed document removes the relations it supported, found by sourceDocument.
CREATE INDEX proposes_source IF NOT EXISTS FOR ()-[r:PROPOSES]-() ON (r.sourceDocument);
CREATE INDEX considers_source IF NOT EXISTS FOR ()-[r:CONSIDERS]-() ON (r.sourceDocument);
CREATE INDEX under_auspices_of_source IF NOT EXISTS FOR ()-[r:UNDER_AUSPICES_OF]-() ON (r.sourceDocument);
CREATE INDEX organized_source IF NOT EXISTS FOR ()-[r:ORGANIZED]-() ON (r.sourceDocument);
CREATE INDEX published_source IF NOT EXISTS FOR ()-[r:PUBLISHED]-() ON (r.sourceDocument);
CREATE INDEX studies_source IF NOT EXISTS FOR ()-[r:STUDIES]-() ON (r.sourceDocument);
CREATE INDEX part_of_source IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.sourceDocument);
CREATE INDEX established_source IF NOT EXISTS FOR ()-[r:ESTABLISHED]-() ON (r.sourceDocument);
