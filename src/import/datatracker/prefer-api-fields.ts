/**
 * The Datatracker says in structured fields who sent a statement and to whom; the text can only
 * suggest it (a title naming a group, an opening sentence). Where the API gave senders or
 * recipients, the ones the extractor read from the text are dropped, and the ones from the API
 * are marked `origin: "datatracker-api"` (their evidence is the field, e.g. `from_groups: ccamp`).
 */
import type { ExtractedEntity, ExtractedRelation, Extraction } from "../../extract/extraction.js";
import { API_FIELD_EVIDENCE } from "./to-parsed-document.js";

export const API_ORIGIN = "datatracker-api";

const ADDRESSING = ["SENT_BY", "SENT_TO", "COPIED_TO"] as const;

export function preferApiFields(extraction: Extraction): Extraction {
  const documentId = extraction.document.id;
  const fromApi = (r: ExtractedRelation) => r.from === documentId && API_FIELD_EVIDENCE.test(r.evidence);
  const typesFromApi = new Set(extraction.relations.filter(fromApi).map((r) => r.type));
  const relations = extraction.relations
    .filter((r) => !(r.from === documentId && (ADDRESSING as readonly string[]).includes(r.type) && typesFromApi.has(r.type) && !fromApi(r)))
    .map((r) => (fromApi(r) ? { ...r, properties: { ...r.properties, origin: API_ORIGIN } } : r));
  if (relations.length === extraction.relations.length && typesFromApi.size === 0) return extraction;

  const touched = new Set(relations.flatMap((r) => [r.from, r.to]));
  const byId = new Map(extraction.entities.map((e) => [e.id, e]));
  const targets = (type: string): ExtractedEntity[] =>
    relations
      .filter((r) => r.type === type && r.from === documentId)
      .map((r) => byId.get(r.to))
      .filter((e): e is ExtractedEntity => e !== undefined);
  return {
    ...extraction,
    from: targets("SENT_BY"),
    to: targets("SENT_TO"),
    cc: targets("COPIED_TO"),
    proposes: extraction.proposes.filter((e) => touched.has(e.id)),
    references: extraction.references.filter((e) => touched.has(e.id)),
    topics: extraction.topics.filter((e) => touched.has(e.id)),
    entities: extraction.entities.filter((e) => touched.has(e.id)),
    relations,
  };
}
