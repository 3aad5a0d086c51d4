// The write hash of a liaison statement already in the graph: null for one only referred to.
// Parameters: $id  the liaison statement id
MATCH (d:LiaisonStatement {id: $id})
RETURN d.writeHash AS hash
