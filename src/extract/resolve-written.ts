/**
 * Header fields name bodies freely ("ITU-T Study Group 17 (Security)", "IETF CCAMP Working
 * Group", "ITU-T SG13, SG15"). This turns one such field value into the bodies it names.
 */
import { cleanName, normalizeEntity, type CanonicalEntity } from "../model/canonical-ids.js";
import { isBodyType } from "../model/node-types.js";
import { findMentions } from "./find-mentions.js";
import type { Gazetteer } from "./gazetteer.js";

/** "All ITU-T Study Groups", "other relevant organizations": addressed, but no node to link. */
const VAGUE = /\b(?:all|other|relevant|interested|associated|concerned|various|several)\b.*\b(?:groups?|SGs|organi[sz]ations?|bodies|parties|members)\b/i;

export interface Resolved {
  readonly entities: readonly CanonicalEntity[];
  readonly warning?: string;
}

export function resolveWritten(written: string, gazetteer: Gazetteer): Resolved {
  // The graph's names first: it may know a body under an id the patterns would only guess.
  const known = gazetteer.lookup(cleanName(written));
  if (known && isBodyType(known.type)) return { entities: [{ type: known.type, id: known.id, name: known.name }] };
  const whole = normalizeEntity(written);
  if (whole && isBodyType(whole.type)) return { entities: [whole] };
  const named = findMentions(written, gazetteer).filter((m) => isBodyType(m.entity.type));
  if (named.length > 0) return { entities: [...new Map(named.map((m) => [m.entity.id, m.entity])).values()] };
  if (VAGUE.test(written)) return { entities: [], warning: `no single body named by "${written}"` };
  const name = cleanName(written);
  if (!name) return { entities: [] };
  return {
    entities: [{ type: "Organization", id: name, name }],
    warning: `unknown body "${written}" kept as Organization "${name}"`,
  };
}
