// One full-text index over every kind of node's names, titles, aliases and abstracts: it backs the
// API's cross-type `search` query (ranked, typed hits).
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:StudyGroup|AdvisoryGroup|FocusGroup|Question|WorkingParty|Organization|Topic|Resolution|Recommendation|Report|Workshop|LiaisonStatement)
ON EACH [n.id, n.name, n.title, n.acronym, n.aliases, n.abstract, n.description];

// Per-type indexes used by the @fulltext directive of the GraphQL schema.
CREATE FULLTEXT INDEX liaison_statement_text IF NOT EXISTS
FOR (n:LiaisonStatement) ON EACH [n.title, n.abstract, n.text];
CREATE FULLTEXT INDEX topic_text IF NOT EXISTS
FOR (n:Topic) ON EACH [n.name, n.aliases];
