/**
 * Citations in running text that are not ITU-T bodies: other bodies' standards and drafts, ITU-R
 * Recommendations and ITU-T drafts known by name, Questions and working parties in the
 * spellings the id patterns do not take, other liaison statements and meeting documents. Each
 * pattern is anchored on a distinctive token (RFC, draft-, ISO, TS, TR-, P802, LS, N) and runs
 * in linear time; the canonical ids come from src/model.
 */
import { normalizeEntity, questionId, type CanonicalEntity } from "../model/canonical-ids.js";
import {
  bbfReport, etsiSpec, ieeeStandard, internetDraft, isoStandard, meetingDocument, numberedLiaison, rfc,
  saeStandard, sectorRecommendation, threeGppSpec, unicodeSpec,
} from "../model/cited-documents.js";
import { RECOMMENDATION_SERIES } from "../model/known-bodies.js";

export interface Citation {
  readonly index: number;
  readonly end: number;
  readonly entities: readonly CanonicalEntity[];
}

type Rule = readonly [RegExp, (m: RegExpMatchArray) => CanonicalEntity[]];

const B = "(?<![A-Za-z0-9])";
const E = "(?![A-Za-z0-9])";
const ITU_R_SERIES = "BO|BR|BS|BT|F|M|P|RA|RS|SA|SF|SM|SNG|S|TF|V";
const one = (e: CanonicalEntity | undefined): CanonicalEntity[] => (e ? [e] : []);

const ituRWorkingParty = (wp: string): CanonicalEntity => ({
  type: "WorkingParty",
  id: `ITU-R WP${wp.toUpperCase()}`,
  name: `ITU-R Working Party ${wp.toUpperCase()}`,
});

const RULES: readonly Rule[] = [
  [new RegExp(`${B}RFC\\s?(\\d{3,5})${E}`, "g"), (m) => [rfc(m[1] ?? "", m[0])]],
  [new RegExp(`${B}draft-[a-z0-9]+(?:-[a-z0-9]+)+`, "g"), (m) => [internetDraft(m[0])]],
  [
    new RegExp(`${B}(ISO\\/IEC\\/IEEE|ISO\\/IEC|IEC\\/IEEE|ISO|IEC)\\s?(?:TR\\s|TS\\s)?(\\d{3,5}(?:-\\d{1,3})*)${E}`, "g"),
    (m) => [isoStandard(m[1] ?? "", m[2] ?? "", m[0])],
  ],
  [new RegExp(`${B}(?:3GPP\\s+)?(TS|TR)\\s?(\\d{2}\\.\\d{3}(?:-\\d{1,2})?)${E}`, "g"), (m) => [threeGppSpec(m[1] ?? "", m[2] ?? "", m[0])]],
  [new RegExp(`${B}(?:BBF\\s+)?(TR-\\d{2,3}(?:[a-z]\\d+)*)${E}`, "g"), (m) => [bbfReport(m[1] ?? "", m[1] ?? "")]],
  [new RegExp(`${B}(?:IEEE\\s+(?:Std\\.?\\s+)?)?(P?802\\.\\d{1,2}[A-Z][A-Za-z]{0,3}(?:-\\d{4})?)${E}`, "g"), (m) => [ieeeStandard(m[1] ?? "", m[0])]],
  // "IEEE 1588"; "IEEE 802" and "IEEE 802.1" are bodies (LMSC and its working groups), not standards.
  [new RegExp(`${B}IEEE\\s+(?:Std\\.?\\s+)?(?!802\\b)(P?\\d{3,5}(?:\\.\\d{1,2})?)${E}`, "g"), (m) => [ieeeStandard(m[1] ?? "", m[0])]],
  [new RegExp(`${B}IEEE\\s+(P802\\.\\d{1,2})${E}`, "g"), (m) => [ieeeStandard(m[1] ?? "", m[0])]],
  [new RegExp(`${B}ETSI\\s+(GS|GR|TS|TR|EN|ES)\\s+((?:[A-Z]{2,6}\\s)?\\d{3}\\s?\\d{3}(?:-\\d{1,2})*)${E}`, "g"), (m) => [etsiSpec(m[1] ?? "", m[2] ?? "", m[0])]],
  [new RegExp(`${B}Unicode\\s+(?:Standard(?:\\s+Annex\\s+#?\\d{1,2})?|Technical\\s+(?:Report|Standard)\\s+#?\\d{1,2})${E}`, "g"), (m) => [unicodeSpec(m[0])]],
  [new RegExp(`${B}SAE\\s+(AS|J|ARP)\\s?(\\d{3,5}[A-Z]?)${E}`, "g"), (m) => [saeStandard(m[1] ?? "", m[2] ?? "", m[0])]],
  [new RegExp(`${B}ITU-R\\s+(${ITU_R_SERIES})\\.(\\d{1,4}(?:-\\d{1,2})?|\\[[^\\]\\n]{1,30}\\])`, "g"), (m) => [sectorRecommendation("ITU-R", m[1] ?? "", m[2] ?? "", m[0])]],
  // Drafts known by a name: Y.ipsplit, Y.FAid-loc-split, Q.FW_Int_sp_test, M.[IP CHAR].
  [
    new RegExp(`${B}([${RECOMMENDATION_SERIES}])\\.([a-z][a-z0-9]{3,}|[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+|\\[[^\\]\\n]{1,30}\\])(?![A-Za-z0-9_])`, "g"),
    (m) => [sectorRecommendation("ITU-T", m[1] ?? "", m[2] ?? "", m[0])],
  ],
  // Questions: "SG15, Question 12", "ITU-T SG15 Question 9", "Question 12 of SG 15", "Question ITU-R 223-1/8".
  [
    new RegExp(`${B}(?:ITU-T\\s+)?(?:SG|Study\\s+Group)\\s?(\\d{1,2}),?\\s+(?:Question|Q\\.?)\\s?(\\d{1,2})${E}(?!\\/)`, "g"),
    (m) => [question(m[2] ?? "", m[1] ?? "")],
  ],
  [new RegExp(`${B}Question\\s+(\\d{1,2})\\s+(?:of|in)\\s+(?:ITU-T\\s+)?(?:SG|Study\\s+Group)\\s?(\\d{1,2})${E}`, "g"), (m) => [question(m[1] ?? "", m[2] ?? "")]],
  [
    new RegExp(`${B}Question\\s+ITU-R\\s+(\\d{1,3})(?:-\\d{1,2})?\\/(\\d{1,2}[A-Z]?)${E}`, "g"),
    (m) => [{ type: "Question", id: `ITU-R Q${Number(m[1])}/${m[2] ?? ""}`, name: m[0] }],
  ],
  // ITU-R working parties: a digit and a letter, alone or listed ("WPs 8A and 8F").
  [new RegExp(`${B}(?:ITU-R\\s+)?(?:WP|Working\\s+Party|WORKING\\s+PARTY)\\s?(\\d[A-Z])${E}`, "g"), (m) => [ituRWorkingParty(m[1] ?? "")]],
  [
    new RegExp(`${B}(?:WPs|Working\\s+Parties)\\s+(\\d[A-Z](?:\\s*(?:,|and|&)\\s*\\d[A-Z])+)${E}`, "g"),
    (m) => [...(m[1] ?? "").matchAll(/\d[A-Z]/g)].map((wp) => ituRWorkingParty(wp[0])),
  ],
  // Liaison statements named with their sender: SG13-LS217, SG11-LS 105, TSAG – LS 11, COM 2-LS 42.
  [
    new RegExp(`${B}(SG\\s?\\d{1,2}|TSAG|TDAG|RAG|COM\\s?\\d{1,2})\\s?[-\u2013]?\\s?LS\\s?(\\d{1,4})${E}`, "g"),
    // Citing SG13's LS 217 names SG13 too.
    (m) => [numberedLiaison((m[1] ?? "").replace(/^COM\s?/, "COM"), m[2] ?? ""), ...one(normalizeEntity((m[1] ?? "").replace(/^COM\s?/, "SG")))],
  ],
  [new RegExp(`${B}(?<![-\u2013]\\s?)LS-(\\d{1,4})${E}`, "g"), (m) => [meetingDocument(m[0], false)]],
  // Meeting documents and tdocs: C4-185292, SP-241404, CWG-WCIT12/TD-43, TDAG-18/37, N2339, FS_UPPS.
  [new RegExp(`${B}(?:[SRC][P1-6]|[SRC]\\d)-\\d{6,7}${E}`, "g"), (m) => [meetingDocument(m[0], true)]],
  [new RegExp(`${B}[A-Z][A-Za-z]+-[A-Z0-9]*\\d{2}\\/(?:TD-?)?\\d{1,4}${E}`, "g"), (m) => [meetingDocument(m[0], true)]],
  [new RegExp(`${B}TD\\s?\\d{2,5}(?:R\\d{1,2})?${E}`, "g"), (m) => [meetingDocument(m[0].replace(/\s/g, " "), false)]],
  [new RegExp(`${B}N\\s?\\d{4,5}${E}`, "g"), (m) => [meetingDocument(m[0].replace(/\s/g, ""), false)]],
  [new RegExp(`${B}FS_[A-Za-z0-9_]{2,30}${E}`, "g"), (m) => one(meetingDocument(m[0], false))],
];

function question(number: string, studyGroup: string): CanonicalEntity {
  const [q, sg] = [Number(number), Number(studyGroup)];
  return { type: "Question", id: questionId(q, sg), name: `Question ${q}/${sg}`, properties: { number: q, studyGroupNumber: sg } };
}

export function findCitations(sentence: string): Citation[] {
  const found: Citation[] = [];
  for (const [pattern, entities] of RULES) {
    for (const m of sentence.matchAll(pattern)) {
      const list = entities(m);
      if (list.length > 0) found.push({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entities: list });
    }
  }
  return found;
}
