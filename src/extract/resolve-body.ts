/**
 * Header values name bodies freely ("ITU-T Study Group 17 (Security)", "IETF CCAMP WG (Adrian
 * Farrel)", "ITU-T-SG-13", "ccamp", "The IESG <iesg@ietf.org>", "Zhou Baoxin, CCSA"). This turns
 * one such value into the bodies it names, and tells people, mailing lists and vague groups
 * apart from bodies: those never become nodes.
 */
import { cleanName, normalizeEntity, type CanonicalEntity } from "../model/canonical-ids.js";
import { isBodyType } from "../model/node-types.js";
import { findMentions } from "./find-mentions.js";
import type { Gazetteer } from "./gazetteer.js";
import { looksLikeOrganization, looksLikePerson } from "./name-shapes.js";

/** "All ITU-T Study Groups", "other relevant organizations": addressed, but no node to link. */
const VAGUE = /^(?:all|other|any|interested|associated|concerned|various|several)\b/i;
const MAILING_LIST = /\b(?:mailing\s+list|discussion\s+list|list|mailbox|reflector|liaisons\s+at|statements\s+at)\b/i;
const ROLE = /\b(?:chair(?:man|person|woman)?|vice[-\s]chair|director|secretary|secretariat|rapporteur|editor|liaison (?:officer|manager|official)|convenor|convener|counsellor|president)\b/i;

export type Refusal = "person" | "list" | "vague" | "unknown" | "empty";

export interface Resolved {
  readonly entities: readonly CanonicalEntity[];
  /** Why nothing was linked, when nothing was. */
  readonly refused?: Refusal;
  /** The entities are bodies the reference data does not know, kept under a normalized name. */
  readonly unresolved?: boolean;
}

export interface ResolveOptions {
  /** Keep a body no reference names under its own name (From and To do; a Cc is mostly people). */
  readonly keepUnknown?: boolean;
}

/** The value with addresses, `<>` leftovers and parenthetical people or notes taken off. */
export function stripDecorations(written: string): string {
  return written
    .replace(/<[^>]*>?/g, " ")
    .replace(/(?<!\S)\S+@\S+/g, " ")
    .replace(/\[[^\][]*\]/g, " ")
    .replace(/\([^()]*\)/g, " ")
    .replace(/\(.*$/, " ")
    .replace(/\*+/g, " ")
    .replace(/^\s*[.\-\u2022]\s*/, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function resolveBody(written: string, gazetteer: Gazetteer, options: ResolveOptions = {}): Resolved {
  const value = cleanName(stripDecorations(written));
  if (!value) return refuse("empty");
  const whole = wholeBody(value, gazetteer) ?? wholeBody(value.replace(/\s+(?:WG|Working\s+Group)$/i, ""), gazetteer);
  if (whole) return { entities: [whole] };
  if (MAILING_LIST.test(value)) return refuse("list");
  // "Zhou Baoxin, CCSA", "Chairman, WP 1/2": a person or role, then the body.
  const parts = value.split(/\s*,\s*/);
  if (parts.length > 1) {
    const named = parts.flatMap((part) => resolveBody(part, gazetteer, options).entities);
    if (named.length > 0) return { entities: unique(named) };
  }
  // "TDAG Chairman", "Chair Q9/15": the holder of a role speaks for the body.
  if (ROLE.test(value)) {
    const bodies = findMentions(value, gazetteer).filter((m) => isBodyType(m.entity.type));
    return bodies.length > 0 ? { entities: unique(bodies.map((m) => m.entity)) } : refuse("person");
  }
  if (looksLikePerson(value)) return refuse("person");
  if (VAGUE.test(value)) return refuse("vague");
  // "IETF/ISOC", "ITU-T Study Group 15 and IETF": every piece a body.
  const pieces = value.split(/\s*\/\s*|\s+(?:and|&)\s+/i);
  if (pieces.length > 1) {
    const named = pieces.map((piece) => wholeBody(piece, gazetteer));
    if (named.every((e) => e !== undefined)) return { entities: unique(named as CanonicalEntity[]) };
  }
  const mentioned = findMentions(value, gazetteer).filter((m) => isBodyType(m.entity.type));
  const covered = mentioned.reduce((sum, m) => sum + (m.end - m.index), 0);
  if (mentioned.length > 0 && covered >= value.replace(/\s/g, "").length * 0.7) return { entities: unique(mentioned.map((m) => m.entity)) };
  // A Cc is mostly people; an acronym there ("MII", "SAC") is still a body.
  const acronym = /^[A-Z][A-Z0-9&-]{1,9}$/.test(value);
  if ((options.keepUnknown || acronym) && looksLikeOrganization(value)) {
    const name = value.replace(/^the\s+/i, "");
    return { entities: [{ type: "Organization", id: name, name, properties: { resolved: false } }], unresolved: true };
  }
  return refuse("unknown");
}

/** The body a whole value names: the reference names first, then the id patterns. */
export function wholeBody(value: string, gazetteer: Gazetteer): CanonicalEntity | undefined {
  const cleaned = cleanName(value);
  if (!cleaned) return undefined;
  const known = gazetteer.lookup(cleaned) ?? gazetteer.lookupCompact(cleaned) ?? ietfGroup(cleaned, gazetteer);
  if (known && isBodyType(known.type)) return { type: known.type, id: known.id, name: known.name };
  const entity = normalizeEntity(cleaned) ?? normalizeEntity(cleaned.replace(/-/g, " "));
  return entity && isBodyType(entity.type) ? entity : undefined;
}

/**
 * The Datatracker names IETF groups and areas by their bare acronym ("ccamp", "ippm", "TSV"); a
 * single token is an IETF group when the reference data knows an IETF group of that acronym.
 */
function ietfGroup(value: string, gazetteer: Gazetteer) {
  return /^[A-Za-z][A-Za-z0-9]{1,11}$/.test(value) ? gazetteer.get(`IETF ${value.toUpperCase()}`) : undefined;
}

function refuse(refused: Refusal): Resolved {
  return { entities: [], refused };
}

function unique(entities: readonly CanonicalEntity[]): CanonicalEntity[] {
  return [...new Map(entities.map((e) => [e.id, e])).values()];
}
