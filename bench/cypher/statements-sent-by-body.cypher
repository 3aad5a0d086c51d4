// The hand-written equivalent of the GraphQL example "Statements a body sent, newest first, with
// their recipients" (bench/generated-queries.ts): from the body's unique index to its 50 newest
// statements, and only then to their recipients.
// Parameters: $body (a body id), $access (the reader's levels, as the saved queries take them)
MATCH (b:Body {id: $body})
WHERE coalesce(b.access, "public") IN $access
CALL (b) {
  MATCH (b)<-[:SENT_BY]-(s:LiaisonStatement)
  WHERE coalesce(s.access, "public") IN $access
  WITH s
  ORDER BY s.date DESC, s.id ASC
  LIMIT 50
  RETURN collect({node: {
    id: s.id,
    title: s.title,
    date: s.date,
    sentTo: COLLECT {
      MATCH (s)-[:SENT_TO]->(t:Body)
      WHERE coalesce(t.access, "public") IN $access
      RETURN DISTINCT {id: t.id}
    }
  }}) AS edges
}
RETURN {bodies: collect({id: b.id, name: b.name, sentConnection: {edges: edges}})} AS data
