/**
 * Clauses of Resolutions: "taking into account the resolve 2 of this WTSA-16 Resolution" puts
 * `clause: "resolves 2"` on the statement's REFERENCES of that Resolution.
 */
import { normalizeAssembly } from "../model/canonical-ids.js";
import type { AnalyzedSentence } from "./analyzed-sentence.js";
import type { DocumentContext } from "./document-context.js";
import type { ExtractedEntity } from "./extraction.js";

const CLAUSE =
  /\b(resolves?|instructs?|invites?|requests?|decides?|encourages?)\s+(\d{1,2}(?:\.\d{1,2})?)\s+of\s+(?:(?:this|that|the\s+(?:above|said|same)|the)\s+)?(?:((?:WTSA|PP|WTDC)[-\s]?(?:\d{4}|\d{2}))\s+)?(?:Resolution|Res\.)(?:\s?(\d{1,3}))?/gi;

function target(
  sentence: AnalyzedSentence,
  m: RegExpMatchArray & { index: number },
  known: readonly ExtractedEntity[],
): string | undefined {
  const end = m.index + m[0].length;
  const written = sentence.mentions.find((r) => r.entity.type === "Resolution" && r.index >= m.index && r.index < end);
  if (written) return written.entity.id;
  const assembly = m[3] ? normalizeAssembly(m[3]) : undefined;
  const fits = (e: { readonly type: string; readonly properties?: Readonly<Record<string, unknown>> }) =>
    e.type === "Resolution" &&
    (assembly === undefined || e.properties?.assembly === assembly) &&
    (m[4] === undefined || e.properties?.number === Number(m[4]));
  // "this Resolution": the latest fitting one, in this sentence before the clause or earlier.
  const inSentence = sentence.mentions.filter((r) => r.index < m.index && fits(r.entity));
  return inSentence[inSentence.length - 1]?.entity.id ?? known.filter(fits).pop()?.id;
}

export function extractResolutionClauses(sentence: AnalyzedSentence, { builder }: DocumentContext): void {
  for (const m of sentence.text.matchAll(CLAUSE)) {
    const clause = `${(m[1] ?? "").toLowerCase().replace(/s$/, "")}s ${m[2]}`;
    const id = target(sentence, m, builder.known());
    if (!id) {
      builder.warn(`clause "${m[0]}" names no known Resolution`);
      continue;
    }
    const relation = builder.relate("REFERENCES", builder.documentId, id, sentence.text);
    if (!relation) continue;
    const clauses = relation.properties?.clause?.split("; ") ?? [];
    if (!clauses.includes(clause)) relation.properties = { ...relation.properties, clause: [...clauses, clause].join("; ") };
  }
}
