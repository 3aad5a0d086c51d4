/**
 * What a written argument value may mean, before the graph is asked: canonical ids in ranks, the
 * surest first. Rank 0 is the value as an id; rank 1 the canonical-id normalizer's reading (a bare
 * `SG5` is read in every ITU Sector, since ITU-T and ITU-R both have one); rank 2 the reference
 * data's names and aliases (topics, focus groups, bodies), compared regardless of case.
 * Pure: the graph then keeps the ids that exist, and ambiguity is several at the best rank.
 */
import { referenceGazetteerEntries } from "../../../extract/reference-gazetteer.js";
import type { GazetteerEntry } from "../../../extract/gazetteer.js";
import { normalizeEntity, studyGroupId, topicId, type Sector } from "../../../model/canonical-ids.js";
import { BODY_TYPES, type NodeType } from "../../../model/node-types.js";
import { formKey } from "../../../model/reference-bodies.js";

/** What an argument takes: a body, a topic, a focus group, or any node. */
export type ArgumentKind = "body" | "topic" | "focusGroup" | "entity";

const SECTORS: readonly Sector[] = ["ITU-T", "ITU-R", "ITU-D"];
const BARE_STUDY_GROUP = /^(?:Study\s+Group|SG|COM)[-\s]*(\d{1,2})$/i;

export function acceptsType(kind: ArgumentKind, type: NodeType): boolean {
  switch (kind) {
    case "body":
      return (BODY_TYPES as readonly string[]).includes(type);
    case "topic":
      return type === "Topic";
    case "focusGroup":
      return type === "FocusGroup";
    case "entity":
      return true;
  }
}

let byForm: Map<string, GazetteerEntry[]> | undefined;

/** Reference entries by every form they answer to, built once: the reference data does not change while the process runs. */
function referenceForms(): Map<string, GazetteerEntry[]> {
  if (byForm) return byForm;
  const map = new Map<string, GazetteerEntry[]>();
  for (const entry of referenceGazetteerEntries()) {
    for (const form of new Set([entry.id, entry.name, ...entry.aliases].map(formKey))) {
      const list = map.get(form) ?? [];
      if (!list.some((e) => e.id === entry.id)) list.push(entry);
      map.set(form, list);
    }
  }
  byForm = map;
  return map;
}

/** Canonical ids the value may denote, rank by rank (surest first); a rank may be empty. */
export function argumentReadings(value: string, kind: ArgumentKind): string[][] {
  const written = value.replace(/\s+/g, " ").trim();
  const normalized: string[] = [];
  const bare = BARE_STUDY_GROUP.exec(written);
  if (bare?.[1] && kind !== "topic") {
    normalized.push(...SECTORS.map((sector) => studyGroupId(bare[1]!, sector)));
  } else {
    const entity = normalizeEntity(written);
    if (entity && acceptsType(kind, entity.type)) normalized.push(entity.id);
  }
  if (kind === "topic" || kind === "entity") normalized.push(topicId(written));
  const reference = (referenceForms().get(formKey(written)) ?? []).filter((e) => acceptsType(kind, e.type)).map((e) => e.id);
  return [[written], unique(normalized), unique(reference)];
}

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];
