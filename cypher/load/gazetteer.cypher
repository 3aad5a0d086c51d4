// Names and aliases of everything the graph knows except documents: the extractor's gazetteer.
MATCH (n:Entity)
WHERE NOT n:LiaisonStatement AND NOT n:StudyPeriod
RETURN n.id AS id, [label IN labels(n) WHERE NOT label IN ["Entity", "Body"]][0] AS type,
       coalesce(n.name, n.id) AS name, coalesce(n.aliases, []) AS aliases, n.acronym AS acronym
ORDER BY id
