/**
 * Reports named by title: "the FG DFS published a report on the Distributed Ledger Technologies
 * and Financial Inclusion" -> Report, PUBLISHED by the FG DFS, REFERENCES from the statement.
 */
import { reportId, type CanonicalEntity } from "../model/canonical-ids.js";
import { addMention, subjectBefore, type AnalyzedSentence } from "./analyzed-sentence.js";
import type { DocumentContext } from "./document-context.js";
import { readQuoted, readTitle } from "./read-title.js";

const REPORT =
  /\b(?:(published|issued|produced|developed|prepared|approved|completed|released)\s+)?(?:(?:a|an|the|its|their)\s+)?(?:new\s+)?(?:[Tt]echnical\s+)?[Rr]eport\b(\s+(?:on|entitled|titled|called)(?:\s+the(?=\s))?)?/g;

export function extractReports(sentence: AnalyzedSentence, { builder }: DocumentContext): void {
  for (const m of sentence.text.matchAll(REPORT)) {
    const start = m.index + m[0].length;
    // Without "on"/"entitled" only a quoted title counts: "this report, as well as" has none.
    const title = m[2] ? readTitle(sentence.text, start) : readQuoted(sentence.text, start);
    if (!title) continue;
    const report: CanonicalEntity = { type: "Report", id: reportId(title.title), name: title.title };
    builder.entity(report, { title: title.title });
    const publisher = m[1] ? subjectBefore(sentence, m.index) : undefined;
    addMention(sentence, report, m.index + m[0].search(/[Rr]eport/), title.end);
    builder.relate("REFERENCES", builder.documentId, report.id, sentence.text);
    if (publisher) {
      builder.entity(publisher.entity);
      builder.relate("PUBLISHED", publisher.entity.id, report.id, sentence.text);
    }
  }
}
