// The liaison statements already written from these source hashes (src/load/source-hash.ts),
// read before their files are: a file whose hash is here is unchanged, and is not read again.
// Only a written statement counts (a stub, known only because documents refer to it, has no
// writeHash and never a sourceHash of its own). The fields are what the run reports of it.
// Parameters: $hashes  the source hashes of a batch of files
UNWIND $hashes AS hash
MATCH (d:LiaisonStatement {sourceHash: hash})
WHERE d.writeHash IS NOT NULL
RETURN hash, d {.id, .title, .date, .deadline, .studyPeriod, .purpose, .url, .access, .contentHash, .format} AS document
