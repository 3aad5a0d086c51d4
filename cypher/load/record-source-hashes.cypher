// The new source hash of statements found unchanged (same write hash) though read from a file
// whose source hash changed: a new version of the extractor that reads them the same way, or the
// same bytes under the same name in another folder. Next time the file is found without being
// read. Only the hash changes, and only while the statement is still the one the hash was read
// for; nothing an answer shows, so the graph's version stays.
// Parameters: $rows  [{id, writeHash, sourceHash}]
UNWIND $rows AS row
MATCH (d:LiaisonStatement {id: row.id})
WHERE d.writeHash = row.writeHash
SET d.sourceHash = row.sourceHash
RETURN count(d) AS recorded
