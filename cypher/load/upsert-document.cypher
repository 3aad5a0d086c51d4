// The liaison statement node: the document owns all of its properties, so they are replaced,
// not merged (a field removed from the document disappears from the node). ingestedAt: when the
// graph last received a new version (newSince pages by it).
// Parameters: $document  map of the node's properties, including id
MERGE (d:Entity {id: $document.id})
SET d = $document, d:LiaisonStatement, d.ingestedAt = datetime()
RETURN d.id AS id
