// The hand-written equivalent of the GraphQL example "One liaison statement with the sentences
// behind its relations" (bench/generated-queries.ts): the same answer, as the `data` the API returns.
// Parameters: $id (a liaison statement id), $access (the reader's levels, as the saved queries take them)
MATCH (s:LiaisonStatement {id: $id})
WHERE coalesce(s.access, "public") IN $access
RETURN {liaisonStatements: collect({
  id: s.id,
  title: s.title,
  date: s.date,
  url: s.url,
  abstract: s.abstract,
  sentBy: COLLECT {
    MATCH (s)-[:SENT_BY]->(b:Body)
    WHERE coalesce(b.access, "public") IN $access
    RETURN DISTINCT {id: b.id, name: b.name}
  },
  sentToConnection: {edges: COLLECT {
    MATCH (s)-[r:SENT_TO]->(b:Body)
    WHERE coalesce(b.access, "public") IN $access
    RETURN {properties: {purpose: r.purpose, evidence: r.evidence}, node: {id: b.id}}
  }},
  mentionsConnection: {edges: COLLECT {
    MATCH (s)-[r:MENTIONS]->(e:Entity)
    WHERE coalesce(e.access, "public") IN $access
    RETURN {properties: {evidence: r.evidence}, node: {id: e.id, name: e.name}}
  }},
  repliesTo: COLLECT {
    MATCH (s)-[:REPLIES_TO]->(o:LiaisonStatement)
    WHERE coalesce(o.access, "public") IN $access
    RETURN DISTINCT {id: o.id, title: o.title}
  },
  replies: COLLECT {
    MATCH (s)<-[:REPLIES_TO]-(o:LiaisonStatement)
    WHERE coalesce(o.access, "public") IN $access
    RETURN DISTINCT {id: o.id, title: o.title}
  }
})} AS data
