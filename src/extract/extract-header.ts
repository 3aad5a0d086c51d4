/**
 * Who sent the statement, to whom and why: from the header fields when the format has them,
 * otherwise from the opening sentence ("ITU-T SG 17 proposes that TSAG consider ...").
 */
import { normalizeEntity, type CanonicalEntity } from "../model/canonical-ids.js";
import { isBodyType } from "../model/node-types.js";
import type { ParsedDocument, RecipientRole } from "../parse/parsed-document.js";
import { objectsAfter, subjectBefore, type AnalyzedSentence } from "./analyzed-sentence.js";
import type { ExtractionBuilder } from "./extraction-builder.js";
import type { DocumentPurpose } from "./extraction.js";
import type { Gazetteer } from "./gazetteer.js";
import { copyPhrase, openingSubject, recipientPhrase, senderPhrase, thankedForLiaison, type Addressed } from "./address-phrases.js";
import { findMentions } from "./find-mentions.js";
import { resolveBody, wholeBody } from "./resolve-body.js";

export interface Header {
  readonly senders: ReadonlySet<string>;
  /** Senders, recipients and copies: addressed, so never merely referenced. */
  readonly addressed: ReadonlySet<string>;
  readonly purpose?: DocumentPurpose;
}

type Purpose = Exclude<RecipientRole, "CC">;

const OPENING_VERB =
  /\b(propos|suggest|ask|request|invit|encourag|recommend|inform|notif|thank|seek)(?:e|es|s|ies|y)?\b/gi;
/** Verbs that do not ask the recipient to act; every other opening verb does. */
const VERB_PURPOSE: Readonly<Record<string, Purpose>> = {
  inform: "INFORMATION",
  notif: "INFORMATION",
  thank: "INFORMATION",
  seek: "COMMENT",
};
const PURPOSE_ORDER: readonly DocumentPurpose[] = ["ACTION", "COMMENT", "PROPOSAL", "RESPONSE", "INFORMATION"];

interface Opening {
  readonly sentence: AnalyzedSentence;
  readonly sender: CanonicalEntity;
  readonly recipients: readonly CanonicalEntity[];
  readonly purpose: Purpose;
}

/**
 * "<sender> proposes/asks/invites/informs <recipients> ...", in the abstract or first sentence.
 * When the senders are known, only an opening by one of them counts.
 */
function readOpening(sentences: readonly AnalyzedSentence[], senders: ReadonlySet<string>): Opening | undefined {
  for (const sentence of sentences.slice(0, 2)) {
    for (const verb of sentence.text.matchAll(OPENING_VERB)) {
      const subject = subjectBefore(sentence, verb.index);
      const objects = objectsAfter(sentence, verb.index + verb[0].length);
      if (!subject || objects.length === 0 || (senders.size > 0 && !senders.has(subject.entity.id))) continue;
      const purpose = VERB_PURPOSE[(verb[1] ?? "").toLowerCase()] ?? "ACTION";
      return { sentence, sender: subject.entity, recipients: objects.map((o) => o.entity), purpose };
    }
  }
  return undefined;
}

/** The header line that names `written`, as the document writes it, else the first sentence naming the entity. */
function evidenceFor(
  doc: ParsedDocument,
  sentences: readonly AnalyzedSentence[],
  written: string,
  id: string,
  fallback: string,
): string {
  const line = doc.evidence?.[written];
  if (line) return line;
  // Readers that keep no lines: the field as the template writes it, label and value on one line.
  const field = Object.entries(doc.fields).find(([, value]) => value.includes(written));
  if (field && !field[1].includes("\n")) return `${field[0]}: ${field[1]}`;
  return sentences.find((s) => s.mentions.some((m) => m.entity.id === id))?.text ?? fallback;
}

function purposeFromFields(doc: ParsedDocument): DocumentPurpose | undefined {
  const value = Object.entries(doc.fields).find(([key]) => /^(?:purpose|for)$/i.test(key.trim()))?.[1] ?? "";
  const words: ReadonlyArray<readonly [RegExp, DocumentPurpose]> = [
    [/action/i, "ACTION"],
    [/comment/i, "COMMENT"],
    [/proposal/i, "PROPOSAL"],
    [/respon|reply/i, "RESPONSE"],
    [/information/i, "INFORMATION"],
  ];
  return words.find(([pattern]) => pattern.test(value))?.[1];
}

/** Links the document to the bodies its header addresses and remembers who they are. */
class HeaderLinks {
  readonly senders = new Set<string>();
  readonly addressed = new Set<string>();
  readonly roles: Purpose[] = [];

  constructor(
    private readonly builder: ExtractionBuilder,
    private readonly gazetteer: Gazetteer,
  ) {}

  /** People, mailing lists and vague groups are left out; a Cc keeps only bodies the references know. */
  resolve(written: string, keepUnknown: boolean): readonly CanonicalEntity[] {
    const resolved = resolveBody(written, this.gazetteer, { keepUnknown });
    if (resolved.unresolved) this.builder.warn(`unknown body "${written}" kept as Organization "${resolved.entities[0]?.id ?? written}"`);
    if (resolved.refused === "vague") this.builder.warn(`no single body named by "${written}"`);
    return resolved.entities;
  }

  link(type: "SENT_BY" | "SENT_TO" | "COPIED_TO", entity: CanonicalEntity, evidence: string, purpose?: Purpose): void {
    // A committee distributing to its own members does not address itself.
    if (type !== "SENT_BY" && this.senders.has(entity.id)) return;
    this.builder.entity(entity);
    this.builder.relate(type, this.builder.documentId, entity.id, evidence, purpose ? { purpose } : undefined);
    this.addressed.add(entity.id);
    if (type === "SENT_BY") this.senders.add(entity.id);
    if (purpose) this.roles.push(purpose);
  }
}

function linkHeader(doc: ParsedDocument, sentences: readonly AnalyzedSentence[], links: HeaderLinks): void {
  for (const written of doc.senders) {
    const fallback = sentences[0]?.text ?? written;
    for (const e of links.resolve(written, true)) {
      links.link("SENT_BY", e, evidenceFor(doc, sentences, written, e.id, fallback));
    }
  }
  for (const { name, role } of doc.recipients) {
    for (const e of links.resolve(name, role !== "CC")) {
      if (links.senders.has(e.id) && role === "CC") continue;
      const evidence = evidenceFor(doc, sentences, name, e.id, name);
      if (role === "CC") links.link("COPIED_TO", e, evidence);
      else links.link("SENT_TO", e, evidence, role);
    }
  }
}

/** A line of the header zone that is a body's name, or starts with one: "Working Party 8A", "itu-t sg2, 7-16 may 2002". */
function senderLine(doc: ParsedDocument, gazetteer: Gazetteer): Addressed | undefined {
  for (const line of doc.looseLines ?? []) {
    if (line.length > 120) continue;
    const lead = line.split(/\s*(?:,|\s[-\u2013]\s)\s*/)[0] ?? line;
    const entity = wholeBody(line, gazetteer) ?? wholeBody(lead, gazetteer);
    if (entity) return { entities: [entity], evidence: line };
  }
  return undefined;
}

/** "Broadband Forum interest in ...", "ITU-T SG3 Contribution to ...": a title that starts with its sender. */
function titleLead(title: readonly AnalyzedSentence[]): Addressed | undefined {
  const first = title[0]?.mentions[0];
  return first && first.index === 0 && isBodyType(first.entity.type) ? { entities: [first.entity], evidence: title[0]?.text ?? "" } : undefined;
}

/** Sentences of the title and the header's unlabelled lines, where addresses are written in words. */
function headerSentences(doc: ParsedDocument, gazetteer: Gazetteer): AnalyzedSentence[] {
  return [doc.title, ...(doc.looseLines ?? [])]
    .filter((text): text is string => Boolean(text))
    .map((text) => ({ text, mentions: findMentions(text, gazetteer) }));
}

function linkFallbacks(doc: ParsedDocument, sentences: readonly AnalyzedSentence[], links: HeaderLinks, gazetteer: Gazetteer): void {
  const header = headerSentences(doc, gazetteer);
  const opening = sentences.slice(0, 3);
  const title = header.slice(0, doc.title ? 1 : 0);
  // The title names the main addressee even when the header's To lists others (a copy to the IETF).
  const titled = recipientPhrase(title);
  for (const e of titled?.entities ?? []) if (!links.addressed.has(e.id)) links.link("SENT_TO", e, titled?.evidence ?? "", "INFORMATION");
  if (links.senders.size === 0) {
    const sender =
      senderPhrase(header, sentences.slice(0, 15)) ?? senderLine(doc, gazetteer) ?? openingSubject(opening) ?? titleLead(title);
    for (const e of sender?.entities ?? []) links.link("SENT_BY", e, sender?.evidence ?? "");
  }
  if (links.roles.length === 0) {
    const recipients = recipientPhrase(header, opening) ?? thankedForLiaison(opening);
    for (const e of recipients?.entities ?? []) if (!links.senders.has(e.id)) links.link("SENT_TO", e, recipients?.evidence ?? "", "INFORMATION");
  }
  const copies = copyPhrase([...header, ...opening]);
  for (const e of copies?.entities ?? []) if (!links.addressed.has(e.id)) links.link("COPIED_TO", e, copies?.evidence ?? "");
}

/** The ITU LS template's "Question(s): 20/13" names the Questions the statement comes from. */
function referenceQuestions(
  doc: ParsedDocument,
  sentences: readonly AnalyzedSentence[],
  links: HeaderLinks,
  builder: ExtractionBuilder,
): void {
  const written = doc.questions
    .flatMap((q) => q.split(/\s*(?:,|;|\band\b)\s*/))
    .map((q) => q.trim())
    .filter(Boolean);
  for (const form of written) {
    const question = normalizeEntity(/^\d+\/\d+$/.test(form) ? `Q${form}` : form);
    if (question?.type !== "Question") {
      builder.warn(`unrecognized Question "${form}"`);
      continue;
    }
    if (links.addressed.has(question.id)) continue;
    builder.entity(question);
    const evidence = evidenceFor(doc, sentences, form, question.id, `Question(s): ${doc.questions.join(", ")}`);
    builder.relate("REFERENCES", builder.documentId, question.id, evidence);
  }
}

export function extractHeader(
  doc: ParsedDocument,
  sentences: readonly AnalyzedSentence[],
  builder: ExtractionBuilder,
  gazetteer: Gazetteer,
): Header {
  const links = new HeaderLinks(builder, gazetteer);
  linkHeader(doc, sentences, links);
  linkFallbacks(doc, sentences, links, gazetteer);
  const needsOpening = links.senders.size === 0 || links.roles.length === 0;
  const opening = needsOpening ? readOpening(sentences, links.senders) : undefined;
  if (links.senders.size === 0 && opening) links.link("SENT_BY", opening.sender, opening.sentence.text);
  if (links.roles.length === 0 && opening) {
    for (const e of opening.recipients) links.link("SENT_TO", e, opening.sentence.text, opening.purpose);
  }
  if (links.senders.size === 0) builder.warn("no sender found");
  if (links.roles.length === 0) builder.warn("no recipient found");
  referenceQuestions(doc, sentences, links, builder);

  const purpose = purposeFromFields(doc) ?? PURPOSE_ORDER.find((p) => links.roles.includes(p as Purpose));
  const { senders, addressed } = links;
  return purpose ? { senders, addressed, purpose } : { senders, addressed };
}
