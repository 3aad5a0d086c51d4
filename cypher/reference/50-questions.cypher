// Reference graph: ITU-T Questions that studied blockchain / distributed ledger technology in the
// 2017-2020 study period, and the Recommendations they are responsible for.
// A Question's `title` and `studyPeriod` properties give its 2017-2020 title; the period-specific fact is
// also on ACTIVE_IN {title, source}.
// Every node is MERGEd on Entity {id}, then labelled and SET; reference relations are MERGEd on their
// `source` (ACTIVE_IN: one per Question and study period).

// Q22/16 (2017-2020)

MERGE (q:Entity {id: "Q22/16"})
SET q:Body:Question,
    q.number = 22,
    q.studyGroupNumber = 16,
    q.title = "Distributed ledger technologies and e-services",
    q.studyPeriod = "2017-2020",
    q.name = "Question 22/16: Distributed ledger technologies and e-services",
    q.aliases = ["Q22/16", "Q.22/16", "Question 22/16"],
    q.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/16/Pages/q22.aspx";

MERGE (a:Entity {id: "Q22/16"})
SET a:Body:Question
MERGE (b:Entity {id: "ITU-T SG16"})
SET b:Body:StudyGroup
MERGE (a)-[r:PART_OF {source: "https://www.itu.int/en/ITU-T/studygroups/2017-2020/16/Pages/q22.aspx"}]->(b);

MERGE (a:Entity {id: "Q22/16"})
SET a:Body:Question
MERGE (b:Entity {id: "2017-2020"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Distributed ledger technologies and e-services",
    r.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/16/Pages/q22.aspx";

MERGE (a:Entity {id: "Q22/16"})
SET a:Body:Question
MERGE (b:Entity {id: "topic:distributed-ledger-technology"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.itu.int/en/ITU-T/studygroups/2017-2020/16/Pages/q22.aspx"}]->(b);

MERGE (a:Entity {id: "Q22/16"})
SET a:Body:Question
MERGE (b:Entity {id: "topic:blockchain"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.itu.int/en/ITU-T/studygroups/2017-2020/16/Pages/q22.aspx"}]->(b);

// Q14/17 (2017-2020): DLT security, responsible for ITU-T X.1401, X.1402 and X.1403

MERGE (q:Entity {id: "Q14/17"})
SET q:Body:Question,
    q.number = 14,
    q.studyGroupNumber = 17,
    q.title = "Distributed ledger technology (DLT) security",
    q.studyPeriod = "2017-2020",
    q.name = "Question 14/17: Distributed ledger technology (DLT) security",
    q.aliases = ["Q14/17", "Q.14/17", "Question 14/17"],
    q.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/17/Pages/q14.aspx";

MERGE (a:Entity {id: "Q14/17"})
SET a:Body:Question
MERGE (b:Entity {id: "ITU-T SG17"})
SET b:Body:StudyGroup
MERGE (a)-[r:PART_OF {source: "https://www.itu.int/en/ITU-T/studygroups/2017-2020/17/Pages/q14.aspx"}]->(b);

MERGE (a:Entity {id: "Q14/17"})
SET a:Body:Question
MERGE (b:Entity {id: "2017-2020"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Distributed ledger technology (DLT) security",
    r.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/17/Pages/q14.aspx";

MERGE (a:Entity {id: "Q14/17"})
SET a:Body:Question
MERGE (b:Entity {id: "topic:distributed-ledger-technology"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.itu.int/en/ITU-T/studygroups/2017-2020/17/Pages/q14.aspx"}]->(b);

MERGE (a:Entity {id: "Q14/17"})
SET a:Body:Question
MERGE (b:Entity {id: "topic:blockchain"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.itu.int/en/ITU-T/studygroups/2017-2020/17/Pages/q14.aspx"}]->(b);

MERGE (a:Entity {id: "Q14/17"})
SET a:Body:Question
MERGE (b:Entity {id: "topic:security"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.itu.int/en/ITU-T/studygroups/2017-2020/17/Pages/q14.aspx"}]->(b);

MERGE (rec:Entity {id: "ITU-T X.1401"})
SET rec:Recommendation,
    rec.series = "X",
    rec.number = "X.1401",
    rec.name = "ITU-T X.1401",
    rec.aliases = ["X.1401", "Rec. ITU-T X.1401", "Recommendation ITU-T X.1401"],
    rec.source = "https://www.itu.int/dms_pubrec/itu-t/rec/x/T-REC-X.1401-201911-I!!TOC-HTM-E.htm";

MERGE (a:Entity {id: "Q14/17"})
SET a:Body:Question
MERGE (b:Entity {id: "ITU-T X.1401"})
SET b:Recommendation
MERGE (a)-[r:RESPONSIBLE_FOR {source: "https://www.itu.int/en/ITU-T/studygroups/2017-2020/17/Pages/q14.aspx"}]->(b);

MERGE (rec:Entity {id: "ITU-T X.1402"})
SET rec:Recommendation,
    rec.series = "X",
    rec.number = "X.1402",
    rec.name = "ITU-T X.1402",
    rec.title = "Security framework for distributed ledger technology",
    rec.aliases = ["X.1402", "Rec. ITU-T X.1402", "Recommendation ITU-T X.1402"],
    rec.source = "https://www.itu.int/ITU-T/recommendations/rec.aspx?rec=14251";

MERGE (a:Entity {id: "Q14/17"})
SET a:Body:Question
MERGE (b:Entity {id: "ITU-T X.1402"})
SET b:Recommendation
MERGE (a)-[r:RESPONSIBLE_FOR {source: "https://www.itu.int/en/ITU-T/studygroups/2017-2020/17/Pages/q14.aspx"}]->(b);

MERGE (rec:Entity {id: "ITU-T X.1403"})
SET rec:Recommendation,
    rec.series = "X",
    rec.number = "X.1403",
    rec.name = "ITU-T X.1403",
    rec.title = "Security guidelines for using distributed ledger technology for decentralized identity management",
    rec.aliases = ["X.1403", "Rec. ITU-T X.1403", "Recommendation ITU-T X.1403"],
    rec.source = "https://www.itu.int/dms_pubrec/itu-t/rec/x/T-REC-X.1403-202009-I!!TOC-HTM-E.htm";

MERGE (a:Entity {id: "Q14/17"})
SET a:Body:Question
MERGE (b:Entity {id: "ITU-T X.1403"})
SET b:Recommendation
MERGE (a)-[r:RESPONSIBLE_FOR {source: "https://www.itu.int/en/ITU-T/studygroups/2017-2020/17/Pages/q14.aspx"}]->(b);
