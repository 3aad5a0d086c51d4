// Records what the bench generated: document count, seed, batch size, the sizes it grew through
// (which fix the generator's batches) and the reference snapshot the world was built on, so a
// later run can keep the graph (--reuse) and grow it with exactly the documents a fresh build writes.
MERGE (g:BenchGraph {id: "bench"})
SET g.documents = $documents, g.seed = $seed, g.batch = $batch, g.steps = $steps,
    g.statements = $statements, g.reference = $reference
