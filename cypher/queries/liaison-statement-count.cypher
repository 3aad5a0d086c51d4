// Liaison statement count: how many statements the reader may see, without reading them. The
// total comes from Neo4j's count store; the statements of levels the reader may not see are
// counted by range seeks of the `access` index between the reader's levels (a public reader:
// those above and below "public"), so the cost depends on how many are hidden, not on the total.
// A statement without a level is public, as everywhere else (coalesce(access, "public")). The
// API's `liaisonStatementCount` runs this file with the reader's levels; it gives the same
// number as `liaisonStatementsConnection { aggregate { count { nodes } } }`.
// Parameters:
//   $access  the access levels the reader may see: ["public"], or ["public", "restricted"] for a member;
//            null counts every statement (the in-process API without access rules reads them all)
// In Neo4j Browser:
//   :param access => ["public"]
CALL () {
  MATCH (s:LiaisonStatement)
  RETURN count(s) AS total
}
CALL () {
  UNWIND coalesce($access, []) AS level
  WITH DISTINCT level
  ORDER BY level
  RETURN collect(level) AS levels
}
// Levels outside a public reader's lie in the gaps between its levels, sorted; a reader without
// the public level has no gaps to subtract (null bounds find nothing) and is counted below.
WITH total, levels, CASE WHEN "public" IN levels THEN levels ELSE [] END AS gaps
CALL (gaps) {
  MATCH (s:LiaisonStatement)
  WHERE s.access < gaps[0]
  RETURN count(s) AS hidden
  UNION ALL
  UNWIND range(1, size(gaps) - 1) AS i
  MATCH (s:LiaisonStatement)
  WHERE s.access > gaps[i - 1] AND s.access < gaps[i]
  RETURN count(s) AS hidden
  UNION ALL
  MATCH (s:LiaisonStatement)
  WHERE s.access > gaps[-1]
  RETURN count(s) AS hidden
}
WITH total, levels, sum(hidden) AS hidden
// A reader without the public level sees only the statements marked with one of its levels.
CALL (levels) {
  UNWIND CASE WHEN "public" IN levels THEN [] ELSE levels END AS level
  MATCH (s:LiaisonStatement {access: level})
  RETURN count(s) AS granted
}
RETURN CASE WHEN $access IS NULL THEN total WHEN "public" IN levels THEN total - hidden ELSE granted END AS count
