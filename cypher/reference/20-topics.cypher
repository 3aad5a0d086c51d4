// The topic taxonomy: what liaison statements are about. Loaded by the reference graph loader,
// one statement per block, idempotent (MERGE on id). Aliases feed the extractor's gazetteer: short
// acronyms in them are matched case-sensitively, other aliases regardless of case.

MERGE (t:Entity:Topic {id: "topic:blockchain"})
SET t.name = "blockchain", t.aliases = ["block chain", "blockchains", "blockchain technology"], t.source = "ITU-T liaison statement sp16-sg17-oLS-00014";

MERGE (t:Entity:Topic {id: "topic:distributed-ledger-technology"})
SET t.name = "distributed ledger technology", t.aliases = ["DLT", "DLTs", "distributed ledger", "distributed ledgers", "distributed ledger technologies", "shared ledger", "public ledger"], t.source = "https://www.itu.int/en/ITU-T/focusgroups/dlt/";

MERGE (t:Entity:Topic {id: "topic:smart-contracts"})
SET t.name = "smart contracts", t.aliases = ["smart contract"], t.source = "ITU-T liaison statement sp16-sg17-oLS-00014";

MERGE (t:Entity:Topic {id: "topic:decentralized-applications"})
SET t.name = "decentralized applications", t.aliases = ["decentralised applications", "decentralized application", "DApps", "dApps"], t.source = "ITU-T liaison statement sp16-sg17-oLS-00014";

MERGE (t:Entity:Topic {id: "topic:identity-management"})
SET t.name = "identity management", t.aliases = ["IdM"], t.source = "ITU-T liaison statement sp16-sg17-oLS-00014";

MERGE (t:Entity:Topic {id: "topic:security"})
SET t.name = "security", t.aliases = ["cybersecurity", "cyber security", "information security"], t.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/17/Pages/default.aspx";

MERGE (t:Entity:Topic {id: "topic:security-assessment"})
SET t.name = "security assessment", t.aliases = [], t.source = "ITU-T liaison statement sp16-sg17-oLS-00014";

MERGE (t:Entity:Topic {id: "topic:privacy"})
SET t.name = "privacy", t.aliases = ["data privacy"], t.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/17/Pages/default.aspx";

MERGE (t:Entity:Topic {id: "topic:pii-protection"})
SET t.name = "PII protection", t.aliases = ["personally identifiable information protection", "PII", "personally identifiable information"], t.source = "ITU-T liaison statement sp16-sg17-oLS-00014";

MERGE (t:Entity:Topic {id: "topic:quantum-key-distribution"})
SET t.name = "quantum key distribution", t.aliases = ["QKD"], t.source = "https://www.itu.int/en/ITU-T/focusgroups/qit4n/";

MERGE (t:Entity:Topic {id: "topic:digital-financial-services"})
SET t.name = "digital financial services", t.aliases = ["DFS", "digital financial service"], t.source = "https://www.itu.int/en/ITU-T/focusgroups/dfs/";

MERGE (t:Entity:Topic {id: "topic:financial-inclusion"})
SET t.name = "financial inclusion", t.aliases = [], t.source = "ITU-T FG DFS Technical Report Distributed Ledger Technologies and Financial Inclusion (03/2017)";

MERGE (t:Entity:Topic {id: "topic:credit-management"})
SET t.name = "credit management", t.aliases = [], t.source = "ITU-T liaison statement sp16-sg17-oLS-00014";

MERGE (t:Entity:Topic {id: "topic:crowd-funding"})
SET t.name = "crowd funding", t.aliases = ["crowdfunding", "crowd-funding"], t.source = "ITU-T liaison statement sp16-sg17-oLS-00014";

MERGE (t:Entity:Topic {id: "topic:peer-to-peer-insurance"})
SET t.name = "peer-to-peer insurance", t.aliases = ["P2P insurance", "peer to peer insurance"], t.source = "ITU-T liaison statement sp16-sg17-oLS-00014";

MERGE (t:Entity:Topic {id: "topic:digital-currency"})
SET t.name = "digital currency", t.aliases = ["CBDC", "CBDCs", "central bank digital currency", "central bank digital currencies", "digital currencies", "digital fiat currency"], t.source = "https://www.itu.int/en/ITU-T/focusgroups/dfc/";

MERGE (t:Entity:Topic {id: "topic:supply-chain-management"})
SET t.name = "supply chain management", t.aliases = [], t.source = "ITU-T liaison statement sp16-sg17-oLS-00014";

MERGE (t:Entity:Topic {id: "topic:online-voting"})
SET t.name = "online voting", t.aliases = ["e-voting", "electronic voting"], t.source = "ITU-T liaison statement sp16-sg17-oLS-00014";

MERGE (t:Entity:Topic {id: "topic:medical-records"})
SET t.name = "medical records", t.aliases = ["electronic health records", "electronic health record", "EHR", "EHRs", "electronic medical records"], t.source = "ITU-T liaison statement sp16-sg17-oLS-00014";

MERGE (t:Entity:Topic {id: "topic:network-requirements"})
SET t.name = "network requirements", t.aliases = [], t.source = "ITU-T liaison statement sp16-sg17-oLS-00014";

MERGE (t:Entity:Topic {id: "topic:regulatory-and-policy-aspects"})
SET t.name = "regulatory and policy aspects", t.aliases = ["regulatory aspects", "policy aspects"], t.source = "ITU-T liaison statement sp16-sg17-oLS-00014";

MERGE (t:Entity:Topic {id: "topic:artificial-intelligence"})
SET t.name = "artificial intelligence", t.aliases = ["AI"], t.source = "https://www.itu.int/en/ITU-T/focusgroups/ai4h/";

MERGE (t:Entity:Topic {id: "topic:machine-learning"})
SET t.name = "machine learning", t.aliases = ["ML"], t.source = "https://www.itu.int/en/ITU-T/focusgroups/ml5g/";

MERGE (t:Entity:Topic {id: "topic:ai-for-health"})
SET t.name = "AI for health", t.aliases = ["artificial intelligence for health", "AI4H"], t.source = "https://www.itu.int/en/ITU-T/focusgroups/ai4h/";

MERGE (t:Entity:Topic {id: "topic:natural-disaster-management"})
SET t.name = "natural disaster management", t.aliases = ["disaster management", "AI for natural disaster management"], t.source = "https://www.itu.int/en/ITU-T/focusgroups/ai4ndm/";

MERGE (t:Entity:Topic {id: "topic:imt-2020"})
SET t.name = "IMT-2020", t.aliases = ["5G", "IMT 2020", "5G networks"], t.source = "https://www.itu.int/en/ITU-T/focusgroups/imt-2020/";

MERGE (t:Entity:Topic {id: "topic:vehicular-multimedia"})
SET t.name = "vehicular multimedia", t.aliases = ["in-vehicle multimedia"], t.source = "https://www.itu.int/en/ITU-T/focusgroups/vm/";

MERGE (t:Entity:Topic {id: "topic:metaverse"})
SET t.name = "metaverse", t.aliases = [], t.source = "https://www.itu.int/en/ITU-T/focusgroups/mv/";

MERGE (t:Entity:Topic {id: "topic:internet-of-things"})
SET t.name = "internet of things", t.aliases = ["IoT"], t.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/20/Pages/default.aspx";

MERGE (t:Entity:Topic {id: "topic:smart-cities"})
SET t.name = "smart cities", t.aliases = ["smart city", "smart cities and communities", "smart sustainable cities"], t.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/20/Pages/default.aspx";

MERGE (t:Entity:Topic {id: "topic:cloud-computing"})
SET t.name = "cloud computing", t.aliases = [], t.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/13/Pages/default.aspx";

// BROADER: narrower -> broader. Privacy sits under security as in ITU-T, where SG17 (Security)
// studies PII protection.

MATCH (a:Topic {id: "topic:blockchain"}), (b:Topic {id: "topic:distributed-ledger-technology"})
MERGE (a)-[r:BROADER]->(b)
SET r.source = "ITU-T FG DFS Technical Report Distributed Ledger Technologies and Financial Inclusion (03/2017)";

MATCH (a:Topic {id: "topic:smart-contracts"}), (b:Topic {id: "topic:distributed-ledger-technology"})
MERGE (a)-[r:BROADER]->(b)
SET r.source = "https://www.itu.int/en/ITU-T/focusgroups/dlt/";

MATCH (a:Topic {id: "topic:decentralized-applications"}), (b:Topic {id: "topic:distributed-ledger-technology"})
MERGE (a)-[r:BROADER]->(b)
SET r.source = "https://www.itu.int/en/ITU-T/focusgroups/dlt/Pages/ToR.aspx";

MATCH (a:Topic {id: "topic:identity-management"}), (b:Topic {id: "topic:security"})
MERGE (a)-[r:BROADER]->(b)
SET r.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/17/Pages/default.aspx";

MATCH (a:Topic {id: "topic:security-assessment"}), (b:Topic {id: "topic:security"})
MERGE (a)-[r:BROADER]->(b)
SET r.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/17/Pages/default.aspx";

MATCH (a:Topic {id: "topic:privacy"}), (b:Topic {id: "topic:security"})
MERGE (a)-[r:BROADER]->(b)
SET r.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/17/Pages/default.aspx";

MATCH (a:Topic {id: "topic:pii-protection"}), (b:Topic {id: "topic:privacy"})
MERGE (a)-[r:BROADER]->(b)
SET r.source = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/17/Pages/default.aspx";

MATCH (a:Topic {id: "topic:quantum-key-distribution"}), (b:Topic {id: "topic:security"})
MERGE (a)-[r:BROADER]->(b)
SET r.source = "https://www.itu.int/en/ITU-T/focusgroups/qit4n/";

MATCH (a:Topic {id: "topic:financial-inclusion"}), (b:Topic {id: "topic:digital-financial-services"})
MERGE (a)-[r:BROADER]->(b)
SET r.source = "ITU-T FG DFS Technical Report Distributed Ledger Technologies and Financial Inclusion (03/2017)";

MATCH (a:Topic {id: "topic:credit-management"}), (b:Topic {id: "topic:digital-financial-services"})
MERGE (a)-[r:BROADER]->(b)
SET r.source = "https://www.itu.int/en/ITU-T/focusgroups/dfs/";

MATCH (a:Topic {id: "topic:crowd-funding"}), (b:Topic {id: "topic:digital-financial-services"})
MERGE (a)-[r:BROADER]->(b)
SET r.source = "https://www.itu.int/en/ITU-T/focusgroups/dfs/";

MATCH (a:Topic {id: "topic:peer-to-peer-insurance"}), (b:Topic {id: "topic:digital-financial-services"})
MERGE (a)-[r:BROADER]->(b)
SET r.source = "https://www.itu.int/en/ITU-T/focusgroups/dfs/";

MATCH (a:Topic {id: "topic:digital-currency"}), (b:Topic {id: "topic:digital-financial-services"})
MERGE (a)-[r:BROADER]->(b)
SET r.source = "https://www.itu.int/en/ITU-T/focusgroups/dfc/";

MATCH (a:Topic {id: "topic:machine-learning"}), (b:Topic {id: "topic:artificial-intelligence"})
MERGE (a)-[r:BROADER]->(b)
SET r.source = "https://www.itu.int/en/ITU-T/focusgroups/ml5g/";

MATCH (a:Topic {id: "topic:ai-for-health"}), (b:Topic {id: "topic:artificial-intelligence"})
MERGE (a)-[r:BROADER]->(b)
SET r.source = "https://www.itu.int/en/ITU-T/focusgroups/ai4h/";
