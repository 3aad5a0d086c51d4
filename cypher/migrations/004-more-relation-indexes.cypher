// Relations a document may evidence between two other nodes, found again by sourceDocument when
// that document changes.
CREATE INDEX responsible_for_source IF NOT EXISTS FOR ()-[r:RESPONSIBLE_FOR]-() ON (r.sourceDocument);
CREATE INDEX collaborates_with_source IF NOT EXISTS FOR ()-[r:COLLABORATES_WITH]-() ON (r.sourceDocument);
CREATE INDEX entity_first_seen_in IF NOT EXISTS FOR (n:Entity) ON (n.firstSeenIn);
