// The hand-written count of the liaison statements a reader may see: the count store's total
// minus the restricted statements the reader may not see, found by a seek of the `access` index.
// Parameters: $access (the reader's levels, as the saved queries take them)
CALL () {
  MATCH (s:LiaisonStatement)
  RETURN count(s) AS total
}
CALL () {
  MATCH (s:LiaisonStatement {access: "restricted"})
  WHERE NOT "restricted" IN $access
  RETURN count(s) AS hidden
}
RETURN {liaisonStatementCount: total - hidden} AS data
