// The write hashes of liaison statements already in the graph, read once for a whole batch: a
// document whose hash is unchanged is not written again. null for one only referred to (a stub),
// no row for one the graph does not hold. With its source hash (null when it has none), so that
// an unchanged document read from a file whose source hash changed keeps the new one.
// Parameters: $ids  the liaison statement ids
UNWIND $ids AS id
MATCH (d:LiaisonStatement {id: id})
RETURN d.id AS id, d.writeHash AS hash, d.sourceHash AS sourceHash
