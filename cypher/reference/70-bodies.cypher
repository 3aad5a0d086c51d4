// Reference graph: bodies beyond ITU-T's own structure (IETF, 3GPP, IEEE, ISO/IEC, ETSI, other SDOs
// and forums, the other ITU Sectors and the ITU bureaus). Their facts live in cypher/reference/bodies/*.json
// (read and checked by src/model/reference-bodies.ts); the loader passes them as $bodies, one row per
// body: {id, type, name, kind, aliases, parent, source, active, description}.
// As elsewhere, nodes are MERGEd on Entity {id} (so that a node first created by a liaison statement
// becomes the reference node) and reference relations are MERGEd on their `source`.
// @param bodies

UNWIND $bodies AS b
MERGE (n:Entity {id: b.id})
SET n:Body,
    n.name = b.name,
    n.kind = b.kind,
    n.aliases = b.aliases,
    n.source = b.source,
    n.active = b.active,
    n.description = b.description
FOREACH (_ IN CASE b.type WHEN "Organization" THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE b.type WHEN "StudyGroup" THEN [1] ELSE [] END | SET n:StudyGroup)
FOREACH (_ IN CASE b.type WHEN "WorkingParty" THEN [1] ELSE [] END | SET n:WorkingParty)
FOREACH (_ IN CASE b.type WHEN "AdvisoryGroup" THEN [1] ELSE [] END | SET n:AdvisoryGroup);

// Parents after all nodes exist: a body may come before its parent in the list.
UNWIND $bodies AS b
WITH b WHERE b.parent IS NOT NULL
MATCH (child:Entity {id: b.id})
MATCH (parent:Entity {id: b.parent})
MERGE (child)-[:PART_OF {source: b.source}]->(parent);
