// What the synthetic world builds on: the reference graph's bodies, study groups, topics and
// citable documents. Ordered, so that the same reference graph always yields the same world.
CALL () { MATCH (b:Body) WITH b ORDER BY b.id RETURN collect({id: b.id, type: [l IN labels(b) WHERE NOT l IN ["Entity", "Body"]][0]}) AS bodies }
CALL () { MATCH (g:StudyGroup) WHERE g.number IS NOT NULL WITH g ORDER BY g.id RETURN collect(toFloat(g.number)) AS studyGroups }
CALL () { MATCH (t:Topic) WITH t ORDER BY t.id RETURN collect({id: t.id, name: t.name}) AS topics }
CALL () { MATCH (c:Resolution|Recommendation) WITH c ORDER BY c.id RETURN collect(c.id) AS citable }
RETURN bodies, studyGroups, topics, citable
