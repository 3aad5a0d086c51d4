/**
 * External bodies and ITU bureaus. Families with many members (IETF working groups, 3GPP groups,
 * JTC 1 subcommittees, ISO technical committees) are patterns, so that a group the table does not
 * list still gets its canonical id; the rest is the ORGANIZATIONS table (cypher/reference/bodies).
 */
import type { CanonicalEntity } from "./canonical-ids.js";
import { IETF_WORKING_GROUPS, ORGANIZATIONS, type KnownOrganization } from "./known-bodies.js";

const BY_ID = new Map(ORGANIZATIONS.map((o) => [o.id, o]));

/** A pattern's id, with the table's name and kind where the table knows the body. */
function org(id: string, name: string, kind: string): CanonicalEntity {
  const known = BY_ID.get(id);
  return { type: "Organization", id, name: known?.name ?? name, properties: { kind: known?.kind ?? kind } };
}

/**
 * Single words are acronyms and match exactly; longer names match regardless of case. A map, as
 * the table has thousands of forms.
 */
const formKey = (form: string): string => (/\s/.test(form) ? form.toLowerCase() : form);
const BY_FORM = new Map<string, KnownOrganization>();
for (const o of ORGANIZATIONS) {
  for (const form of [o.id, o.name, ...o.aliases]) if (!BY_FORM.has(formKey(form))) BY_FORM.set(formKey(form), o);
}

const PATTERNS: ReadonlyArray<(t: string) => CanonicalEntity | undefined> = [
  (t) => {
    const m = /^(IETF\s+)?([A-Za-z][A-Za-z0-9]{1,9})(\s+(?:WG|Working\s+Group))?$/i.exec(t);
    const acronym = m?.[2]?.toUpperCase();
    if (!m || !acronym || acronym === "IETF" || acronym !== m[2]) return undefined;
    const known = IETF_WORKING_GROUPS.has(acronym);
    const accepted = m[1] ? known || Boolean(m[3]) : known && Boolean(m[3]);
    return accepted ? org(`IETF ${acronym}`, `IETF ${acronym} Working Group`, "WORKING_GROUP") : undefined;
  },
  (t) => {
    const m = /^3GPP(?:\s+(?:TSG\s+)?(SA|RAN|CT)(?:\s*(?:WG\s*)?(\d))?)?$/i.exec(t);
    if (!m) return undefined;
    const tsg = m[1]?.toUpperCase();
    if (!tsg) return org("3GPP", "3rd Generation Partnership Project", "SDO");
    return m[2]
      ? org(`3GPP ${tsg}${m[2]}`, `3GPP TSG ${tsg} WG${m[2]}`, "WORKING_GROUP")
      : org(`3GPP ${tsg}`, `3GPP TSG ${tsg}`, "TECHNICAL_COMMITTEE");
  },
  (t) => {
    const m = /^(?:ISO\/IEC\s+)?JTC\s*1\s*(?:\/\s*|\s)SC\s*(\d{1,2})$/i.exec(t);
    const id = m?.[1] ? `ISO/IEC JTC 1/SC ${Number(m[1])}` : undefined;
    return id ? org(id, id, "SUBCOMMITTEE") : undefined;
  },
  (t) => {
    const m = /^ISO\s*\/?\s*TC\s*(\d{1,3})$/i.exec(t);
    const id = m?.[1] ? `ISO/TC ${Number(m[1])}` : undefined;
    return id ? org(id, id, "TECHNICAL_COMMITTEE") : undefined;
  },
];

export function normalizeOrganization(text: string): CanonicalEntity | undefined {
  for (const pattern of PATTERNS) {
    const entity = pattern(text);
    if (entity) return entity;
  }
  const hit = BY_FORM.get(formKey(text));
  return hit ? org(hit.id, hit.name, hit.kind) : undefined;
}
