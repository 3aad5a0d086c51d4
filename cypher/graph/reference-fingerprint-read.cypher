// The fingerprint of the reference data (cypher/reference, its files and bodies/*.json) as it was
// last loaded into this database, or no row when it never was (a new or emptied database).
MATCH (s:ReferenceGraphState {id: "reference-graph"})
RETURN s.fingerprint AS fingerprint
