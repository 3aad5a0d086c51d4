/**
 * What the statement refers to besides bodies: Recommendations, Resolutions (with clauses),
 * reports, workshops and other liaison statements, which it may answer (REPLIES_TO).
 */
import { liaisonId } from "../model/canonical-ids.js";
import type { NodeType } from "../model/node-types.js";
import type { ParsedDocument } from "../parse/parsed-document.js";
import type { AnalyzedSentence } from "./analyzed-sentence.js";
import type { DocumentContext } from "./document-context.js";
import { citedLiaison, citingPeriod, setCitingPeriod, studyPeriodAt } from "./cited-liaisons.js";
import type { ExtractionBuilder } from "./extraction-builder.js";
import { findMentions } from "./find-mentions.js";
import { readQuoted } from "./read-title.js";
import { extractReports } from "./extract-reports.js";
import { extractResolutionClauses } from "./extract-resolution-clauses.js";
import { extractWorkshops } from "./extract-workshops.js";

const REPLY =
  /\b(?:in\s+(?:response|reply)\s+to|repl(?:y|ies|ying)\s+to|respond(?:s|ing)?\s+to|responses?\s+to|thanks?\b.*\bfor\s+(?:the|its|their|your)\s+(?:LS|liaison))\b/i;
/** "in response to your LS S5-193456": a tdoc answered this way is a liaison statement. */
const REPLY_TO_LS =
  /\b(?:in\s+(?:response|reply)\s+to|repl(?:y|ies|ying)\s+to|respond(?:s|ing)?\s+to)\s+(?:(?:your|the|its|their)\s+)?(?:(?:reply\s+)?LS|liaison(?:\s+statement)?)\s*(?:\(|number\s+|no\.\s*)?$/i;
/** Header fields that cite without answering; every other field of related liaisons names the ones answered. */
const CITING_ONLY = /^(?:related\s+documents|your\s+ref|our\s+ref|attach(?:ments?|ed))$/i;
const HANDLE = /sp\d{2}-[A-Za-z0-9]+-[oi]LS-\d{3,6}|ietf-liaison-\d+|datatracker\.ietf\.org\/liaison\/\d+/i;
const CITED_TYPES: readonly NodeType[] = ["Recommendation", "Resolution", "LiaisonStatement", "Specification", "Document"];
const BARE_RESOLUTION = /\b(?:Resolution|Res\.)\s?(\d{1,3})\b/g;

export function extractReferences(sentence: AnalyzedSentence, context: DocumentContext): void {
  const { builder } = context;
  for (const mention of sentence.mentions) {
    const { index, end } = mention;
    if (!CITED_TYPES.includes(mention.entity.type)) continue;
    const before = sentence.text.slice(0, index);
    const cited = citedLiaison(mention.entity, citingPeriod(builder));
    if (cited.id === builder.documentId || mention.entity.id === builder.documentId) continue;
    // A tdoc answered in a header field or "in response to your LS <tdoc>" is a liaison statement.
    const answered = builder.has("REPLIES_TO", builder.documentId, cited.id);
    const tdocAnswered = cited.type === "Document" && (answered || REPLY_TO_LS.test(before));
    const entity = tdocAnswered ? { ...cited, type: "LiaisonStatement" as const } : cited;
    builder.entity(entity);
    const answers = entity.type === "LiaisonStatement" && (answered || REPLY.test(before));
    builder.relate(answers ? "REPLIES_TO" : "REFERENCES", builder.documentId, entity.id, sentence.text);
    if (entity.type === "Recommendation") recommendationTitle(sentence, entity.id, end, builder);
  }
  referBareResolutions(sentence, context);
  extractReports(sentence, context);
  extractWorkshops(sentence, context);
  extractResolutionClauses(sentence, context);
}

/** `Recommendation ITU-T Y.3172 “Architectural framework ...”`: the quoted title follows the number. */
function recommendationTitle(sentence: AnalyzedSentence, id: string, end: number, builder: ExtractionBuilder): void {
  const title = readQuoted(sentence.text, end);
  const recommendation = builder.get(id);
  if (title && recommendation) builder.entity(recommendation, { title: title.title });
}

/** "Resolution 89" without its assembly is the Resolution 89 named earlier, if exactly one was. */
function referBareResolutions(sentence: AnalyzedSentence, { builder }: DocumentContext): void {
  for (const m of sentence.text.matchAll(BARE_RESOLUTION)) {
    if (sentence.mentions.some((r) => m.index >= r.index && m.index < r.end)) continue;
    const candidates = builder.known().filter((e) => e.type === "Resolution" && e.properties?.number === Number(m[1]));
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only) builder.relate("REFERENCES", builder.documentId, only.id, sentence.text);
    else builder.warn(`"${m[0]}" names no assembly`);
  }
}

/**
 * Liaisons listed in header fields ("Reply to", "Response to", "Liaisons referred by this one",
 * "Related"), as ITU handles, IETF numbers or numbers naming their sender. They are the ones the
 * statement answers (REPLIES_TO), unless the field only cites ("Related documents", "Your ref");
 * a list with no field behind it (an import's related liaisons) is answered too.
 */
export function extractRelatedDocuments(doc: ParsedDocument, { builder, gazetteer }: DocumentContext): void {
  const period = doc.studyPeriod ?? studyPeriodAt(doc.date);
  setCitingPeriod(builder, period);
  for (const written of doc.relatedDocuments) {
    const handle = HANDLE.exec(written)?.[0];
    const byHandle = handle ? liaisonId(handle.replace(/^datatracker/, "https://datatracker")) : undefined;
    // "SG17-LS14", "C4-185292": a liaison or tdoc named by its number.
    const found = byHandle
      ? { type: "LiaisonStatement" as const, id: byHandle, name: byHandle }
      : findMentions(written, gazetteer).find((m) => m.entity.type === "LiaisonStatement" || m.entity.type === "Document")?.entity;
    if (!found) {
      builder.warn(`related document "${written}" has no liaison identifier`);
      continue;
    }
    const cited = citedLiaison(found, period);
    if (cited.id === builder.documentId || found.id === builder.documentId) continue;
    const field = Object.entries(doc.fields).find(([, value]) => value.includes(written));
    const answers = field === undefined || !CITING_ONLY.test(field[0].trim());
    // What a statement responds to is a liaison statement, whatever number names it (a 3GPP tdoc).
    const target = answers ? { ...cited, type: "LiaisonStatement" as const } : cited;
    builder.entity(target);
    const evidence = doc.evidence?.[written] ?? (field ? `${field[0]}: ${field[1]}` : written);
    builder.relate(answers ? "REPLIES_TO" : "REFERENCES", builder.documentId, cited.id, evidence);
  }
}
