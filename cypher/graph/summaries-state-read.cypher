// What the loader's summaries were last rebuilt from (src/load/summaries-state.ts): a fingerprint
// of their statements and of the reference data (the topic hierarchy they roll up). null when no
// rebuild has been recorded.
OPTIONAL MATCH (s:SummaryState {id: "summaries"})
RETURN s.fingerprint AS fingerprint
