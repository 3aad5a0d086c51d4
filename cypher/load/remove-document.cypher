// A liaison statement taken out of the graph, with every relationship it has (those other
// documents point at it go too). The relations it supported elsewhere and its orphans are removed
// by the statements that run with this one (src/load/remove-documents.ts).
// Parameters: $id  the liaison statement id
MATCH (d:LiaisonStatement {id: $id})
DETACH DELETE d
