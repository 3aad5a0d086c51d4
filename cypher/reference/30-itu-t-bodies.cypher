// Reference graph: ITU-T's advisory group (TSAG) and its study groups per study period. The ITU
// Sectors, bureaus and external organizations (IETF, 3GPP, ISO/IEC, ...) are in cypher/reference/bodies
// (loaded by 70-bodies.cypher).
// Every node is MERGEd on Entity {id} and then given its labels, so that a node first created by a
// liaison statement merges with the reference node. Reference relations are MERGEd on their `source`
// (ACTIVE_IN: one per group and study period) so that they never merge with a document-derived
// relation, which carries `sourceDocument` instead.
// Study group titles are study-period specific: they are on ACTIVE_IN {title, source}.

// ITU-T's advisory group

MERGE (g:Entity {id: "ITU-T TSAG"})
SET g:Body:AdvisoryGroup,
    g.name = "Telecommunication Standardization Advisory Group",
    g.aliases = ["TSAG", "ITU-T TSAG", "Telecommunication Standardization Advisory Group"],
    g.source = "http://itu.int/go/tsag";

// ITU-T study groups of the 2017-2020, 2022-2024 and 2025-2028 study periods.
// Titles are study-period specific, so they live on ACTIVE_IN; an ACTIVE_IN without a title
// records that the group existed in that period while its title for that period is not recorded here.

MERGE (g:Entity {id: "ITU-T SG2"})
SET g:Body:StudyGroup,
    g.number = 2,
    g.name = "ITU-T Study Group 2",
    g.aliases = ["SG2", "SG 2", "Study Group 2", "COM 2", "ITU-T SG 2"],
    g.source = "https://www.itu.int/en/ITU-T/studygroups/2022-2024/02/Pages/mandate.aspx";

MERGE (a:Entity {id: "ITU-T SG2"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2017-2020"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/02/Pages/q1.aspx";

MERGE (a:Entity {id: "ITU-T SG2"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2022-2024"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Operational aspects of service provision and telecommunication management",
    r.source = "https://www.itu.int/en/ITU-T/studygroups/2022-2024/02/Pages/mandate.aspx";

MERGE (a:Entity {id: "ITU-T SG2"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2025-2028"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Operational aspects of telecommunications and ICTs",
    r.source = "https://www.itu.int/en/ITU-T/studygroups/2025-2028/02/Pages/exec-summary-202502.aspx";

MERGE (g:Entity {id: "ITU-T SG3"})
SET g:Body:StudyGroup,
    g.number = 3,
    g.name = "ITU-T Study Group 3",
    g.aliases = ["SG3", "SG 3", "Study Group 3", "COM 3", "ITU-T SG 3"],
    g.source = "https://www.itu.int/net4/ITU-T/lists/sgstructure.aspx?Group=03&Period=18";

MERGE (a:Entity {id: "ITU-T SG3"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2017-2020"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Tariff and accounting principles and international telecommunication/ICT economic and policy issues",
    r.source = "TSB Collective letter 2/3 (Geneva, 11 December 2017): Meeting of Study Group 3, Geneva, 9-18 April 2018";

MERGE (a:Entity {id: "ITU-T SG3"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2022-2024"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.source = "WTSA-20 Resolution 2 (Rev. Geneva, 2022)";

MERGE (a:Entity {id: "ITU-T SG3"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2025-2028"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.source = "https://www.itu.int/net4/ITU-T/lists/sgstructure.aspx?Group=03&Period=18";

MERGE (g:Entity {id: "ITU-T SG5"})
SET g:Body:StudyGroup,
    g.number = 5,
    g.name = "ITU-T Study Group 5",
    g.aliases = ["SG5", "SG 5", "Study Group 5", "COM 5", "ITU-T SG 5"],
    g.source = "https://www.itu.int/en/ITU-T/studygroups/2025-2028/05/Pages/exec-sum-Oct25.aspx";

MERGE (a:Entity {id: "ITU-T SG5"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2017-2020"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Environment, Climate Change and Circular Economy",
    r.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/05/Pages/exec-sum-201809.aspx";

MERGE (a:Entity {id: "ITU-T SG5"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2022-2024"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "EMF, environment, climate action, sustainable digitalization, and circular economy",
    r.source = "https://www.itu.int/en/ITU-T/studygroups/2022-2024/05/Pages/exec-sum-202210.aspx";

MERGE (a:Entity {id: "ITU-T SG5"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2025-2028"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Environment, climate action, circular economy and electromagnetic fields",
    r.source = "https://www.itu.int/en/ITU-T/studygroups/2025-2028/05/Pages/exec-sum-Oct25.aspx";

MERGE (g:Entity {id: "ITU-T SG9"})
SET g:Body:StudyGroup,
    g.number = 9,
    g.name = "ITU-T Study Group 9",
    g.aliases = ["SG9", "SG 9", "Study Group 9", "COM 9", "ITU-T SG 9"],
    g.description = "Did not continue into the 2025-2028 study period: WTSA-24 consolidated ITU-T SG9 and SG16 into the new ITU-T Study Group 21.",
    g.source = "https://www.itu.int/net4/ITU-T/lists/sgstructure.aspx?Group=9&Period=17";

MERGE (a:Entity {id: "ITU-T SG9"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2017-2020"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Broadband cable and TV",
    r.source = "https://www.itu.int/en/ITU-D/Regional-Presence/Europe/Pages/Events/2018/FCTV/The-Future-of-Cable-TV.aspx";

MERGE (a:Entity {id: "ITU-T SG9"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2022-2024"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.source = "https://www.itu.int/net4/ITU-T/lists/sgstructure.aspx?Group=9&Period=17";

MERGE (g:Entity {id: "ITU-T SG11"})
SET g:Body:StudyGroup,
    g.number = 11,
    g.name = "ITU-T Study Group 11",
    g.aliases = ["SG11", "SG 11", "Study Group 11", "COM 11", "ITU-T SG 11"],
    g.source = "https://www.itu.int/en/ITU-T/studygroups/2022-2024/11/Pages/exec-sum-202305.aspx";

MERGE (a:Entity {id: "ITU-T SG11"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2017-2020"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Signalling requirements, protocols, test specifications and combating counterfeit products",
    r.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/11/Pages/exec-sum-201711.aspx";

MERGE (a:Entity {id: "ITU-T SG11"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2022-2024"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Signalling requirements, protocols, test specifications and combating counterfeit telecommunication/ICT devices",
    r.source = "https://www.itu.int/en/ITU-T/studygroups/2022-2024/11/Pages/exec-sum-202305.aspx";

MERGE (a:Entity {id: "ITU-T SG11"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2025-2028"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.source = "https://www.itu.int/ITU-T/workprog/wp_item.aspx?isn=20960";

MERGE (g:Entity {id: "ITU-T SG12"})
SET g:Body:StudyGroup,
    g.number = 12,
    g.name = "ITU-T Study Group 12",
    g.aliases = ["SG12", "SG 12", "Study Group 12", "COM 12", "ITU-T SG 12"],
    g.source = "https://www.itu.int/en/ITU-T/studygroups/2025-2028/12/Pages/mandate.aspx";

MERGE (a:Entity {id: "ITU-T SG12"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2017-2020"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/12/Pages/1905-summary.aspx";

MERGE (a:Entity {id: "ITU-T SG12"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2022-2024"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.source = "https://www.itu.int/en/ITU-T/studygroups/2022-2024/12/Pages/2309-summary.aspx";

MERGE (a:Entity {id: "ITU-T SG12"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2025-2028"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Performance, quality of service (QoS) and quality of experience (QoE)",
    r.source = "https://www.itu.int/en/ITU-T/studygroups/2025-2028/12/Pages/mandate.aspx";

MERGE (g:Entity {id: "ITU-T SG13"})
SET g:Body:StudyGroup,
    g.number = 13,
    g.name = "ITU-T Study Group 13",
    g.aliases = ["SG13", "SG 13", "Study Group 13", "COM 13", "ITU-T SG 13"],
    g.source = "https://www.itu.int/en/ITU-T/about/groups/2025-2028/Pages/sg13.aspx";

MERGE (a:Entity {id: "ITU-T SG13"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2017-2020"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Future networks, with focus on IMT-2020, cloud computing and trusted network infrastructures",
    r.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/13/Pages/exec-sum.aspx";

MERGE (a:Entity {id: "ITU-T SG13"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2022-2024"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Future networks and emerging network technologies",
    r.source = "https://www.itu.int/en/ITU-T/studygroups/2022-2024/13/Pages/exec-sum.aspx";

MERGE (a:Entity {id: "ITU-T SG13"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2025-2028"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Future networks and emerging network technologies",
    r.source = "https://www.itu.int/en/ITU-T/studygroups/2025-2028/13/Pages/exec-sum.aspx";

MERGE (g:Entity {id: "ITU-T SG15"})
SET g:Body:StudyGroup,
    g.number = 15,
    g.name = "ITU-T Study Group 15",
    g.aliases = ["SG15", "SG 15", "Study Group 15", "COM 15", "ITU-T SG 15"],
    g.source = "https://www.itu.int/en/ITU-T/studygroups/2022-2024/15/Pages/exec_sum_2022-09.aspx";

MERGE (a:Entity {id: "ITU-T SG15"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2017-2020"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Networks, Technologies and Infrastructures for Transport, Access and Home",
    r.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/15/Pages/exec-sum-201706.aspx";

MERGE (a:Entity {id: "ITU-T SG15"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2022-2024"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Networks, Technologies and Infrastructures for Transport, Access and Home",
    r.source = "https://www.itu.int/en/ITU-T/studygroups/2022-2024/15/Pages/exec_sum_2022-09.aspx";

MERGE (a:Entity {id: "ITU-T SG15"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2025-2028"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.source = "WTSA-24 Resolution 2 (Rev. New Delhi, 2024)";

MERGE (g:Entity {id: "ITU-T SG16"})
SET g:Body:StudyGroup,
    g.number = 16,
    g.name = "ITU-T Study Group 16",
    g.aliases = ["SG16", "SG 16", "Study Group 16", "COM 16", "ITU-T SG 16"],
    g.description = "Did not continue into the 2025-2028 study period: WTSA-24 consolidated ITU-T SG16 and SG9 into the new ITU-T Study Group 21.",
    g.source = "https://www.itu.int/go/tsg16/about";

MERGE (a:Entity {id: "ITU-T SG16"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2017-2020"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/16/Pages/results-1710.aspx";

MERGE (a:Entity {id: "ITU-T SG16"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2022-2024"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Multimedia and related digital technologies",
    r.source = "https://www.itu.int/en/ITU-T/studygroups/2022-2024/16/Pages/mandate.aspx";

MERGE (g:Entity {id: "ITU-T SG17"})
SET g:Body:StudyGroup,
    g.number = 17,
    g.name = "ITU-T Study Group 17",
    g.aliases = ["SG17", "SG 17", "Study Group 17", "COM 17", "ITU-T SG 17"],
    g.source = "https://www.itu.int/en/ITU-T/studygroups/2025-2028/17/Pages/mandate.aspx";

MERGE (a:Entity {id: "ITU-T SG17"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2017-2020"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Security",
    r.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/17/Pages/1803-summary.aspx";

MERGE (a:Entity {id: "ITU-T SG17"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2022-2024"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Security",
    r.source = "https://www.itu.int/en/ITU-T/studygroups/2022-2024/17/Pages/Sep24-summary.aspx";

MERGE (a:Entity {id: "ITU-T SG17"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2025-2028"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Security",
    r.source = "https://www.itu.int/en/ITU-T/studygroups/2025-2028/17/Pages/mandate.aspx";

MERGE (g:Entity {id: "ITU-T SG20"})
SET g:Body:StudyGroup,
    g.number = 20,
    g.name = "ITU-T Study Group 20",
    g.aliases = ["SG20", "SG 20", "Study Group 20", "COM 20", "ITU-T SG 20"],
    g.source = "https://www.itu.int/en/ITU-T/regionalgroups/sg20-afr/Pages/mandate.aspx";

MERGE (a:Entity {id: "ITU-T SG20"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2017-2020"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/20/Pages/exec-sum-sept17.aspx";

MERGE (a:Entity {id: "ITU-T SG20"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2022-2024"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.source = "https://www.itu.int/en/ITU-T/studygroups/2022-2024/20/Pages/exec-sum-jul22.aspx";

MERGE (a:Entity {id: "ITU-T SG20"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2025-2028"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.source = "https://www.itu.int/en/ITU-T/studygroups/2025-2028/20/Pages/exec-summ-sept2025.aspx";

MERGE (g:Entity {id: "ITU-T SG21"})
SET g:Body:StudyGroup,
    g.number = 21,
    g.name = "ITU-T Study Group 21",
    g.aliases = ["SG21", "SG 21", "Study Group 21", "COM 21", "ITU-T SG 21"],
    g.description = "Created by WTSA-24 (New Delhi, 2024) for the 2025-2028 study period; continues the work of former ITU-T SG9 and SG16.",
    g.source = "https://www.itu.int/en/ITU-T/studygroups/2025-2028/21/Pages/mandate.aspx";

MERGE (a:Entity {id: "ITU-T SG21"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "2025-2028"})
SET b:StudyPeriod
MERGE (a)-[r:ACTIVE_IN]->(b)
SET r.title = "Technologies for multimedia, content delivery and cable television",
    r.source = "https://www.itu.int/en/ITU-T/studygroups/2025-2028/21/Pages/mandate.aspx";

// Topics studied by study groups (topic nodes are owned by 20-topics.cypher; only their id and
// label are ensured here so that this file stands alone)

MERGE (a:Entity {id: "ITU-T SG13"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "topic:cloud-computing"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.itu.int/en/ITU-T/studygroups/2017-2020/13/Pages/exec-sum.aspx"}]->(b);

MERGE (a:Entity {id: "ITU-T SG13"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "topic:imt-2020"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.itu.int/en/ITU-T/studygroups/2017-2020/13/Pages/exec-sum.aspx"}]->(b);

MERGE (a:Entity {id: "ITU-T SG17"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "topic:security"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.itu.int/en/ITU-T/studygroups/2025-2028/17/Pages/mandate.aspx"}]->(b);

MERGE (a:Entity {id: "ITU-T SG17"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "topic:identity-management"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.itu.int/en/ITU-T/studygroups/com17/Pages/idm.aspx"}]->(b);

MERGE (a:Entity {id: "ITU-T SG20"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "topic:internet-of-things"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.itu.int/en/ITU-T/regionalgroups/sg20-afr/Pages/mandate.aspx"}]->(b);

MERGE (a:Entity {id: "ITU-T SG20"})
SET a:Body:StudyGroup
MERGE (b:Entity {id: "topic:smart-cities"})
SET b:Topic
MERGE (a)-[r:STUDIES {source: "https://www.itu.int/en/ITU-T/regionalgroups/sg20-afr/Pages/mandate.aspx"}]->(b);

