// Empties the bench database, step 1: relationships first, in small transactions, so that no
// batch has to detach a body or topic holding thousands of them.
MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
