// Focus group lineage: who proposed a focus group and in which document (earliest first), who
// considered and established it and when, its parent, what it and the documents proposing it refer
// to or consider, and the reports it published.
// Parameters:
//   $id      the focus group's id, e.g. "ITU-T FG Blockchain" or "ITU-T FG DLT"
//   $access  the access levels the reader may see: ["public"], or ["public", "restricted"] for a member
// In Neo4j Browser:
//   :param id => "ITU-T FG Blockchain"
//   :param access => ["public", "restricted"]
MATCH (fg:FocusGroup {id: $id})
CALL (fg) {
  MATCH (by:Body)-[r:PROPOSES]->(fg)
  WHERE (r.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
  OPTIONAL MATCH (d:LiaisonStatement {id: r.sourceDocument})
  WITH by, r ORDER BY d.date IS NULL, d.date, r.sourceDocument, by.id
  RETURN collect({
    by: {type: [l IN labels(by) WHERE NOT l IN ["Entity", "Body"]][0], id: by.id, name: coalesce(by.name, by.id)},
    target: {type: "FocusGroup", id: fg.id, name: coalesce(fg.name, fg.id)},
    document: r.sourceDocument, evidence: r.evidence
  }) AS proposals
}
CALL (fg) {
  MATCH (x:Entity)-[r:CONSIDERS]->(fg)
  WHERE (r.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
  WITH r ORDER BY startNode(r).id, r.sourceDocument
  RETURN collect(r) AS considered
}
CALL (fg) {
  MATCH (x:Entity)-[r:ESTABLISHED]->(fg)
  WHERE (r.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
  WITH r ORDER BY r.date, startNode(r).id
  RETURN collect(r) AS established
}
CALL (fg) {
  MATCH (fg)-[r:UNDER_AUSPICES_OF]->(x:Entity)
  WHERE (r.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
  WITH r ORDER BY endNode(r).id, r.sourceDocument
  RETURN collect(r) AS parents
}
CALL (fg) {
  CALL (fg) {
    MATCH (fg)-[r:CONSIDERS|REFERENCES]->(:Entity)
    WHERE (r.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
    RETURN r
    UNION
    MATCH (:Body)-[p:PROPOSES]->(fg)
    MATCH (d:LiaisonStatement {id: p.sourceDocument})-[r:REFERENCES]->(x:Entity)
    WHERE x <> fg AND coalesce(d.access, "public") IN $access
    RETURN r
  }
  WITH r ORDER BY endNode(r).id, type(r), startNode(r).id
  RETURN collect(r) AS references
}
CALL (fg) {
  MATCH (fg)-[r:PUBLISHED]->(x:Entity)
  WHERE (r.sourceDocument IS NULL OR NOT EXISTS { MATCH (origin:LiaisonStatement {id: r.sourceDocument}) WHERE NOT coalesce(origin.access, "public") IN $access })
  WITH DISTINCT x ORDER BY x.id
  RETURN collect({
    type: [l IN labels(x) WHERE NOT l IN ["Entity", "Body"]][0], id: x.id, name: coalesce(x.name, x.title, x.id)
  }) AS published
}
WITH fg, proposals, published,
     [rels IN [considered, established, parents, references] | [r IN rels | {
       type: type(r), from: startNode(r).id, to: endNode(r).id,
       document: r.sourceDocument, evidence: r.evidence, source: r.source, date: r.date, clause: r.clause
     }]] AS relations
RETURN {type: "FocusGroup", id: fg.id, name: coalesce(fg.name, fg.id)} AS focusGroup,
       fg.status AS status, proposals,
       relations[0] AS consideredBy, relations[1] AS establishedBy, relations[2] AS parents, relations[3] AS references,
       published
