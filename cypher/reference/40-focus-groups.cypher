// Reference graph: ITU-T focus groups - parent group (UNDER_AUSPICES_OF), who established them and
// when (ESTABLISHED {date}), partners (COLLABORATES_WITH), topics (STUDIES) and reports (PUBLISHED).
// Dates are ISO strings, possibly partial ("2014-06").
// Every node is MERGEd on Entity {id}, then labelled and SET; reference relations are MERGEd on their
// `source` so that they never merge with a document-derived relation (which carries sourceDocument).

MERGE (f:Entity {id: "ITU-T FG DFS"})
SET f:Body:FocusGroup,
    f.acronym = "FG DFS",
    f.name = "Focus Group on Digital Financial Services",
    f.aliases = ["FG DFS", "FG-DFS", "ITU-T FG DFS", "Focus Group on Digital Financial Services", "ITU-T Focus Group Digital Financial Services", "Focus Group on Digital Financial Services for Financial Inclusion"],
    f.status = "CONCLUDED",
    f.established = "2014-06",
    f.concluded = "2017",
    f.description = "Set up by TSAG at its June 2014 meeting; concluded its work in early 2017 with 85 policy recommendations and 28 thematic reports.",
    f.source = "https://www.itu.int/en/mediacentre/Pages/2017-PR07.aspx";

MERGE (f:Entity {id: "ITU-T FG DLT"})
SET f:Body:FocusGroup,
    f.acronym = "FG DLT",
    f.name = "Focus Group on Application of Distributed Ledger Technology",
    f.aliases = ["FG DLT", "FG-DLT", "ITU-T FG DLT", "Focus Group on Application of Distributed Ledger Technology", "ITU-T Focus Group on Application of Distributed Ledger Technology"],
    f.status = "CONCLUDED",
    f.established = "2017-05",
    f.firstMeeting = "2017-10-17",
    f.concluded = "2019-08-01",
    f.deliverables = 8,
    f.description = "Established by TSAG at its 1-4 May 2017 meeting; first met in Geneva on 17-19 October 2017; concluded on 1 August 2019 and submitted 8 deliverables to TSAG.",
    f.source = "https://www.itu.int/en/ITU-T/focusgroups/dlt/Pages/default.aspx";

MERGE (f:Entity {id: "ITU-T FG ML5G"})
SET f:Body:FocusGroup,
    f.acronym = "FG-ML5G",
    f.name = "Focus Group on Machine Learning for Future Networks including 5G",
    f.aliases = ["FG-ML5G", "FG ML5G", "ITU-T FG ML5G", "Focus Group on Machine Learning for Future Networks including 5G", "ITU-T Focus Group on Machine Learning for Future Networks including 5G"],
    f.status = "CONCLUDED",
    f.established = "2017-11",
    f.firstMeeting = "2018-01",
    f.concluded = "2020-07",
    f.description = "Creation agreed by ITU-T SG13 at its 6-17 November 2017 meeting; active from January 2018 until July 2020.",
    f.source = "https://datatracker.ietf.org/liaison/1689/";

MERGE (f:Entity {id: "ITU-T FG AI4H"})
SET f:Body:FocusGroup,
    f.acronym = "FG-AI4H",
    f.name = "Focus Group on Artificial Intelligence for Health",
    f.aliases = ["FG-AI4H", "FG AI4H", "ITU-T FG AI4H", "Focus Group on Artificial Intelligence for Health", "ITU-WHO Focus Group on Artificial Intelligence for Health", "ITU/WHO Focus Group on AI for Health"],
    f.status = "CONCLUDED",
    f.established = "2018-07",
    f.concluded = "2023-09-30",
    f.deliverables = 35,
    f.description = "A partnership of ITU and WHO; established by ITU-T SG16 at its Ljubljana meeting (9-20 July 2018); closed operations on 30 September 2023.",
    f.source = "https://www.itu.int/en/ITU-T/focusgroups/ai4h/Pages/default.aspx";

MERGE (f:Entity {id: "ITU-T FG VM"})
SET f:Body:FocusGroup,
    f.acronym = "FG-VM",
    f.name = "Focus Group on Vehicular Multimedia",
    f.aliases = ["FG-VM", "FG VM", "ITU-T FG VM", "Focus Group on Vehicular Multimedia", "ITU-T Focus Group on Vehicular Multimedia"],
    f.status = "CONCLUDED",
    f.established = "2018-07",
    f.firstMeeting = "2018-10-11",
    f.concluded = "2022-09-01",
    f.deliverables = 3,
    f.description = "Established by ITU-T SG16 at its Ljubljana meeting (9-20 July 2018); first met in Ottawa on 11 October 2018; concluded on 1 September 2022.",
    f.source = "https://www.itu.int/en/ITU-T/focusgroups/vm/Pages/default.aspx";

MERGE (f:Entity {id: "ITU-T FG AI4NDM"})
SET f:Body:FocusGroup,
    f.acronym = "FG-AI4NDM",
    f.name = "Focus Group on AI for Natural Disaster Management",
    f.aliases = ["FG-AI4NDM", "FG AI4NDM", "ITU-T FG AI4NDM", "Focus Group on AI for Natural Disaster Management", "ITU Focus Group on AI for Natural Disaster Management"],
    f.status = "CONCLUDED",
    f.firstMeeting = "2021-03-15",
    f.concluded = "2024-03",
    f.description = "Parent group ITU-T SG2; works in close collaboration with WMO and UNEP; first meeting 15-17 March 2021; in March 2023 SG2 extended it until March 2024.",
    f.source = "https://www.hhi.fraunhofer.de/en/news/nachrichten/2023/focus-group-on-ai-for-natural-disaster-management-receives-itu-approval-for-new-deliverables.html";

MERGE (f:Entity {id: "ITU-T FG MV"})
SET f:Body:FocusGroup,
    f.acronym = "FG-MV",
    f.name = "Focus Group on metaverse",
    f.aliases = ["FG-MV", "FG MV", "ITU-T FG MV", "Focus Group on metaverse", "ITU Focus Group on metaverse", "ITU-T Focus Group on metaverse"],
    f.status = "CONCLUDED",
    f.established = "2022-12-16",
    f.concluded = "2024-06",
    f.deliverables = 52,
    f.description = "Created by TSAG at its 12-16 December 2022 meeting (established under TSAG on 16 December 2022); concluded at its 7th meeting, 12-13 June 2024, with 52 approved deliverables.",
    f.source = "https://www.itu.int/en/ITU-T/focusgroups/mv/Pages/default.aspx";

// Parent groups

MERGE (a:Entity {id: "ITU-T FG DFS"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "ITU-T TSAG"})
SET b:Body:AdvisoryGroup
MERGE (a)-[r:UNDER_AUSPICES_OF {source: "ITU-T FG DFS Technical Report (03/2017) \"Distributed Ledger Technologies and Financial Inclusion\", Foreword"}]->(b);

MERGE (a:Entity {id: "ITU-T FG DLT"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "ITU-T TSAG"})
SET b:Body:AdvisoryGroup
MERGE (a)-[r:UNDER_AUSPICES_OF {source: "https://www.itu.int/en/ITU-T/studygroups/2017-2020/16/Pages/q22.aspx"}]->(b);

MERGE (a:Entity {id: "ITU-T FG ML5G"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "ITU-T SG13"})
SET b:Body:StudyGroup
MERGE (a)-[r:UNDER_AUSPICES_OF {source: "https://datatracker.ietf.org/liaison/1689/"}]->(b);

MERGE (a:Entity {id: "ITU-T FG AI4H"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "ITU-T SG16"})
SET b:Body:StudyGroup
MERGE (a)-[r:UNDER_AUSPICES_OF {source: "https://www.itu.int/en/ITU-T/focusgroups/ai4h/Pages/default.aspx"}]->(b);

MERGE (a:Entity {id: "ITU-T FG VM"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "ITU-T SG16"})
SET b:Body:StudyGroup
MERGE (a)-[r:UNDER_AUSPICES_OF {source: "https://www.itu.int/en/ITU-T/focusgroups/vm/Pages/default.aspx"}]->(b);

MERGE (a:Entity {id: "ITU-T FG AI4NDM"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "ITU-T SG2"})
SET b:Body:StudyGroup
MERGE (a)-[r:UNDER_AUSPICES_OF {source: "https://www.hhi.fraunhofer.de/en/news/nachrichten/2023/focus-group-on-ai-for-natural-disaster-management-receives-itu-approval-for-new-deliverables.html"}]->(b);

MERGE (a:Entity {id: "ITU-T FG MV"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "ITU-T TSAG"})
SET b:Body:AdvisoryGroup
MERGE (a)-[r:UNDER_AUSPICES_OF {source: "https://datatracker.ietf.org/liaison/1807/"}]->(b);

// Who established each focus group, and when (ISO date, possibly partial)

MERGE (a:Entity {id: "ITU-T TSAG"})
SET a:Body:AdvisoryGroup
MERGE (b:Entity {id: "ITU-T FG DFS"})
SET b:Body:FocusGroup
MERGE (a)-[r:ESTABLISHED {source: "ITU-T FG DFS Technical Report (03/2017) \"Distributed Ledger Technologies and Financial Inclusion\", Foreword"}]->(b)
SET r.date = "2014-06";

MERGE (a:Entity {id: "ITU-T TSAG"})
SET a:Body:AdvisoryGroup
MERGE (b:Entity {id: "ITU-T FG DLT"})
SET b:Body:FocusGroup
MERGE (a)-[r:ESTABLISHED {source: "TSAG-TD475 (Geneva, 23-27 September 2019): Final report of FG DLT to TSAG"}]->(b)
SET r.date = "2017-05";

MERGE (a:Entity {id: "ITU-T SG13"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "ITU-T FG ML5G"})
SET b:Body:FocusGroup
MERGE (a)-[r:ESTABLISHED {source: "https://www.telecomasia.net/content/itu-focus-group-study-machine-learning-5g"}]->(b)
SET r.date = "2017-11";

MERGE (a:Entity {id: "ITU-T SG16"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "ITU-T FG AI4H"})
SET b:Body:FocusGroup
MERGE (a)-[r:ESTABLISHED {source: "https://www.itu.int/en/ITU-T/focusgroups/ai4h/Pages/default.aspx"}]->(b)
SET r.date = "2018-07";

MERGE (a:Entity {id: "ITU-T SG16"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "ITU-T FG VM"})
SET b:Body:FocusGroup
MERGE (a)-[r:ESTABLISHED {source: "TSB Circular 110 (Geneva, 29 August 2018): Creation of a new ITU-T Focus Group on Vehicular Multimedia (FG-VM)"}]->(b)
SET r.date = "2018-07";

MERGE (a:Entity {id: "ITU-T TSAG"})
SET a:Body:AdvisoryGroup
MERGE (b:Entity {id: "ITU-T FG MV"})
SET b:Body:FocusGroup
MERGE (a)-[r:ESTABLISHED {source: "https://www.itu.int/en/ITU-T/focusgroups/mv/Pages/default.aspx"}]->(b)
SET r.date = "2022-12-16";

// Partner organizations

MERGE (a:Entity {id: "ITU-T FG AI4H"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "WHO"})
SET b:Body:Organization
MERGE (a)-[r:COLLABORATES_WITH {source: "https://www.itu.int/en/ITU-T/focusgroups/ai4h/Pages/default.aspx"}]->(b);

MERGE (a:Entity {id: "ITU-T FG AI4NDM"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "WMO"})
SET b:Body:Organization
MERGE (a)-[r:COLLABORATES_WITH {source: "https://it-online.co.za/2021/02/10/itu-to-advance-ai-for-natural-disaster-response/"}]->(b);

MERGE (a:Entity {id: "ITU-T FG AI4NDM"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "UNEP"})
SET b:Body:Organization
MERGE (a)-[r:COLLABORATES_WITH {source: "https://it-online.co.za/2021/02/10/itu-to-advance-ai-for-natural-disaster-response/"}]->(b);

// Topics (topic nodes are owned by 20-topics.cypher; only their id and label are ensured here)

MERGE (a:Entity {id: "ITU-T FG DFS"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "topic:digital-financial-services"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.itu.int/en/mediacentre/Pages/2017-PR07.aspx"}]->(b);

MERGE (a:Entity {id: "ITU-T FG DFS"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "topic:financial-inclusion"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.itu.int/en/mediacentre/Pages/2017-PR07.aspx"}]->(b);

MERGE (a:Entity {id: "ITU-T FG DLT"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "topic:distributed-ledger-technology"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.itu.int/en/ITU-T/focusgroups/dlt/Pages/default.aspx"}]->(b);

MERGE (a:Entity {id: "ITU-T FG DLT"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "topic:blockchain"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.itu.int/en/ITU-T/focusgroups/dlt/Pages/default.aspx"}]->(b);

MERGE (a:Entity {id: "ITU-T FG ML5G"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "topic:machine-learning"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://datatracker.ietf.org/liaison/1689/"}]->(b);

MERGE (a:Entity {id: "ITU-T FG ML5G"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "topic:imt-2020"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://datatracker.ietf.org/liaison/1689/"}]->(b);

MERGE (a:Entity {id: "ITU-T FG AI4H"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "topic:artificial-intelligence"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.itu.int/en/ITU-T/focusgroups/ai4h/Pages/default.aspx"}]->(b);

MERGE (a:Entity {id: "ITU-T FG AI4H"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "topic:ai-for-health"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.itu.int/en/ITU-T/focusgroups/ai4h/Pages/default.aspx"}]->(b);

MERGE (a:Entity {id: "ITU-T FG VM"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "topic:vehicular-multimedia"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.itu.int/en/ITU-T/focusgroups/vm/Pages/default.aspx"}]->(b);

MERGE (a:Entity {id: "ITU-T FG AI4NDM"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "topic:artificial-intelligence"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.hhi.fraunhofer.de/en/news/nachrichten/2023/focus-group-on-ai-for-natural-disaster-management-receives-itu-approval-for-new-deliverables.html"}]->(b);

MERGE (a:Entity {id: "ITU-T FG AI4NDM"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "topic:natural-disaster-management"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.hhi.fraunhofer.de/en/news/nachrichten/2023/focus-group-on-ai-for-natural-disaster-management-receives-itu-approval-for-new-deliverables.html"}]->(b);

MERGE (a:Entity {id: "ITU-T FG MV"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "topic:metaverse"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.itu.int/en/ITU-T/focusgroups/mv/Pages/default.aspx"}]->(b);

// FG DFS technical report on distributed ledger technologies

MERGE (rp:Entity {id: "report:distributed-ledger-technologies-and-financial-inclusion"})
SET rp:Report,
    rp.name = "Distributed Ledger Technologies and Financial Inclusion",
    rp.title = "Distributed Ledger Technologies and Financial Inclusion",
    rp.date = "2017-03",
    rp.source = "ITU-T FG DFS Focus Group Technical Report (03/2017) \"Distributed Ledger Technologies and Financial Inclusion\"";

MERGE (a:Entity {id: "ITU-T FG DFS"})
SET a:Body:FocusGroup
MERGE (b:Entity {id: "report:distributed-ledger-technologies-and-financial-inclusion"})
SET b:Report
MERGE (a)-[r:PUBLISHED {source: "ITU-T FG DFS Focus Group Technical Report (03/2017) \"Distributed Ledger Technologies and Financial Inclusion\""}]->(b);
