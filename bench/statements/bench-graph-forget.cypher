// Forgets what the bench generated: the graph no longer is what it recorded (growth under way,
// or another writer added documents), so a later --reuse rebuilds it.
MATCH (g:BenchGraph {id: "bench"}) DELETE g
