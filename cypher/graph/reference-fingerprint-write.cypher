// Records that the reference data with this fingerprint is loaded. One small node outside the data
// graph (no :Entity label), like the migration ledger.
// Parameters: $fingerprint  sha256 of the reference files, hex
MERGE (s:ReferenceGraphState {id: "reference-graph"})
SET s.fingerprint = $fingerprint, s.loadedAt = datetime()
