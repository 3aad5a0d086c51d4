// Reference graph: ITU-T study periods.
// Each study period is opened by the World Telecommunication Standardization Assembly (WTSA) named in
// `assembly`: WTSA-12 (Dubai, 2012), WTSA-16 (Hammamet, 2016), WTSA-20 (Geneva, 2022), WTSA-24
// (New Delhi, 2024). `start`/`end` are the nominal years in the period's name.
// Idempotent: MERGE on Entity {id}, then SET.

MERGE (sp:Entity {id: "2013-2016"})
SET sp:StudyPeriod,
    sp.name = "Study period 2013-2016",
    sp.start = 2013,
    sp.end = 2016,
    sp.assembly = "WTSA-12",
    sp.source = "https://www.itu.int/en/ITU-T/studygroups/2013-2016/13/Pages/mandate.aspx";

MERGE (sp:Entity {id: "2017-2020"})
SET sp:StudyPeriod,
    sp.name = "Study period 2017-2020",
    sp.start = 2017,
    sp.end = 2020,
    sp.assembly = "WTSA-16",
    sp.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/13/Pages/exec-sum-201702.aspx";

MERGE (sp:Entity {id: "2022-2024"})
SET sp:StudyPeriod,
    sp.name = "Study period 2022-2024",
    sp.start = 2022,
    sp.end = 2024,
    sp.assembly = "WTSA-20",
    sp.source = "https://www.itu.int/en/ITU-T/studygroups/2022-2024/15/Pages/exec_sum_2022-09.aspx";

MERGE (sp:Entity {id: "2025-2028"})
SET sp:StudyPeriod,
    sp.name = "Study period 2025-2028",
    sp.start = 2025,
    sp.end = 2028,
    sp.assembly = "WTSA-24",
    sp.source = "https://www.itu.int/en/ITU-T/studygroups/2025-2028/13/Pages/exec-sum.aspx";
