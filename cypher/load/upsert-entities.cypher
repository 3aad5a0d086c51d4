// Entities the document names, with what the document says about them (`name` included).
// Which document set a property is kept in `propertySources`, a list of "property=documentId"
// strings (Neo4j has no map properties). A value the document says is written when:
//   - the node has no value for that property yet (any node: the document says more), or
//   - the node is neither a reference node (`source`) nor an ingested document (`writeHash`), and
//     this document set the value itself (its new version corrects it), or the value is
//     `resolved: true` over an unresolved mark (a resolution says more than none).
// So reference facts and other documents' values are never overwritten by a document. Reference
// nodes are resolved by definition: they never keep a `resolved` property; and the reference
// graph names every node it describes, so a document's `name` entry goes from them too.
// Parameters: $entities  [{id, name, labels: [type label, ...], properties: map}]
//             $documentId
UNWIND $entities AS entity
MERGE (n:Entity {id: entity.id})
ON CREATE SET n.firstSeenIn = $documentId
SET n:$(entity.labels)
WITH n, entity,
     n.source IS NOT NULL OR n.writeHash IS NOT NULL AS settled,
     coalesce(n.propertySources, []) AS sources,
     apoc.map.setKey(entity.properties, "name", entity.name) AS said
WITH n, settled, sources, said,
     [key IN keys(said) WHERE
        NOT (settled AND key = "resolved")
        AND (n[key] IS NULL
             OR (NOT settled
                 AND (key + "=" + $documentId IN sources OR (key = "resolved" AND said[key] = true))))
     ] AS written
SET n += apoc.map.submap(said, written)
WITH n, settled,
     [source IN sources
      WHERE NOT any(key IN written WHERE source STARTS WITH key + "=")
        AND NOT (settled AND (source STARTS WITH "resolved=" OR source STARTS WITH "name="))]
     + [key IN written | key + "=" + $documentId] AS provenance
SET n.propertySources = CASE WHEN size(provenance) = 0 THEN null ELSE provenance END,
    n.resolved = CASE WHEN settled THEN null ELSE n.resolved END
