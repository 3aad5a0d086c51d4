// What the bench generated in this database, if anything: one bookkeeping node (never :Entity),
// and how many liaison statements the database holds now, to tell whether anything else wrote.
OPTIONAL MATCH (g:BenchGraph {id: "bench"})
CALL () { MATCH (d:LiaisonStatement) RETURN count(d) AS statements }
RETURN g {.documents, .seed, .batch, .steps, .statements, .reference} AS graph, statements
