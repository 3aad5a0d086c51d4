// The statement as it was before writes were made conditional (kept for upsert-shape.test.ts,
// which checks that the loader still leaves the graph exactly as this one did).
// A batch of documents, each written as if alone and in the batch's order (a CALL per document:
// what an earlier document wrote is what a later one reads): the liaison statement node, the
// entities it names, its relations.
//
// The liaison statement node: the document owns all of its properties, so they are replaced,
// not merged (a field removed from the document disappears from the node). ingestedAt: when the
// graph last received a new version (newSince pages by it).
//
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
//
// The document's relations, one relationship per (type, from, to, document), each carrying the
// document id and the sentence it was read from. Only document relation types are accepted: a
// relation of any other type would never be removed when the document changes, so it fails the
// transaction instead.
// Parameters: $writes         [{documentId, document: map (id included),
//                               entities: [{id, name, labels: [type label, ...], properties: map}],
//                               relations: [{type, from, to, evidence, properties: map}]}]
//             $relationTypes  DOCUMENT_RELATION_TYPES (src/model/node-types.ts)
UNWIND $writes AS w
CALL (w) {
  MERGE (d:Entity {id: w.document.id})
  SET d = w.document, d:LiaisonStatement, d.ingestedAt = datetime()
}
CALL (w) {
  UNWIND w.entities AS entity
  MERGE (n:Entity {id: entity.id})
  ON CREATE SET n.firstSeenIn = w.documentId
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
                   AND (key + "=" + w.documentId IN sources OR (key = "resolved" AND said[key] = true))))
       ] AS written
  SET n += apoc.map.submap(said, written)
  WITH n, settled,
       [source IN sources
        WHERE NOT any(key IN written WHERE source STARTS WITH key + "=")
          AND NOT (settled AND (source STARTS WITH "resolved=" OR source STARTS WITH "name="))]
       + [key IN written | key + "=" + w.documentId] AS provenance
  SET n.propertySources = CASE WHEN size(provenance) = 0 THEN null ELSE provenance END,
      n.resolved = CASE WHEN settled THEN null ELSE n.resolved END
}
CALL (w) {
  UNWIND w.relations AS rel
  CALL apoc.util.validate(NOT rel.type IN $relationTypes, "not a document relation type: %s", [rel.type])
  MATCH (a:Entity {id: rel.from})
  MATCH (b:Entity {id: rel.to})
  MERGE (a)-[r:$(rel.type) {sourceDocument: w.documentId}]->(b)
  SET r += rel.properties, r.evidence = rel.evidence
}
RETURN count(*) AS written
