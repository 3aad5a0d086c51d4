/**
 * Who the statement asks to do what (ASKS {action}): "SG15 kindly requests IETF CCAMP to comment
 * on ...", "CCAMP invites 3GPP SA5 to comment ...", "IEEE 802.1 is requested to review ...",
 * "SG 13 would appreciate feedback from IETF OPSAWG". Only a body the sentence names is asked;
 * the header's purpose (SENT_TO {purpose}) already says what is asked of its addressees. Being
 * invited to take note asks nothing that calls for an answer, so it is no ASKS.
 */
import { isBodyType } from "../model/node-types.js";
import { objectsAfter, subjectBefore, type AnalyzedSentence } from "./analyzed-sentence.js";
import type { DocumentContext } from "./document-context.js";
import type { Mention } from "./find-mentions.js";

/** "<sender> (kindly) requests/asks/invites <bodies> to <verb>". */
const ACTIVE = /\b(?:requests?|asks?|invites?|urges?|encourages?|calls\s+(?:up)?on)\b/gi;
/** "<body> is (kindly) requested/invited/asked to <verb>". */
const PASSIVE = /\b(?:is|are)\s+(?:(?:kindly|also|therefore|hereby|further)\s+)*(?:requested|invited|asked|encouraged|urged)\s+to\s+/gi;
/** "would appreciate/welcome (receiving) feedback from <body>". */
const WELCOME =
  /\b(?:would|will|should)\s+(?:(?:very\s+)?much\s+)?(?:appreciate|welcome|be\s+grateful\s+for)\s+(?:receiving\s+|any\s+|a\s+|an\s+|the\s+|further\s+|your\s+)*(comments?|feedback|views|input|information|replies|reply|response|review)\s+(?:from|by|of)\s+(?:the\s+)?$/i;

/** The infinitive after "to", normalised to a few actions analysts filter on; undefined: asks nothing. */
const ACTIONS: ReadonlyArray<readonly [RegExp, string | undefined]> = [
  [/^(?:take\s+(?:due\s+)?note|note\b|be\s+informed)/i, undefined],
  [/^(?:comment|provide\s+(?:its\s+|their\s+|any\s+)?(?:comments|feedback|views)|send\s+(?:its\s+|their\s+|any\s+)?(?:comments|feedback|views)|give\s+(?:its\s+|their\s+)?(?:comments|feedback|views))/i, "comment"],
  [/^(?:consider|take\s+(?:\w+\s+)?into\s+(?:account|consideration))/i, "consider"],
  [/^(?:review|examine|check|study|assess|evaluate|analy[sz]e)/i, "review"],
  [/^(?:provide|send|share|supply|give)\s+(?:(?:any|more|further|the|its|their|relevant|additional)\s+)*(?:information|details|input|data|status|clarification)|^(?:inform|tell|advise|clarify|confirm|indicate|let|explain|report)\b/i, "provide information"],
  [/^(?:reply|respond|answer)/i, "reply"],
  [/^(?:take\s+(?:the\s+)?(?:necessary\s+|appropriate\s+)?action|act\b|update|align|add|implement|adopt|include|correct|modify|amend|revise|endorse|approve)/i, "take action"],
];

const WELCOME_ACTIONS: Readonly<Record<string, string>> = {
  comment: "comment", comments: "comment", feedback: "comment", views: "comment", review: "review",
  input: "provide information", information: "provide information", reply: "reply", replies: "reply", response: "reply",
};

/** The action an infinitive phrase asks for; its first word when none of the known ones. */
export function normalizeAction(phrase: string): string | undefined {
  const text = phrase.trim().replace(/^(?:kindly|also|please)\s+/i, "");
  for (const [pattern, action] of ACTIONS) if (pattern.test(text)) return action;
  const verb = /^[a-z]+/i.exec(text)?.[0]?.toLowerCase();
  return verb && verb.length > 1 ? verb : undefined;
}

export function extractAsks(sentence: AnalyzedSentence, context: DocumentContext): void {
  const { text } = sentence;
  for (const verb of text.matchAll(ACTIVE)) {
    const objects = objectsAfter(sentence, verb.index + verb[0].length);
    const last = objects[objects.length - 1];
    if (!last) continue;
    const to = /^\s*,?\s*to\s+(.*)$/is.exec(text.slice(last.end));
    if (!to?.[1]) continue;
    ask(objects, normalizeAction(to[1]), sentence, context);
  }
  for (const passive of text.matchAll(PASSIVE)) {
    const subject = subjectBefore(sentence, passive.index);
    if (!subject) continue;
    ask([subject], normalizeAction(text.slice(passive.index + passive[0].length)), sentence, context);
  }
  for (const mention of sentence.mentions) {
    const welcome = WELCOME.exec(text.slice(0, mention.index));
    if (!welcome?.[1]) continue;
    ask(objectsAfter(sentence, welcome.index + welcome[0].length), WELCOME_ACTIONS[welcome[1].toLowerCase()], sentence, context);
  }
}

function ask(bodies: readonly Mention[], action: string | undefined, sentence: AnalyzedSentence, { builder, header }: DocumentContext): void {
  if (!action) return;
  for (const { entity } of bodies) {
    // A statement does not ask its own sender: "SG15 invites its Questions to ..." is internal.
    if (!isBodyType(entity.type) || header.senders.has(entity.id)) continue;
    builder.entity(entity);
    builder.relate("ASKS", builder.documentId, entity.id, sentence.text, { action });
  }
}
