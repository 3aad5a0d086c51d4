/**
 * A Datatracker group as the body resolver reads it. IETF groups are named by their acronym
 * (`ccamp`, `rtg`), which alone is ambiguous; prefixed with their organization they take the
 * canonical form (`IETF CCAMP`) whether or not the reference data lists them. Other standards
 * bodies (group type `sdo`) are named by their full name (`ITU-T SG 15`, `3GPP TSG SA WG2`),
 * which the resolver knows in all its spellings.
 */
import type { GroupRecord } from "./api-records.js";

const WHOLE_ORGANIZATION: Readonly<Record<string, string>> = { ietf: "IETF", iab: "IAB", iesg: "IESG", irtf: "IRTF" };

export function writtenGroupName(group: GroupRecord): string {
  const acronym = group.acronym.trim();
  const upper = acronym.toUpperCase();
  // The IAB and the IETF share the group type `ietf`: the acronym says which.
  const whole = WHOLE_ORGANIZATION[acronym.toLowerCase()] ?? WHOLE_ORGANIZATION[group.type];
  if (whole) return whole;
  if (!acronym) return group.name.trim();
  switch (group.type) {
    case "sdo":
      return group.name.trim() || acronym;
    case "wg":
      return `IETF ${upper} WG`;
    case "rg":
      return `IRTF ${upper}`;
    case "area":
    case "ag":
    case "dir":
    case "team":
    case "program":
      return `IETF ${upper}`;
    default:
      return group.name.trim() || acronym;
  }
}
