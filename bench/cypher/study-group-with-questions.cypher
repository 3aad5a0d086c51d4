// The hand-written equivalent of the GraphQL example "A study group with its Questions and focus
// groups" (bench/generated-queries.ts).
// Parameters: $id (a study group id), $access (the reader's levels, as the saved queries take them)
MATCH (g:StudyGroup {id: $id})
WHERE coalesce(g.access, "public") IN $access
RETURN {studyGroups: collect({
  id: g.id,
  name: g.name,
  periodsConnection: {edges: COLLECT {
    MATCH (g)-[r:ACTIVE_IN]->(p:StudyPeriod)
    RETURN {properties: {title: r.title}, node: {id: p.id}}
  }},
  questions: COLLECT {
    MATCH (g)<-[:PART_OF]-(q:Question)
    WHERE coalesce(q.access, "public") IN $access
    RETURN DISTINCT {id: q.id, title: q.title}
  },
  focusGroups: COLLECT {
    MATCH (g)<-[:UNDER_AUSPICES_OF]-(f:FocusGroup)
    WHERE coalesce(f.access, "public") IN $access
    RETURN DISTINCT {id: f.id, name: f.name, status: f.status}
  }
})} AS data
