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
// transaction instead (checked once for the whole batch, naming the first such type).
//
// A node is written only where the document changes it: a hub (a study group, a topic) named by
// most documents of a batch usually gains nothing, and a property set to the value it has, or a
// provenance list set to itself, still locks and records the node for nothing.
// Parameters: $writes         [{documentId, document: map (id included),
//                               entities: [{id, labels: [type label, ...], said: map (name included)}],
//                               relations: [{type, from, to, evidence, properties: map}]}]
//                             (upsert-rows.ts makes them from GraphWrites)
//             $relationTypes  DOCUMENT_RELATION_TYPES (src/model/node-types.ts)
CALL apoc.util.validate(
  any(w IN $writes WHERE any(rel IN w.relations WHERE NOT rel.type IN $relationTypes)),
  "not a document relation type: %s",
  [head([w IN $writes WHERE any(rel IN w.relations WHERE NOT rel.type IN $relationTypes)
         | head([rel IN w.relations WHERE NOT rel.type IN $relationTypes | rel.type])])]
)
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
       entity.said AS said
  WITH n, settled, sources, said,
       [key IN keys(said) WHERE
          NOT (settled AND key = "resolved")
          AND (n[key] IS NULL
               OR (NOT settled
                   AND (key + "=" + w.documentId IN sources OR (key = "resolved" AND said[key] = true))))
       ] AS written
  WITH n, settled, sources, said, written,
       [source IN sources
        WHERE NOT any(key IN written WHERE source STARTS WITH key + "=")
          AND NOT (settled AND (source STARTS WITH "resolved=" OR source STARTS WITH "name="))]
       + [key IN written | key + "=" + w.documentId] AS provenance
  CALL (n, said, written) {
    WITH * WHERE size(written) > 0
    SET n += apoc.map.submap(said, written)
  }
  CALL (n, sources, provenance) {
    WITH * WHERE provenance <> sources
    SET n.propertySources = CASE WHEN size(provenance) = 0 THEN null ELSE provenance END
  }
  CALL (n, settled) {
    WITH * WHERE settled AND n.resolved IS NOT NULL
    REMOVE n.resolved
  }
}
CALL (w) {
  UNWIND w.relations AS rel
  MATCH (a:Entity {id: rel.from})
  MATCH (b:Entity {id: rel.to})
  MERGE (a)-[r:$(rel.type) {sourceDocument: w.documentId}]->(b)
  SET r += rel.properties, r.evidence = rel.evidence
}
RETURN count(*) AS written
