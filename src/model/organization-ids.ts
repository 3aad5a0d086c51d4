/**
 * External bodies and ITU bureaus. Families with many members (IETF working groups, 3GPP groups,
 * JTC 1 subcommittees, ISO technical committees) are patterns; the rest is the ORGANIZATIONS table.
 */
import type { CanonicalEntity } from "./canonical-ids.js";
import { IETF_WORKING_GROUPS, ORGANIZATIONS, type KnownOrganization } from "./known-bodies.js";

const org = (id: string, name: string, kind: string): CanonicalEntity => ({
  type: "Organization",
  id,
  name,
  properties: { kind },
});

/** Single words are acronyms and match exactly; longer names match regardless of case. */
function sameForm(written: string, form: string): boolean {
  return /\s/.test(form) ? written.toLowerCase() === form.toLowerCase() : written === form;
}

const BY_FORM: ReadonlyArray<readonly [string, KnownOrganization]> = ORGANIZATIONS.flatMap((o) =>
  [o.id, o.name, ...o.aliases].map((form) => [form, o] as const),
);

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
    if (!m?.[1]) return undefined;
    const id = `ISO/TC ${Number(m[1])}`;
    const known = ORGANIZATIONS.find((o) => o.id === id);
    return org(id, known?.name ?? id, known?.kind ?? "TECHNICAL_COMMITTEE");
  },
];

export function normalizeOrganization(text: string): CanonicalEntity | undefined {
  for (const pattern of PATTERNS) {
    const entity = pattern(text);
    if (entity) return entity;
  }
  const hit = BY_FORM.find(([form]) => sameForm(text, form))?.[1];
  return hit ? org(hit.id, hit.name, hit.kind) : undefined;
}
