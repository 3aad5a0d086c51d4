import { describe, expect, it } from "vitest";
import { FormTrie } from "../../../src/extract/form-trie.js";
import { referenceGazetteer } from "../../../src/extract/reference-gazetteer.js";

// The gazetteer's compiled matcher (one trie of every name and alias) finds exactly what the
// matcher it replaced found: one regular expression per name, tried where the name's first
// words were. The expectations below are what that matcher returned for these sentences
// (entry id, text matched, index), with the reference gazetteer.

type Found = [id: string, matched: string, index: number][];

const ALL_TYPES: [string, Found][] = [
  ["ITU-T Study Group 17 thanks ITU-T SG 13 and TSAG for their liaison statements on blockchain.", [["topic:blockchain", "blockchain", 81]]],
  ["The IETF CCAMP working group and IEEE 802.1 agreed on smart contracts and distributed ledgers.", [["IETF", "The IETF", 0], ["IETF CCAMP", "CCAMP working group", 9], ["IEEE 802.1", "IEEE 802.1", 33], ["topic:smart-contracts", "smart contracts", 54], ["topic:distributed-ledger-technology", "distributed ledgers", 74]]],
  ["Distributed Ledger Technologies, DLTs and DLT platforms were discussed by ISO/IEC JTC 1/SC 27.", [["topic:distributed-ledger-technology", "Distributed Ledger Technologies", 0], ["topic:distributed-ledger-technology", "DLTs", 33], ["topic:distributed-ledger-technology", "DLT", 42], ["ISO/IEC JTC 1/SC 27", "ISO/IEC JTC 1/SC 27", 74]]],
  ["He said the maintainer would explain; the pii and dlt are lowercase, as are ai and iot.", []],
  ["AI-based IoT with DLT for smart cities and the Internet of Things in 5G networks.", [["topic:artificial-intelligence", "AI", 0], ["topic:internet-of-things", "IoT", 9], ["topic:distributed-ledger-technology", "DLT", 18], ["topic:smart-cities", "smart cities", 26], ["topic:internet-of-things", "Internet of Things", 47], ["topic:imt-2020", "5G networks", 69]]],
  ["security assessment of blockchain technology and PII protection for identity management.", [["topic:security-assessment", "security assessment", 0], ["topic:blockchain", "blockchain technology", 23], ["topic:pii-protection", "PII protection", 49], ["topic:identity-management", "identity management", 68]]],
  ["distrusted/public/shared ledger, crowd funding, P2P insurance and crowdfunding platforms.", [["topic:distributed-ledger-technology", "shared ledger", 18], ["topic:crowd-funding", "crowd funding", 33], ["topic:peer-to-peer-insurance", "P2P insurance", 48], ["topic:crowd-funding", "crowdfunding", 66]]],
  ["The Focus Group on Distributed Ledger Technology (FG DLT) and FG-AI4H reported to SG16.", [["topic:distributed-ledger-technology", "Distributed Ledger Technology", 19], ["ITU-T FG DLT", "FG DLT", 50], ["ITU-T FG AI4H", "FG-AI4H", 62]]],
  ["WHO and ITU jointly organized a workshop on AI for health with the World Health Organization.", [["WHO", "WHO", 0], ["topic:ai-for-health", "AI for health", 44], ["WHO", "World Health Organization", 67]]],
  ["Quantum key distribution, quantum-safe cryptography and QKD networks are studied by SG13.", [["topic:quantum-key-distribution", "Quantum key distribution", 0], ["topic:quantum-key-distribution", "QKD", 56]]],
  ["3GPP SA3, 3GPP CT4 and ETSI TC CYBER sent comments on machine learning for networks.", [["3GPP SA3", "3GPP SA3", 0], ["3GPP CT4", "3GPP CT4", 10], ["ETSI TC CYBER", "ETSI TC CYBER", 23], ["topic:machine-learning", "machine learning", 54]]],
  ["Cloud computing, cloud-computing and CLOUD COMPUTING are the same topic; so are metaverses.", [["topic:cloud-computing", "Cloud computing", 0], ["topic:cloud-computing", "CLOUD COMPUTING", 37], ["topic:metaverse", "metaverses", 80]]],
  ["The Broadband Forum (BBF) and the MEF Forum work on digital currencies and online voting.", [["BBF", "The Broadband Forum", 0], ["BBF", "BBF", 21], ["MEF", "MEF Forum", 34], ["topic:digital-currency", "digital currencies", 52], ["topic:online-voting", "online voting", 75]]],
  ["ITU-T SG17, ITU-T SG 17, SG17 and Study Group 17 all name one body; Q14/17 and WP3/17 are parts.", []],
  ["Nothing here names a known body or topic: just plain words about weather and lunch.", []],
  ["Technologies of smart contract security; smart-contracts; Smart Contracts; SMART CONTRACTS.", [["topic:smart-contracts", "smart contract", 16], ["topic:security", "security", 31], ["topic:smart-contracts", "Smart Contracts", 58], ["topic:smart-contracts", "SMART CONTRACTS", 75]]],
  ["The IETF LAMPS, NETMOD, TEAS and DETNET working groups liaise with ITU-T SG15 on optical transport.", [["IETF LAMPS", "IETF LAMPS", 4], ["IETF NETMOD", "NETMOD", 16], ["IETF TEAS", "TEAS", 24], ["IETF DETNET", "DETNET working groups", 33]]],
  ["Ce texte en français parle de la chaîne de blocs et de l'Internet des objets à l'UIT-T.", []],
  ["Multiprotocol Label Switching Working Group and the MPLS WG answered the IEEE 802.3 group.", [["IETF MPLS", "Multiprotocol Label Switching Working Group", 0], ["IETF MPLS", "MPLS WG", 52], ["IEEE 802.3", "IEEE 802.3", 73]]],
  ["ISO/IEC JTC 1/SC 42 on artificial intelligence and ISO/IEC JTC1 SC27 on information security.", [["ISO/IEC JTC 1/SC 42", "ISO/IEC JTC 1/SC 42", 0], ["topic:artificial-intelligence", "artificial intelligence", 23], ["ISO/IEC JTC 1/SC 27", "ISO/IEC JTC1 SC27", 51], ["topic:security", "information security", 72]]],
  ["privacy by design, privacy  by   design and privacy\nby design across lines.", [["topic:privacy", "privacy", 0], ["topic:privacy", "privacy", 19], ["topic:privacy", "privacy", 44]]],
  ["ÉTSI, Ériger, naïve intelligence: AIs, IoTs and e-health with eHealth and digital health.", [["topic:artificial-intelligence", "AIs", 34], ["topic:internet-of-things", "IoTs", 39]]],
  ["x AIx xAI AI1 1AI _AI_ AI_ (AI) [IoT] {DLT} 'blockchain' \"metaverse\"", [["topic:artificial-intelligence", "AI", 19], ["topic:artificial-intelligence", "AI", 23], ["topic:artificial-intelligence", "AI", 28], ["topic:internet-of-things", "IoT", 33], ["topic:distributed-ledger-technology", "DLT", 39], ["topic:blockchain", "blockchain", 45], ["topic:metaverse", "metaverse", 58]]],
];

/** The same sentences, asking for bodies only (StudyGroup, Organization, AdvisoryGroup). */
const BODIES: [string, Found][] = [
  ["ITU-T Study Group 17 thanks ITU-T SG 13 and TSAG for their liaison statements on blockchain.", []],
  ["The IETF CCAMP working group and IEEE 802.1 agreed on smart contracts and distributed ledgers.", [["IETF", "The IETF", 0], ["IETF CCAMP", "CCAMP working group", 9], ["IEEE 802.1", "IEEE 802.1", 33]]],
  ["Distributed Ledger Technologies, DLTs and DLT platforms were discussed by ISO/IEC JTC 1/SC 27.", [["ISO/IEC JTC 1/SC 27", "ISO/IEC JTC 1/SC 27", 74]]],
  ["He said the maintainer would explain; the pii and dlt are lowercase, as are ai and iot.", []],
  ["AI-based IoT with DLT for smart cities and the Internet of Things in 5G networks.", []],
  ["security assessment of blockchain technology and PII protection for identity management.", []],
  ["distrusted/public/shared ledger, crowd funding, P2P insurance and crowdfunding platforms.", []],
  ["The Focus Group on Distributed Ledger Technology (FG DLT) and FG-AI4H reported to SG16.", []],
  ["WHO and ITU jointly organized a workshop on AI for health with the World Health Organization.", [["WHO", "WHO", 0], ["WHO", "World Health Organization", 67]]],
  ["Quantum key distribution, quantum-safe cryptography and QKD networks are studied by SG13.", []],
  ["3GPP SA3, 3GPP CT4 and ETSI TC CYBER sent comments on machine learning for networks.", [["3GPP SA3", "3GPP SA3", 0], ["3GPP CT4", "3GPP CT4", 10], ["ETSI TC CYBER", "ETSI TC CYBER", 23]]],
  ["Cloud computing, cloud-computing and CLOUD COMPUTING are the same topic; so are metaverses.", []],
  ["The Broadband Forum (BBF) and the MEF Forum work on digital currencies and online voting.", [["BBF", "The Broadband Forum", 0], ["BBF", "BBF", 21], ["MEF", "MEF Forum", 34]]],
  ["ITU-T SG17, ITU-T SG 17, SG17 and Study Group 17 all name one body; Q14/17 and WP3/17 are parts.", []],
  ["Nothing here names a known body or topic: just plain words about weather and lunch.", []],
  ["Technologies of smart contract security; smart-contracts; Smart Contracts; SMART CONTRACTS.", []],
  ["The IETF LAMPS, NETMOD, TEAS and DETNET working groups liaise with ITU-T SG15 on optical transport.", [["IETF LAMPS", "IETF LAMPS", 4], ["IETF NETMOD", "NETMOD", 16], ["IETF TEAS", "TEAS", 24], ["IETF DETNET", "DETNET working groups", 33]]],
  ["Ce texte en français parle de la chaîne de blocs et de l'Internet des objets à l'UIT-T.", []],
  ["Multiprotocol Label Switching Working Group and the MPLS WG answered the IEEE 802.3 group.", [["IETF MPLS", "Multiprotocol Label Switching Working Group", 0], ["IETF MPLS", "MPLS WG", 52], ["IEEE 802.3", "IEEE 802.3", 73]]],
  ["ISO/IEC JTC 1/SC 42 on artificial intelligence and ISO/IEC JTC1 SC27 on information security.", [["ISO/IEC JTC 1/SC 42", "ISO/IEC JTC 1/SC 42", 0], ["ISO/IEC JTC 1/SC 27", "ISO/IEC JTC1 SC27", 51]]],
  ["privacy by design, privacy  by   design and privacy\nby design across lines.", []],
  ["ÉTSI, Ériger, naïve intelligence: AIs, IoTs and e-health with eHealth and digital health.", []],
  ["x AIx xAI AI1 1AI _AI_ AI_ (AI) [IoT] {DLT} 'blockchain' \"metaverse\"", []],
];

const gazetteer = referenceGazetteer();
const found = (sentence: string, types?: Parameters<typeof gazetteer.find>[1]): Found =>
  gazetteer.find(sentence, types).map((m) => [m.entry.id, m.matchedText, m.index]);

describe("the compiled gazetteer matcher", () => {
  it.each(ALL_TYPES)("finds what one pattern per name found in %j", (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it.each(BODIES)("finds the bodies one pattern per name found in %j", (sentence, expected) => {
    expect(found(sentence, ["StudyGroup", "Organization", "AdvisoryGroup"])).toEqual(expected);
  });
});

describe("FormTrie", () => {
  const trie = new FormTrie<string>();
  trie.add("smart contract", "phrase", false);
  trie.add("technology", "y-plural", false);
  trie.add("DLT", "acronym", true);
  trie.add("ITU-T", "prefix", false);
  trie.add("ITU-T SG 17", "longer", false);
  const at = (text: string, start = 0) => trie.matchAt(text, start).map((m) => [m.value, text.slice(start, m.end)]);

  it("matches any run of whitespace where a form has a space, and plurals", () => {
    expect(at("smart \t\n contracts here")).toEqual([["phrase", "smart \t\n contracts"]]);
    expect(at("Technologies, and")).toEqual([["y-plural", "Technologies"]]);
    expect(at("technologys")).toEqual([]);
  });

  it("matches acronyms only as written, and only whole words", () => {
    expect(at("DLTs")).toEqual([["acronym", "DLTs"]]);
    expect(at("Dlt")).toEqual([]);
    expect(at("DLTx")).toEqual([]);
    expect(at("xDLT", 1)).toEqual([]);
  });

  it("returns every form that ends at a word boundary along the way", () => {
    expect(at("ITU-T SG 17 and")).toEqual([["prefix", "ITU-T"], ["longer", "ITU-T SG 17"]]);
    expect(at("ITU-T SG 170")).toEqual([["prefix", "ITU-T"]]);
  });
});

describe("the matcher's time grows with the text, not with the names known", () => {
  // Generous bounds for a busy machine: each of these takes a fraction of a second.
  const BOUND_MS = 10_000;
  const SIZE = 500_000;
  const shapes = ["ITU-T ", "smart ", "a ", "DLT", "IETF CCAMP working ", "ISO/IEC JTC 1/SC ", "Distributed Ledger "];
  it.each(shapes)("500 KB of %j", (unit) => {
    const text = unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
    const started = performance.now();
    const matches = gazetteer.find(text);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    expect(Array.isArray(matches)).toBe(true);
  });
});
