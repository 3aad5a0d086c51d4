// Nodes left without any relationship once a document's relations are gone: those that documents
// created (the loader marks them with `firstSeenIn`) are removed, in the same transaction as the
// document's write, so junk a document once produced cannot outlive it and feed the gazetteer.
// Never removed: reference nodes (they carry `source`), ingested documents (`writeHash`), nodes
// the loader did not create, nodes that still have any relationship (another document or the
// reference graph still names them), and the nodes this write names again ($keep).
// A liaison statement known only as the target of this document's reference is removed too.
// Parameters: $candidates  ids of the nodes the removed relations linked to
//             $keep        ids of the nodes the new version of the document names
UNWIND $candidates AS id
MATCH (n:Entity {id: id})
WHERE NOT id IN $keep
  AND n.firstSeenIn IS NOT NULL
  AND n.source IS NULL
  AND n.writeHash IS NULL
  AND NOT EXISTS { (n)--() }
DELETE n
RETURN count(*) AS removed
