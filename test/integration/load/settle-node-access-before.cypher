// The statement as it was before writes were made conditional (kept for upsert-shape.test.ts,
// which checks that the loader still leaves the graph exactly as this one did).
// Who may see a node that documents introduced. A node is known from the documents that name it:
// when every relationship it has comes from restricted documents, readers below that level must
// not learn even that it exists (its name says what a restricted document is about), so it is
// marked `access: "restricted"`; as soon as the reference graph (a relationship without
// `sourceDocument`) or a public document names it, the mark goes. Run after each document's write
// and removal, in the same transaction, for the nodes that write touched. Reference nodes
// (`source`) and ingested documents (`writeHash`, which carry their own level) are left alone.
// Parameters: $ids  ids of the nodes the write named or stopped naming
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE n.source IS NULL AND n.writeHash IS NULL
WITH n,
     EXISTS {
       MATCH (n)-[r]-()
       WHERE r.sourceDocument IS NULL
          OR EXISTS { MATCH (d:LiaisonStatement {id: r.sourceDocument}) WHERE coalesce(d.access, "public") = "public" }
     } AS public,
     EXISTS { MATCH (n)-[]-() } AS named
SET n.access = CASE WHEN named AND NOT public THEN "restricted" ELSE null END
