// Node and relationship totals and the liaison statements among them, from the count store.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (d:LiaisonStatement) RETURN count(d) AS statements }
RETURN nodes, relationships, statements
