// Reference graph: ITU-T (sector, TSB, TSAG), its study groups per study period, other ITU Sectors and
// external organizations that exchange liaison statements with ITU-T.
// Every node is MERGEd on Entity {id} and then given its labels, so that a node first created by a
// liaison statement merges with the reference node. Reference relations are MERGEd on their `source`
// (ACTIVE_IN: one per group and study period) so that they never merge with a document-derived
// relation, which carries `sourceDocument` instead.
// Study group titles are study-period specific: they are on ACTIVE_IN {title, source}.

// ITU-T, its bureau and its advisory group

MERGE (o:Entity {id: "ITU-T"})
SET o:Body:Organization,
    o.name = "ITU Telecommunication Standardization Sector",
    o.kind = "SECTOR",
    o.aliases = ["ITU-T", "ITU Telecommunication Standardization Sector", "Telecommunication Standardization Sector"],
    o.source = "http://www.itu.int/osg/spu/ip/chapter_four.html";

MERGE (o:Entity {id: "ITU-T TSB"})
SET o:Body:Organization,
    o.name = "Telecommunication Standardization Bureau",
    o.kind = "BUREAU",
    o.aliases = ["TSB", "ITU-T TSB", "Telecommunication Standardization Bureau", "ITU TSB"],
    o.description = "The executive arm (secretariat) of ITU-T, headed by the TSB Director.",
    o.source = "http://www.itu.int/osg/spu/ip/chapter_four.html";

MERGE (a:Entity {id: "ITU-T TSB"})
SET a:Body:Organization
MERGE (b:Entity {id: "ITU-T"})
SET b:Body:Organization
MERGE (a)-[r:PART_OF {source: "http://www.itu.int/osg/spu/ip/chapter_four.html"}]->(b);

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

// Other ITU Sectors and external organizations

MERGE (o:Entity {id: "ITU-R"})
SET o:Body:Organization,
    o.name = "ITU Radiocommunication Sector",
    o.kind = "SECTOR",
    o.aliases = ["ITU-R", "ITU Radiocommunication Sector", "Radiocommunication Sector"],
    o.source = "https://www.itu.int/en/mediacentre/backgrounders/Pages/itu-study-groups.aspx";

MERGE (o:Entity {id: "ITU-D"})
SET o:Body:Organization,
    o.name = "ITU Telecommunication Development Sector",
    o.kind = "SECTOR",
    o.aliases = ["ITU-D", "ITU Telecommunication Development Sector", "Telecommunication Development Sector"],
    o.source = "https://www.itu.int/en/mediacentre/backgrounders/Pages/itu-study-groups.aspx";

MERGE (o:Entity {id: "IETF"})
SET o:Body:Organization,
    o.name = "Internet Engineering Task Force",
    o.kind = "SDO",
    o.aliases = ["IETF", "Internet Engineering Task Force"],
    o.source = "https://www.ietf.org/";

MERGE (o:Entity {id: "IETF CCAMP"})
SET o:Body:Organization,
    o.name = "Common Control and Measurement Plane",
    o.kind = "WORKING_GROUP",
    o.aliases = ["CCAMP", "IETF CCAMP", "CCAMP WG", "CCAMP Working Group", "Common Control and Measurement Plane"],
    o.source = "https://datatracker.ietf.org/wg/ccamp/about/";

MERGE (o:Entity {id: "3GPP"})
SET o:Body:Organization,
    o.name = "3rd Generation Partnership Project",
    o.kind = "SDO",
    o.aliases = ["3GPP", "3rd Generation Partnership Project", "Third Generation Partnership Project"],
    o.source = "https://www.3gpp.org/";

MERGE (o:Entity {id: "ISO/IEC JTC 1"})
SET o:Body:Organization,
    o.name = "ISO/IEC JTC 1 Information technology",
    o.kind = "JOINT_TECHNICAL_COMMITTEE",
    o.aliases = ["ISO/IEC JTC 1", "ISO/IEC JTC1", "JTC 1", "JTC1", "ISO/IEC Joint Technical Committee 1"],
    o.source = "https://www.iso.org/isoiec-jtc-1.html";

MERGE (o:Entity {id: "ISO/IEC JTC 1/SC 27"})
SET o:Body:Organization,
    o.name = "ISO/IEC JTC 1/SC 27 Information security, cybersecurity and privacy protection",
    o.kind = "SUBCOMMITTEE",
    o.aliases = ["ISO/IEC JTC 1/SC 27", "ISO/IEC JTC1/SC27", "JTC 1/SC 27", "JTC1/SC27", "SC 27", "SC27"],
    o.source = "https://www.iso.org/committee/45306.html";

MERGE (o:Entity {id: "ISO/TC 307"})
SET o:Body:Organization,
    o.name = "ISO/TC 307 Blockchain and distributed ledger technologies",
    o.kind = "TECHNICAL_COMMITTEE",
    o.aliases = ["ISO/TC 307", "ISO TC 307", "ISO/TC307", "TC 307"],
    o.source = "https://www.iso.org/committee/6266604.html";

MERGE (o:Entity {id: "ETSI"})
SET o:Body:Organization,
    o.name = "European Telecommunications Standards Institute",
    o.kind = "SDO",
    o.aliases = ["ETSI", "European Telecommunications Standards Institute"],
    o.source = "https://www.etsi.org/";

MERGE (o:Entity {id: "IEEE"})
SET o:Body:Organization,
    o.name = "Institute of Electrical and Electronics Engineers",
    o.kind = "SDO",
    o.aliases = ["IEEE", "Institute of Electrical and Electronics Engineers", "IEEE SA", "IEEE Standards Association"],
    o.source = "https://www.ieee.org/";

MERGE (o:Entity {id: "W3C"})
SET o:Body:Organization,
    o.name = "World Wide Web Consortium",
    o.kind = "SDO",
    o.aliases = ["W3C", "World Wide Web Consortium"],
    o.source = "https://www.w3.org/";

MERGE (o:Entity {id: "WHO"})
SET o:Body:Organization,
    o.name = "World Health Organization",
    o.kind = "UN_AGENCY",
    o.aliases = ["WHO", "World Health Organization"],
    o.source = "https://www.who.int/";

MERGE (o:Entity {id: "WMO"})
SET o:Body:Organization,
    o.name = "World Meteorological Organization",
    o.kind = "UN_AGENCY",
    o.aliases = ["WMO", "World Meteorological Organization"],
    o.source = "https://wmo.int/";

MERGE (o:Entity {id: "UNEP"})
SET o:Body:Organization,
    o.name = "United Nations Environment Programme",
    o.kind = "UN_PROGRAMME",
    o.aliases = ["UNEP", "UN Environment Programme", "United Nations Environment Programme"],
    o.source = "https://www.unep.org/";

MERGE (a:Entity {id: "IETF CCAMP"})
SET a:Body:Organization
MERGE (b:Entity {id: "IETF"})
SET b:Body:Organization
MERGE (a)-[r:PART_OF {source: "https://datatracker.ietf.org/wg/ccamp/about/"}]->(b);

MERGE (a:Entity {id: "ISO/IEC JTC 1/SC 27"})
SET a:Body:Organization
MERGE (b:Entity {id: "ISO/IEC JTC 1"})
SET b:Body:Organization
MERGE (a)-[r:PART_OF {source: "https://www.iso.org/committee/45306.html"}]->(b);
