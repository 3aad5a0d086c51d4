/**
 * Topics the statement is about: the gazetteer's names and aliases, outside the names of bodies.
 * A body that studies or works on topics ("Q20/13 continues to study machine learning") STUDIES them.
 */
import { isBodyType } from "../model/node-types.js";
import { clauseEnd, subjectBefore, type AnalyzedSentence } from "./analyzed-sentence.js";
import type { DocumentContext } from "./document-context.js";

const STUDY = /\b(?:stud(?:y|ies|ying)|works?\s+on|working\s+on)\b/gi;

export function extractTopics(sentence: AnalyzedSentence, { builder, gazetteer }: DocumentContext): void {
  // "DFS" in "FG DFS" names the group, not the topic; the group's own STUDIES links carry that.
  const bodySpans = sentence.mentions.filter((m) => isBodyType(m.entity.type));
  const topics = gazetteer.find(sentence.text, ["Topic"]).filter((match) => {
    const end = match.index + match.matchedText.length;
    return !bodySpans.some((m) => match.index < m.end && end > m.index);
  });
  for (const { entry } of topics) {
    builder.entity({ type: entry.type, id: entry.id, name: entry.name });
    builder.relate("MENTIONS", builder.documentId, entry.id, sentence.text);
  }
  for (const verb of sentence.text.matchAll(STUDY)) {
    const subject = subjectBefore(sentence, verb.index);
    if (!subject) continue;
    const start = verb.index + verb[0].length;
    const end = clauseEnd(sentence.text, start);
    builder.entity(subject.entity);
    for (const { entry, index } of topics) {
      if (index >= start && index < end) builder.relate("STUDIES", subject.entity.id, entry.id, sentence.text);
    }
  }
}
