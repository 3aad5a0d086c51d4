// The liaison statement's own relations, found by sourceDocument like the others when the document
// changes or is removed: with these, every type of DOCUMENT_RELATION_TYPES (src/model/node-types.ts)
// has its index, which a test checks against that list.
CREATE INDEX sent_by_source IF NOT EXISTS FOR ()-[r:SENT_BY]-() ON (r.sourceDocument);
CREATE INDEX sent_to_source IF NOT EXISTS FOR ()-[r:SENT_TO]-() ON (r.sourceDocument);
CREATE INDEX copied_to_source IF NOT EXISTS FOR ()-[r:COPIED_TO]-() ON (r.sourceDocument);
CREATE INDEX references_source IF NOT EXISTS FOR ()-[r:REFERENCES]-() ON (r.sourceDocument);
CREATE INDEX mentions_source IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.sourceDocument);
CREATE INDEX replies_to_source IF NOT EXISTS FOR ()-[r:REPLIES_TO]-() ON (r.sourceDocument);
