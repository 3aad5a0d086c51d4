// Removes the ingestion benchmark's baseline documents (written by ingestion-raw-unwind.cypher),
// with their relationships. They never entered the summaries, so they leave without the loader.
// Parameters: $ids  the baseline documents' ids
UNWIND $ids AS id
MATCH (d:LiaisonStatement {id: id})
DETACH DELETE d
RETURN count(*) AS removed
