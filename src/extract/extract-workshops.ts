/**
 * Workshops with a title and a date: `held a successful ITU workshop on “Security Aspects of
 * Blockchain” on March 21, 2017` -> Workshop `workshop:2017-03-21:security-aspects-of-blockchain`.
 */
import { workshopId, type CanonicalEntity } from "../model/canonical-ids.js";
import { addMention, subjectBefore, type AnalyzedSentence } from "./analyzed-sentence.js";
import type { DocumentContext } from "./document-context.js";
import { findDates } from "./find-date.js";
import { readQuoted, readTitleCase } from "./read-title.js";

const WORKSHOP =
  /\b(?:(held|organized|organised|hosted|convened|co-organized|co-organised)\s+)?(?:(?:a|an|the|its)\s+)?(?:successful\s+)?(?:(?:joint\s+)?ITU(?:-[TRD])?\s+)?[Ww]orkshop\b(\s+(?:on|entitled|titled))?/g;
/** "We held", "it organized": the sender speaking of itself. */
const SELF = /\b(?:we|it|this\s+(?:study\s+)?group|the\s+(?:study\s+)?group)\s+(?:(?:has|have|had|also|recently|successfully|jointly)\s+)*$/i;

export function extractWorkshops(sentence: AnalyzedSentence, { builder, header }: DocumentContext): void {
  const text = sentence.text;
  for (const m of text.matchAll(WORKSHOP)) {
    const start = m.index + m[0].length;
    const title = readQuoted(text, start) ?? (m[2] ? readTitleCase(text, start) : undefined);
    if (!title) continue;
    const dates = findDates(text);
    const date = (dates.find((d) => d.index >= title.end) ?? dates[0])?.date;
    if (!date) {
      builder.warn(`workshop "${title.title}" has no date; not extracted`);
      continue;
    }
    const workshop: CanonicalEntity = { type: "Workshop", id: workshopId(date, title.title), name: title.title };
    builder.entity(workshop, { title: title.title, date });
    addMention(sentence, workshop, m.index + m[0].search(/[Ww]orkshop/), title.end);
    builder.relate("REFERENCES", builder.documentId, workshop.id, text);
    if (!m[1]) continue;
    const subject = subjectBefore(sentence, m.index)?.entity;
    if (subject) builder.entity(subject);
    const organizer = subject?.id ?? (SELF.test(text.slice(0, m.index)) ? [...header.senders][0] : undefined);
    if (organizer) builder.relate("ORGANIZED", organizer, workshop.id, text);
  }
}
