// Reference graph: resolutions of the World Telecommunication Standardization Assembly WTSA-16
// (Hammamet, Tunisia, 25 October - 3 November 2016) that liaison statements cite.
// Idempotent: MERGE on Entity {id}, then SET.

MERGE (res:Entity {id: "WTSA-16 Resolution 1"})
SET res:Resolution,
    res.number = 1,
    res.assembly = "WTSA-16",
    res.place = "Hammamet",
    res.year = 2016,
    res.title = "Rules of procedure of the ITU Telecommunication Standardization Sector",
    res.name = "WTSA-16 Resolution 1: Rules of procedure of the ITU Telecommunication Standardization Sector",
    res.aliases = ["WTSA-16 Resolution 1", "Resolution 1 (Rev. Hammamet, 2016)", "WTSA-16 Res. 1"],
    res.source = "https://metanorma.github.io/mn-samples-itu/documents/T-RES-T.1-2016-MSW-E.html";

MERGE (res:Entity {id: "WTSA-16 Resolution 2"})
SET res:Resolution,
    res.number = 2,
    res.assembly = "WTSA-16",
    res.place = "Hammamet",
    res.year = 2016,
    res.title = "ITU Telecommunication Standardization Sector study group responsibility and mandates",
    res.name = "WTSA-16 Resolution 2: ITU Telecommunication Standardization Sector study group responsibility and mandates",
    res.aliases = ["WTSA-16 Resolution 2", "Resolution 2 (Rev. Hammamet, 2016)", "WTSA-16 Res. 2"],
    res.source = "https://docsbay.net/itu-t-rec-book-1-resolutions-itu-t-series-a-recommendations-s1";

MERGE (res:Entity {id: "WTSA-16 Resolution 18"})
SET res:Resolution,
    res.number = 18,
    res.assembly = "WTSA-16",
    res.place = "Hammamet",
    res.year = 2016,
    res.name = "WTSA-16 Resolution 18",
    res.description = "On the principles and procedures for the allocation of work to, and strengthening coordination and cooperation among, ITU-R, ITU-T and ITU-D.",
    res.aliases = ["WTSA-16 Resolution 18", "Resolution 18 (Rev. Hammamet, 2016)", "WTSA-16 Res. 18"],
    res.source = "WTSA-16 Resolution 18 (Rev. Hammamet, 2016)";

MERGE (res:Entity {id: "WTSA-16 Resolution 22"})
SET res:Resolution,
    res.number = 22,
    res.assembly = "WTSA-16",
    res.place = "Hammamet",
    res.year = 2016,
    res.title = "Authorization for the Telecommunication Standardization Advisory Group to act between world telecommunication standardization assemblies",
    res.name = "WTSA-16 Resolution 22: Authorization for the Telecommunication Standardization Advisory Group to act between world telecommunication standardization assemblies",
    res.aliases = ["WTSA-16 Resolution 22", "Resolution 22 (Rev. Hammamet, 2016)", "WTSA-16 Res. 22"],
    res.source = "WTSA-16 Resolution 22 (Rev. Hammamet, 2016)";

MERGE (res:Entity {id: "WTSA-16 Resolution 89"})
SET res:Resolution,
    res.number = 89,
    res.assembly = "WTSA-16",
    res.place = "Hammamet",
    res.year = 2016,
    res.title = "Promoting the use of information and communication technologies to bridge the financial inclusion gap",
    res.name = "WTSA-16 Resolution 89: Promoting the use of information and communication technologies to bridge the financial inclusion gap",
    res.aliases = ["WTSA-16 Resolution 89", "Resolution 89 (Hammamet, 2016)", "WTSA-16 Res. 89"],
    res.source = "WTSA-16 Resolution 89 (Hammamet, 2016)";
