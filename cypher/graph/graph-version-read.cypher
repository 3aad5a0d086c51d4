// The graph's version (graph-version-bump.cypher); 0 for a graph no write has counted yet.
OPTIONAL MATCH (v:GraphVersion {id: "graph"})
RETURN coalesce(v.version, 0) AS version
