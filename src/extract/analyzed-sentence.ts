/**
 * A sentence with the entities found in it, and the small pieces of grammar the pattern modules
 * share: who is the subject of a verb, which bodies follow it.
 */
import type { CanonicalEntity } from "../model/canonical-ids.js";
import { isBodyType } from "../model/node-types.js";
import type { Mention } from "./find-mentions.js";

export interface AnalyzedSentence {
  readonly text: string;
  /** In order of appearance; pattern modules add what they find (reports, workshops). */
  readonly mentions: Mention[];
}

export function addMention(sentence: AnalyzedSentence, entity: CanonicalEntity, index: number, end: number): void {
  const mention: Mention = { entity, text: sentence.text.slice(index, end), index, end };
  const at = sentence.mentions.findIndex((m) => m.index > index);
  sentence.mentions.splice(at === -1 ? sentence.mentions.length : at, 0, mention);
}

/** Words allowed between a subject and its verb: "SG17 would also like to", "TSAG is invited to". */
const AUXILIARIES = [
  "also", "hereby", "therefore", "further", "kindly", "now", "already", "currently", "recently", "successfully",
  "jointly", "continues?", "would", "could", "should", "will", "may", "might", "can", "shall", "has", "have", "had",
  "is", "are", "was", "were", "be", "been", "to", "like", "wish(?:es)?", "pleased", "invited", "asked", "requested",
  "encouraged",
];
const BETWEEN_SUBJECT_AND_VERB = new RegExp(`^\\s*(?:(?:${AUXILIARIES.join("|")})\\s+)*$`, "i");
const FIRST_OBJECT = /^\s*(?:that\s+)?(?:the\s+)?$/i;
const NEXT_OBJECT = /^\s*,?\s*(?:(?:and|&|as well as)\s+)?(?:the\s+)?$/i;

/** The body that is the subject of the verb at `verbIndex`: the mention right before it. */
export function subjectBefore(sentence: AnalyzedSentence, verbIndex: number): Mention | undefined {
  const before = sentence.mentions.filter((m) => m.end <= verbIndex);
  const nearest = before[before.length - 1];
  if (!nearest || !isBodyType(nearest.entity.type)) return undefined;
  return BETWEEN_SUBJECT_AND_VERB.test(sentence.text.slice(nearest.end, verbIndex)) ? nearest : undefined;
}

/**
 * The bodies a verb addresses: "proposes that TSAG", "informs ITU-T SG13 and SG20", "invites the
 * IETF CCAMP WG, 3GPP SA3 and ETSI". Stops at the first word that is not part of the list.
 */
export function objectsAfter(sentence: AnalyzedSentence, index: number): Mention[] {
  const found: Mention[] = [];
  let pos = index;
  for (const m of sentence.mentions) {
    if (m.index < pos) {
      // Several bodies of one span ("Study Groups 13 and 17") follow their first.
      if (found.length > 0 && m.index === found[found.length - 1]?.index) found.push(m);
      continue;
    }
    const gap = sentence.text.slice(pos, m.index);
    const joins = found.length === 0 ? FIRST_OBJECT : NEXT_OBJECT;
    if (!joins.test(gap) || !isBodyType(m.entity.type)) break;
    found.push(m);
    pos = m.end;
  }
  return found;
}

/** A clause ends at the next participle phrase or relative clause: ", taking into account ...". */
const CLAUSE_END = /,\s*(?:taking|which|while|where|so\s+that|in\s+order|and\s+(?:to|would|will|could|should))\b|[;:]/i;

/** Where the clause that starts at `start` ends. */
export function clauseEnd(text: string, start: number): number {
  const end = CLAUSE_END.exec(text.slice(start));
  return end ? start + end.index : text.length;
}
