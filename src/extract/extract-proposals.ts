/**
 * What bodies propose, establish and are to consider:
 * "SG 17 proposes that TSAG consider the establishment of a Focus Group on Blockchain under the
 * auspices of TSAG" -> SG17 PROPOSES FG (status PROPOSED), TSAG CONSIDERS FG, FG UNDER_AUSPICES_OF
 * TSAG; "a Focus Group on Blockchain could also consider this report" -> FG CONSIDERS the report.
 */
import { isBodyType, type NodeType } from "../model/node-types.js";
import { clauseEnd, subjectBefore, type AnalyzedSentence } from "./analyzed-sentence.js";
import type { DocumentContext } from "./document-context.js";
import type { Mention } from "./find-mentions.js";

const PROPOSAL_VERB = /\b(?:propos(?:e|es|ed)|suggest(?:s|ed)?|recommend(?:s|ed)?)\b/gi;
const ESTABLISHMENT =
  /\b(?:establishment|creation|setting[- ]up|formation|establish|create|set\s+up|launch)\s+(?:of\s+)?(?:(?:a|an|the|new|possible|dedicated|ITU-T)\s+)*$/i;
const ESTABLISHED = /\b(?:established|created|set\s+up|launched)\s+(?:(?:a|an|the|new|ITU-T)\s+)*$/i;
const TO_CONSIDER = /^\s+(?:(?:should|could|would|to|also|may|might|kindly)\s+)*(?:consider|study|examine|approve|agree|decide)/i;
const AUSPICES = /^[^.;]{0,40}?\bunder\s+the\s+auspices\s+of\s+(?:the\s+)?$/i;
const CONSIDER = /\b(?:consider|considers|take\s+into\s+account|takes\s+into\s+account)\b/gi;
const CONSIDERED_TYPES: readonly NodeType[] = ["Report", "Resolution", "Recommendation", "Workshop", "LiaisonStatement"];
const ANAPHOR = /\bth(?:is|at|e\s+said)\s+(report|resolution|recommendation|workshop)\b/gi;

export function extractProposals(sentence: AnalyzedSentence, context: DocumentContext): void {
  for (const fg of sentence.mentions.filter((m) => m.entity.type === "FocusGroup")) {
    proposedFocusGroup(sentence, fg, context);
    auspices(sentence, fg, context);
  }
  considerations(sentence, context);
}

function relate(
  type: "PROPOSES" | "CONSIDERS" | "UNDER_AUSPICES_OF" | "ESTABLISHED",
  from: Mention,
  to: Mention,
  sentence: AnalyzedSentence,
  { builder }: DocumentContext,
): void {
  builder.entity(from.entity);
  builder.entity(to.entity);
  builder.relate(type, from.entity.id, to.entity.id, sentence.text);
}

function proposedFocusGroup(sentence: AnalyzedSentence, fg: Mention, context: DocumentContext): void {
  const before = sentence.text.slice(0, fg.index);
  const established = ESTABLISHED.exec(before);
  const founder = established ? subjectBefore(sentence, established.index) : undefined;
  if (founder) relate("ESTABLISHED", founder, fg, sentence, context);
  if (!ESTABLISHMENT.test(before)) return;
  const verb = [...before.matchAll(PROPOSAL_VERB)].pop();
  if (!verb) return;
  const proposer = subjectBefore(sentence, verb.index);
  if (!proposer) return;
  context.builder.entity(fg.entity, { status: "PROPOSED" });
  relate("PROPOSES", proposer, fg, sentence, context);
  const verbEnd = verb.index + verb[0].length;
  const addressee = sentence.mentions.find((m) => m.index >= verbEnd && m.end <= fg.index);
  if (
    addressee &&
    isBodyType(addressee.entity.type) &&
    /^\s*(?:that\s+)?(?:the\s+)?$/i.test(sentence.text.slice(verbEnd, addressee.index)) &&
    TO_CONSIDER.test(sentence.text.slice(addressee.end, fg.index))
  ) {
    relate("CONSIDERS", addressee, fg, sentence, context);
  }
}

function auspices(sentence: AnalyzedSentence, fg: Mention, context: DocumentContext): void {
  const parent = sentence.mentions.find((m) => m.index >= fg.end && isBodyType(m.entity.type));
  if (parent && AUSPICES.test(sentence.text.slice(fg.end, parent.index))) {
    relate("UNDER_AUSPICES_OF", fg, parent, sentence, context);
  }
}

function considerations(sentence: AnalyzedSentence, context: DocumentContext): void {
  const text = sentence.text;
  for (const verb of text.matchAll(CONSIDER)) {
    const subject = subjectBefore(sentence, verb.index);
    if (!subject) continue;
    const start = verb.index + verb[0].length;
    const end = clauseEnd(text, start);
    const inClause = (m: Mention) => m.index >= start && m.index < end && CONSIDERED_TYPES.includes(m.entity.type);
    const objects = sentence.mentions.filter(inClause).map((m) => ({ at: m.index, m }));
    for (const anaphor of text.slice(start, end).matchAll(ANAPHOR)) {
      const type = (anaphor[1] ?? "").replace(/^./, (c) => c.toUpperCase()) as NodeType;
      const named = sentence.mentions.filter((m) => m.entity.type === type && m.index < start);
      const antecedent = named[named.length - 1] ?? sentence.mentions.find((m) => m.entity.type === type);
      if (antecedent) objects.push({ at: start + anaphor.index, m: antecedent });
    }
    objects.sort((a, b) => a.at - b.at);
    for (const { m } of objects) relate("CONSIDERS", subject, m, sentence, context);
  }
}
