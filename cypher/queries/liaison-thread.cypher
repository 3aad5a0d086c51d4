// Liaison thread: every statement linked to $id by REPLIES_TO, in either direction and through
// any number of hops (ITU-T -> IETF -> 3GPP -> back), one row per statement, in date order. Each
// row gives the senders, the recipients with their purpose (COPY for a copy), what it asks of
// whom, and the statements it replies to with the sentence or header line of the link. A
// statement known only from a citation (a stub: not ingested yet) is a row without a date,
// placed at the date of its first reply. Documents the reader may not see are not rows, and the
// thread does not run through them. No rows when $id is no statement the reader may see.
// Parameters:
//   $id      a liaison statement id, e.g. "sp16-sg17-oLS-00014"
//   $access  the access levels the reader may see: ["public"], or ["public", "restricted"] for a member
// In Neo4j Browser:
//   :param id => "sp16-sg17-oLS-00014"
//   :param access => ["public", "restricted"]
MATCH (start:LiaisonStatement {id: $id})
WHERE coalesce(start.access, "public") IN $access
MATCH (start) (()-[:REPLIES_TO]-(n:LiaisonStatement) WHERE coalesce(n.access, "public") IN $access){0,30} (t)
WITH DISTINCT t
CALL (t) {
  MATCH (t)-[:SENT_BY]->(s:Body)
  WITH s ORDER BY s.id
  RETURN collect({type: [l IN labels(s) WHERE NOT l IN ["Entity", "Body"]][0], id: s.id, name: coalesce(s.name, s.id)}) AS sentBy
}
CALL (t) {
  MATCH (t)-[r:SENT_TO|COPIED_TO]->(b:Body)
  WITH r, b ORDER BY type(r) DESC, b.id
  RETURN collect({
    body: {type: [l IN labels(b) WHERE NOT l IN ["Entity", "Body"]][0], id: b.id, name: coalesce(b.name, b.id)},
    purpose: CASE type(r) WHEN "COPIED_TO" THEN "COPY" ELSE r.purpose END,
    evidence: r.evidence
  }) AS recipients
}
CALL (t) {
  MATCH (t)-[a:ASKS]->(b:Body)
  WITH a, b ORDER BY b.id
  RETURN collect({
    body: {type: [l IN labels(b) WHERE NOT l IN ["Entity", "Body"]][0], id: b.id, name: coalesce(b.name, b.id)},
    action: a.action,
    evidence: a.evidence
  }) AS asks
}
CALL (t) {
  MATCH (t)-[r:REPLIES_TO]->(o:LiaisonStatement)
  WHERE coalesce(o.access, "public") IN $access
  WITH r, o ORDER BY o.id
  RETURN collect({to: o.id, evidence: r.evidence}) AS repliesTo
}
WITH t, sentBy, recipients, asks, repliesTo,
     coalesce(t.date, COLLECT {
       MATCH (r:LiaisonStatement)-[:REPLIES_TO]->(t)
       WHERE coalesce(r.access, "public") IN $access AND r.date IS NOT NULL
       RETURN r.date AS day ORDER BY day LIMIT 1
     }[0]) AS placed
RETURN t.id AS id,
       CASE WHEN t.writeHash IS NULL THEN t.name ELSE coalesce(t.title, t.name, t.id) END AS title,
       t.date AS date,
       t.deadline AS deadline,
       t.writeHash IS NULL AS stub,
       sentBy, recipients, asks, repliesTo
ORDER BY placed, t.date, t.id
