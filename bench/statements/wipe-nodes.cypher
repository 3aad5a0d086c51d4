// Empties the bench database, step 2: the nodes, now without relationships.
MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS
