// Records the fingerprint the summaries were just rebuilt from. `:SummaryState` is not `:Summary`
// (a rebuild deletes those) nor `:Entity` (analytics never meet it).
// Parameters: $fingerprint
MERGE (s:SummaryState {id: "summaries"})
SET s.fingerprint = $fingerprint, s.rebuiltAt = datetime()
