/**
 * What the statement refers to besides bodies: Recommendations, Resolutions (with clauses),
 * reports, workshops and other liaison statements, which it may answer (REPLIES_TO).
 */
import { liaisonId } from "../model/canonical-ids.js";
import type { NodeType } from "../model/node-types.js";
import type { ParsedDocument } from "../parse/parsed-document.js";
import type { AnalyzedSentence } from "./analyzed-sentence.js";
import type { DocumentContext } from "./document-context.js";
import type { ExtractionBuilder } from "./extraction-builder.js";
import { findMentions } from "./find-mentions.js";
import { readQuoted } from "./read-title.js";
import { extractReports } from "./extract-reports.js";
import { extractResolutionClauses } from "./extract-resolution-clauses.js";
import { extractWorkshops } from "./extract-workshops.js";

const REPLY =
  /\b(?:in\s+(?:response|reply)\s+to|repl(?:y|ies|ying)\s+to|respond(?:s|ing)?\s+to|responses?\s+to|thanks?\b.*\bfor\s+(?:the|its|their|your)\s+(?:LS|liaison))\b/i;
const HANDLE = /sp\d{2}-[A-Za-z0-9]+-[oi]LS-\d{3,6}|ietf-liaison-\d+|datatracker\.ietf\.org\/liaison\/\d+/i;
const CITED_TYPES: readonly NodeType[] = ["Recommendation", "Resolution", "LiaisonStatement", "Specification", "Document"];
const BARE_RESOLUTION = /\b(?:Resolution|Res\.)\s?(\d{1,3})\b/g;

export function extractReferences(sentence: AnalyzedSentence, context: DocumentContext): void {
  const { builder } = context;
  for (const { entity, index, end } of sentence.mentions) {
    if (!CITED_TYPES.includes(entity.type)) continue;
    if (entity.id === builder.documentId) continue;
    builder.entity(entity);
    const answers =
      entity.type === "LiaisonStatement" &&
      (builder.has("REPLIES_TO", builder.documentId, entity.id) || REPLY.test(sentence.text.slice(0, index)));
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

/** Liaisons listed in header fields ("Reply to", "Related"), as ITU handles or IETF numbers. */
export function extractRelatedDocuments(doc: ParsedDocument, { builder, gazetteer }: DocumentContext): void {
  for (const written of doc.relatedDocuments) {
    const handle = HANDLE.exec(written)?.[0];
    const byHandle = handle ? liaisonId(handle.replace(/^datatracker/, "https://datatracker")) : undefined;
    // "SG17-LS14", "C4-185292": a liaison or tdoc named by its number.
    const cited = byHandle
      ? { type: "LiaisonStatement" as const, id: byHandle, name: byHandle }
      : findMentions(written, gazetteer).find((m) => m.entity.type === "LiaisonStatement" || m.entity.type === "Document")?.entity;
    if (!cited) {
      builder.warn(`related document "${written}" has no liaison identifier`);
      continue;
    }
    if (cited.id === builder.documentId) continue;
    const field = Object.entries(doc.fields).find(([, value]) => value.includes(written));
    const answers = field !== undefined && REPLY.test(field[0]);
    // What a statement responds to is a liaison statement, whatever number names it (a 3GPP tdoc).
    const target = answers ? { ...cited, type: "LiaisonStatement" as const } : cited;
    builder.entity(target);
    const evidence = doc.evidence?.[written] ?? (field ? `${field[0]}: ${field[1]}` : written);
    builder.relate(answers ? "REPLIES_TO" : "REFERENCES", builder.documentId, cited.id, evidence);
  }
}
