/**
 * Who sends to whom, as titles and opening sentences say it when no header field does:
 * "LS from TDAG Chairman for RAG", "Liaison response to ITU-T Q9/15 from IEEE 802.1",
 * "LIAISON STATEMENT FROM ITU-R STUDY GROUPS 10 AND 11 TO RAG", "This liaison from WP1/2 to the
 * IETF/ISOC", "(COPY To WP4B, WP8D and WP8F)", "ITU-T SG13 is pleased to inform ...",
 * "... would like to thank the IETF CCAMP working group for the liaison".
 * Only bodies the mentions found count, so a phrase never yields a fragment of a sentence.
 */
import type { CanonicalEntity } from "../model/canonical-ids.js";
import { isBodyType } from "../model/node-types.js";
import { subjectBefore, type AnalyzedSentence } from "./analyzed-sentence.js";
import type { Mention } from "./find-mentions.js";

export interface Addressed {
  readonly entities: readonly CanonicalEntity[];
  readonly evidence: string;
}

/** In a title a bare "from" names the sender; in running text only "(liaison|LS|letter ...) from" does. */
const FROM = /\bfrom\s+(?:the\s+)?/gi;
const LIAISON_FROM = /\b(?:LS|liaisons?|liaison\s+statement|letter|reply|response|contribution|communication)\s+(?:\S+\s+){0,6}?from\s+(?:the\s+)?/gi;
const TO = /(?<!\bin\s)\b(?:LS(?:\/r)?|liaisons?(?:\s+(?:statement|letter|response|reply|report))?|letter|reply|response|contribution|report|information|communication|comments?)\s+(?:(?:of|from)\s+[^.;:]{1,60}?\s+)?(?:to|for)\s+(?:the\s+)?/gi;
const COPY = /\(\s*(?:copy|cc|copies)\s+to\s*:?\s*/gi;
const SENDER_VERBS =
  /\b(?:is|are)\s+pleased\b|\bwould\s+like\b|\bwish(?:es)?\b|\bthanks?\b|\binforms?\b|\bhas\s+(?:received|approved|agreed|decided|considered|reviewed|discussed|started|established)\b|\bpresents?\b|\bproposes?\b|\bsends?\b|\bsubmits?\b|\brequests?\b|\binvites?\b|\bdraws?\b|\bseeks?\b|\bhighlights?\b|\bappreciates?\b|\bconsidered\b|\bapproved\b|\bagreed\b|\bdiscussed\b|\bnotes?\b/gi;
const THANKS = /\bthanks?\s+(?:you\s+)?(?:the\s+)?/gi;
const FOR_LIAISON = /^[^.]{0,60}?\bfor\s+(?:its|their|your|the)\s+(?:recent\s+)?(?:LS|liaison|reply|response|letter)/i;

/** The bodies right after `at`, joined by ", and &": "ITU-R STUDY GROUPS 10 AND 11", "WP4B, WP8D and WP8F". */
function bodiesAt(sentence: AnalyzedSentence, at: number, unknownAcronym = false): CanonicalEntity[] {
  const found: Mention[] = [];
  let pos = at;
  for (const m of sentence.mentions) {
    if (m.index < pos) {
      if (found.length > 0 && m.index === found.at(-1)?.index) found.push(m);
      continue;
    }
    const gap = sentence.text.slice(pos, m.index);
    // The first body may follow a name no reference knows: "to Relevant External Organizations AND ITU-T SG13".
    const joins = found.length === 0 ? /^\s*(?:(?:[A-Z][\w-]*\s+){1,5}(?:and|&|,)\s+(?:the\s+)?)?$/i : /^\s*(?:,|;|\/|and|&|as well as)?\s*(?:and\s+)?(?:the\s+)?$/i;
    if (!joins.test(gap) || !isBodyType(m.entity.type)) break;
    found.push(m);
    pos = m.end;
  }
  const cited = sentence.mentions.some((m) => m.index >= at && /^\s*(?:the\s+)?$/i.test(sentence.text.slice(at, m.index)));
  if (found.length === 0 && unknownAcronym && !cited) {
    // A title addressing a body no reference knows yet: "Contribution to CWG-WCIT12".
    const acronym = /^(?:the\s+)?([A-Z][A-Z0-9]{1,}(?:-[A-Z0-9]+)*)(?![\w-])/.exec(sentence.text.slice(at))?.[1];
    // "Response to the LS on ...": a document word, not an addressee.
    if (acronym && acronym.length >= 3 && !/^(?:LSS?|TD|WG|SG|TOR|LOI|FYI)$/.test(acronym)) return [{ type: "Organization", id: acronym, name: acronym, properties: { resolved: false } }];
  }
  return [...new Map(found.map((m) => [m.entity.id, m.entity])).values()];
}

function phrase(sentences: readonly AnalyzedSentence[], pattern: RegExp, unknownAcronym = false): Addressed | undefined {
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(pattern)) {
      const entities = bodiesAt(sentence, m.index + m[0].length, unknownAcronym);
      if (entities.length > 0) return { entities, evidence: sentence.text };
    }
  }
  return undefined;
}

export const senderPhrase = (header: readonly AnalyzedSentence[], text: readonly AnalyzedSentence[]): Addressed | undefined =>
  phrase(header, FROM) ?? phrase(text, LIAISON_FROM);
export const recipientPhrase = (header: readonly AnalyzedSentence[], text: readonly AnalyzedSentence[] = []): Addressed | undefined =>
  phrase(header, TO, true) ?? phrase(text, TO);
export const copyPhrase = (sentences: readonly AnalyzedSentence[]): Addressed | undefined => phrase(sentences, COPY);

/** "ITU-T SG13 is pleased to inform", "In response to ..., ITU-T Study Group 3 presents": the subject. */
export function openingSubject(sentences: readonly AnalyzedSentence[]): Addressed | undefined {
  for (const sentence of sentences) {
    for (const verb of sentence.text.matchAll(SENDER_VERBS)) {
      const subject = subjectBefore(sentence, verb.index);
      if (subject) return { entities: [subject.entity], evidence: sentence.text };
    }
  }
  return undefined;
}

/** "... thanks the IETF CCAMP working group for the liaison": whom a reply answers. */
export function thankedForLiaison(sentences: readonly AnalyzedSentence[]): Addressed | undefined {
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(THANKS)) {
      const at = m.index + m[0].length;
      const entities = bodiesAt(sentence, at);
      const after = sentence.text.slice(at);
      if (entities.length > 0 && FOR_LIAISON.test(after)) return { entities, evidence: sentence.text };
    }
  }
  return undefined;
}
