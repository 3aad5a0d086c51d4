// After the reference graph is loaded: a node a document introduced as an unknown body
// (`resolved: false`) that the reference graph now describes (it has `source`) is resolved by
// definition, so the mark goes, with the provenance of the mark and of the name (the reference
// graph names every node it describes). The loader does the same for every node a document
// write touches (upsert-documents); this covers nodes no document has touched since.
MATCH (n:Entity)
WHERE n.source IS NOT NULL AND n.writeHash IS NULL AND n.resolved IS NOT NULL
SET n.resolved = null,
    n.propertySources = [s IN coalesce(n.propertySources, []) WHERE NOT (s STARTS WITH "resolved=" OR s STARTS WITH "name=")]
SET n.propertySources = CASE WHEN size(n.propertySources) = 0 THEN null ELSE n.propertySources END
RETURN count(n) AS settled
