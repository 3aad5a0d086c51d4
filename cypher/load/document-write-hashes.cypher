// The write hashes of liaison statements already in the graph, read once for a whole batch: a
// document whose hash is unchanged is not written again. null for one only referred to (a stub),
// no row for one the graph does not hold.
// Parameters: $ids  the liaison statement ids
UNWIND $ids AS id
MATCH (d:LiaisonStatement {id: id})
RETURN d.id AS id, d.writeHash AS hash
