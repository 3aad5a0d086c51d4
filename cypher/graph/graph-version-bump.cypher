// The graph's version: one counter that every write to the graph raises in its own transaction
// (a document's write or removal, the reference graph, migrations, watch rules, a summaries
// rebuild). The API keys its response cache on it, so an answer is reused only while the graph
// is the one it was computed from. `:GraphVersion` is not `:Entity`: analytics never meet it.
MERGE (v:GraphVersion {id: "graph"})
SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()
RETURN v.version AS version
