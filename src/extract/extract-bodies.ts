/**
 * Bodies a sentence names without addressing them: Study Groups, Questions, focus groups are
 * REFERENCES of the statement; organizations and bureaus (TSB) are MENTIONS.
 */
import { isBodyType } from "../model/node-types.js";
import type { AnalyzedSentence } from "./analyzed-sentence.js";
import type { DocumentContext } from "./document-context.js";

/**
 * "ITU-T" in an SG17 statement, "IETF" in a CCAMP one: the organization an addressee belongs to
 * (its id is the addressee's id prefix) is named on every page and says nothing about the content.
 */
function containsAddressee(id: string, addressed: ReadonlySet<string>): boolean {
  return [...addressed].some((a) => a.startsWith(`${id} `));
}

export function extractBodies(sentence: AnalyzedSentence, { builder, header }: DocumentContext): void {
  for (const { entity } of sentence.mentions) {
    if (!isBodyType(entity.type) || header.addressed.has(entity.id)) continue;
    if (entity.type === "Organization" && containsAddressee(entity.id, header.addressed)) continue;
    builder.entity(entity);
    const type = entity.type === "Organization" ? "MENTIONS" : "REFERENCES";
    builder.relate(type, builder.documentId, entity.id, sentence.text);
  }
}
