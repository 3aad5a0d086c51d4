// The hand-written equivalent of the GraphQL example "Statements a body received, newest first,
// with purpose and sender" (bench/generated-queries.ts): from the body's unique index to the 50
// newest statements addressed to it, and only then to their senders.
// Parameters: $body (a body id), $access (the reader's levels, as the saved queries take them)
MATCH (b:Body {id: $body})
WHERE coalesce(b.access, "public") IN $access
CALL (b) {
  MATCH (b)<-[r:SENT_TO]-(s:LiaisonStatement)
  WHERE coalesce(s.access, "public") IN $access
  WITH r, s
  ORDER BY s.date DESC, s.id ASC
  LIMIT 50
  RETURN collect({
    properties: {purpose: r.purpose},
    node: {
      id: s.id,
      title: s.title,
      date: s.date,
      sentBy: COLLECT {
        MATCH (s)-[:SENT_BY]->(f:Body)
        WHERE coalesce(f.access, "public") IN $access
        RETURN DISTINCT {id: f.id}
      }
    }
  }) AS edges
}
RETURN {bodies: collect({id: b.id, name: b.name, receivedConnection: {edges: edges}})} AS data
