// Canonical ids are unique across the whole graph: every node carries :Entity and an id.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// One uniqueness constraint per type label as well: the GraphQL API matches on the type label,
// and each constraint gives that match its index.
CREATE CONSTRAINT study_group_id IF NOT EXISTS FOR (n:StudyGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT advisory_group_id IF NOT EXISTS FOR (n:AdvisoryGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT focus_group_id IF NOT EXISTS FOR (n:FocusGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT question_id IF NOT EXISTS FOR (n:Question) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT working_party_id IF NOT EXISTS FOR (n:WorkingParty) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT resolution_id IF NOT EXISTS FOR (n:Resolution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT recommendation_id IF NOT EXISTS FOR (n:Recommendation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT workshop_id IF NOT EXISTS FOR (n:Workshop) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT liaison_statement_id IF NOT EXISTS FOR (n:LiaisonStatement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT study_period_id IF NOT EXISTS FOR (n:StudyPeriod) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT body_id IF NOT EXISTS FOR (n:Body) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (n:SchemaMigration) REQUIRE n.version IS UNIQUE;
