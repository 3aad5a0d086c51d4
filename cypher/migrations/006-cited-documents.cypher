// Standards of other bodies and meeting documents that liaison statements cite, as their own
// node types: one uniqueness constraint each, and both in the cross-type full-text index (a
// full-text index cannot gain a label in place, so it is dropped and created again).
CREATE CONSTRAINT specification_id IF NOT EXISTS FOR (n:Specification) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
DROP INDEX entity_text IF EXISTS;
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:StudyGroup|AdvisoryGroup|FocusGroup|Question|WorkingParty|Organization|Topic|Resolution|Recommendation|Specification|Document|Report|Workshop|LiaisonStatement)
ON EACH [n.id, n.name, n.title, n.acronym, n.aliases, n.abstract, n.description];

// Restricted documents are filtered by this property in every query.
CREATE INDEX liaison_statement_access IF NOT EXISTS FOR (n:LiaisonStatement) ON (n.access);
