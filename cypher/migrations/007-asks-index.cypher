// ASKS (a liaison statement asks a body to comment, consider, review, ...) is document-derived:
// found by sourceDocument when its document changes, like every type of DOCUMENT_RELATION_TYPES.
// The deadline and date of statements are compared when looking for overdue requests.
CREATE INDEX asks_source IF NOT EXISTS FOR ()-[r:ASKS]-() ON (r.sourceDocument);
