/**
 * A sender named only by the opening sentence, as free-text liaisons do: "ITU-T SG 13 informs
 * ITU-T SG 17 that ...", "The IETF CCAMP working group thanks ...". Only a subject that names a
 * body counts, so "We thank ..." or "This document proposes ..." find nothing.
 */

const VERBS = [
  "sends", "proposes", "informs", "thanks", "invites", "requests", "asks", "notifies", "submits", "transmits",
  "forwards", "replies", "responds", "agreed", "has agreed", "approved", "has approved", "suggests", "recommends",
  "encourages", "welcomes", "shares", "provides", "seeks", "highlights", "announces", "wishes", "would like",
  "is pleased", "are pleased", "kindly", "hereby", "appreciates", "acknowledges", "notes", "has started",
  "has established", "has decided", "decided", "is considering", "considered", "draws",
];

const OPENING = new RegExp(
  `^(?:the\\s+)?(.{2,100}?)\\s+(?:(?:would\\s+)?(?:also\\s+)?)(?:${VERBS.map((verb) => verb.replace(/ /g, "\\s+")).join("|")})\\b`,
  "i",
);

const BODY_WORD =
  /\b(?:Study Group|Working Party|Working Group|Focus Group|Advisory Group|Group|Committee|Forum|Council|Sector|Union|Consortium|Alliance|Organi[sz]ation|Rapporteur|Assembly|Board|Task Force|Partnership|Institute)\b/i;
const ACRONYM = /\b[A-Z][A-Z0-9-]*[A-Z0-9]\b/;
const PRONOUN = /^(?:we|i|it|this|that|these|they|our|you|he|she|there|here|attached|please|in|on|at|as|with|for|following)\b/i;

/** Looks at the first sentences of `text` for "<body> <verb> ...". */
export function senderFromSentence(text: string, sentences = 3): string | undefined {
  const opening = text
    .replace(/\s+/g, " ")
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-Z"\u201c(])/)
    .slice(0, sentences);
  for (const sentence of opening) {
    const subject = OPENING.exec(sentence)?.[1]?.replace(/,$/, "").trim();
    if (!subject || PRONOUN.test(subject)) continue;
    if (subject.split(/\s+/).length > 10) continue;
    if (ACRONYM.test(subject) || BODY_WORD.test(subject)) return subject;
  }
  return undefined;
}
