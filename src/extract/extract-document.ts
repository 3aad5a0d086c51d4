/**
 * ParsedDocument -> Extraction. Deterministic: sentences are read in order (title, abstract,
 * body) and every module appends in that order, so the same input gives the same output.
 */
import type { ParsedDocument } from "../parse/parsed-document.js";
import type { AnalyzedSentence } from "./analyzed-sentence.js";
import type { DocumentContext } from "./document-context.js";
import { contentHash, documentId, documentText, studyPeriodOf } from "./document-identity.js";
import { ownLiaisonId } from "./cited-liaisons.js";
import { extractAsks } from "./extract-asks.js";
import { extractBodies } from "./extract-bodies.js";
import { extractHeader } from "./extract-header.js";
import { extractProposals } from "./extract-proposals.js";
import { extractReferences, extractRelatedDocuments } from "./extract-references.js";
import { extractTopics } from "./extract-topics.js";
import { ExtractionBuilder } from "./extraction-builder.js";
import type { ExtractedDocument, Extraction } from "./extraction.js";
import { deadlineInText, headerDeadline } from "./find-deadline.js";
import { findMentions } from "./find-mentions.js";
import type { Gazetteer } from "./gazetteer.js";
import { splitSentences } from "./split-sentences.js";

/** Header fields that cite rather than address: attachments, related documents, and values running into the text. */
const CITING_LABEL = /^(?:attachments?|attached|related|related (?:liaisons|documents)|liaisons referred by this one|in reply to|reply to|in response to|response to|your ref|our ref)$/i;

function citingFieldValues(doc: ParsedDocument): string[] {
  return Object.entries(doc.fields)
    .filter(([label, value]) => CITING_LABEL.test(label) || value.length > 200)
    .map(([, value]) => value);
}

export function extractDocument(doc: ParsedDocument, gazetteer: Gazetteer): Extraction {
  const text = documentText(doc);
  const hash = contentHash(text);
  // Without a number of its own, a document is named by all it says, header included: two files
  // with different headers and the same (or no) text never share an id.
  const id = ownLiaisonId(documentId(doc, contentHash([doc.title ?? "", ...Object.entries(doc.fields).map(([k, v]) => `${k}: ${v}`), ...(doc.looseLines ?? []), text].join("\n"))), doc.studyPeriod, doc.date);
  const builder = new ExtractionBuilder(id);

  const analyze = (parts: readonly (string | undefined)[]): AnalyzedSentence[] =>
    parts
      .flatMap((part) => (part ? splitSentences(part) : []))
      .map((sentence) => ({ text: sentence, mentions: findMentions(sentence, gazetteer) }));
  // The header's unlabelled lines ("Chairman, WP 1/2") are the document's text too.
  const heading = analyze([doc.title, ...(doc.looseLines ?? []), ...citingFieldValues(doc)]);
  const running = analyze([doc.abstract, doc.body]);
  const sentences = [...heading, ...running];

  const header = extractHeader(doc, running, builder, gazetteer);
  const context: DocumentContext = { builder, gazetteer, header };
  // Header fields first: a liaison answered there is REPLIES_TO wherever the text names it.
  extractRelatedDocuments(doc, context);
  for (const sentence of sentences) {
    // References first: they add the reports and workshops that proposals may point back to.
    extractReferences(sentence, context);
    extractBodies(sentence, context);
    extractProposals(sentence, context);
    extractTopics(sentence, context);
    extractAsks(sentence, context);
  }

  const document: ExtractedDocument = { id, text, contentHash: hash, format: doc.format, file: doc.file };
  const studyPeriod = studyPeriodOf(doc, id);
  const optional = {
    title: doc.title,
    date: doc.date,
    deadline: headerDeadline(doc.deadline) ?? deadlineInText(running)?.date,
    studyPeriod,
    purpose: header.purpose,
    url: doc.url,
    abstract: doc.abstract,
    access: doc.access,
  };
  // Absent fields stay absent rather than `undefined`, so extractions compare and serialize cleanly.
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(document, { [key]: value });
  }
  if (!doc.date) builder.warn("no date found");
  return builder.build(document, doc.contacts);
}
