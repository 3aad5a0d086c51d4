/**
 * Reference tables behind canonical-ids.ts: the names documents use for bodies whose canonical id
 * cannot be derived from the text alone (focus group acronyms, assembly venues, external bodies).
 */
import { REFERENCE_BODIES } from "./reference-bodies.js";

export interface KnownFocusGroup {
  /** As in the canonical id `ITU-T FG <acronym>`. */
  readonly acronym: string;
  readonly name: string;
  /** Other full names seen in documents, without the "Focus Group on" prefix. */
  readonly aliases?: readonly string[];
}

export const FOCUS_GROUPS: readonly KnownFocusGroup[] = [
  {
    acronym: "DLT",
    name: "Focus Group on Application of Distributed Ledger Technology",
    aliases: ["Distributed Ledger Technology", "Distributed Ledger Technologies"],
  },
  { acronym: "DFS", name: "Focus Group on Digital Financial Services" },
  { acronym: "ML5G", name: "Focus Group on Machine Learning for Future Networks including 5G" },
  { acronym: "AI4H", name: "Focus Group on Artificial Intelligence for Health", aliases: ["AI for Health"] },
  { acronym: "VM", name: "Focus Group on Vehicular Multimedia" },
  {
    acronym: "AI4NDM",
    name: "Focus Group on AI for Natural Disaster Management",
    aliases: ["Artificial Intelligence for Natural Disaster Management"],
  },
  { acronym: "MV", name: "Focus Group on metaverse" },
  { acronym: "DFC", name: "Focus Group on Digital Currency including Digital Fiat Currency" },
  { acronym: "QIT4N", name: "Focus Group on Quantum Information Technology for Networks" },
  { acronym: "NET-2030", name: "Focus Group on Technologies for Network 2030" },
  { acronym: "AN", name: "Focus Group on Autonomous Networks" },
  { acronym: "AI4AD", name: "Focus Group on AI for autonomous and assisted driving" },
  {
    acronym: "AI4EE",
    name: "Focus Group on Environmental Efficiency for Artificial Intelligence and other Emerging Technologies",
  },
  { acronym: "IMT-2020", name: "Focus Group on IMT-2020" },
  { acronym: "SSC", name: "Focus Group on Smart Sustainable Cities" },
  { acronym: "Cloud", name: "Focus Group on Cloud Computing" },
];

export interface KnownAssembly {
  /** `WTSA-16`: the abbreviation and the two-digit year of its study-period numbering. */
  readonly assembly: string;
  readonly place: string;
  /** The year the assembly met, which differs from the numbering for WTSA-20 (held 2022). */
  readonly year: number;
}

export const ASSEMBLIES: readonly KnownAssembly[] = [
  { assembly: "WTSA-2000", place: "Montreal", year: 2000 },
  { assembly: "WTSA-04", place: "Florianópolis", year: 2004 },
  { assembly: "WTSA-08", place: "Johannesburg", year: 2008 },
  { assembly: "WTSA-12", place: "Dubai", year: 2012 },
  { assembly: "WTSA-16", place: "Hammamet", year: 2016 },
  { assembly: "WTSA-20", place: "Geneva", year: 2022 },
  { assembly: "WTSA-24", place: "New Delhi", year: 2024 },
  { assembly: "PP-02", place: "Marrakesh", year: 2002 },
  { assembly: "PP-06", place: "Antalya", year: 2006 },
  { assembly: "PP-10", place: "Guadalajara", year: 2010 },
  { assembly: "PP-14", place: "Busan", year: 2014 },
  { assembly: "PP-18", place: "Dubai", year: 2018 },
  { assembly: "PP-22", place: "Bucharest", year: 2022 },
  { assembly: "WTDC-10", place: "Hyderabad", year: 2010 },
  { assembly: "WTDC-14", place: "Dubai", year: 2014 },
  { assembly: "WTDC-17", place: "Buenos Aires", year: 2017 },
  { assembly: "WTDC-22", place: "Kigali", year: 2022 },
];

export interface KnownOrganization {
  readonly id: string;
  readonly name: string;
  /** As in the reference graph: SECTOR, BUREAU, SDO, UN_AGENCY, WORKING_GROUP, ... */
  readonly kind: string;
  /** Written forms besides id and name. Single words match case-sensitively ("WHO" is not "who"). */
  readonly aliases: readonly string[];
}

/**
 * The organizations of cypher/reference/bodies (reference-bodies.ts), one source for the graph and
 * these tables; without those marked not resolvable (ITU, ITU-T: prefixes of other bodies' names).
 */
export const ORGANIZATIONS: readonly KnownOrganization[] = REFERENCE_BODIES.filter((b) => b.type === "Organization" && b.resolvable).map(
  ({ id, name, kind, aliases }) => ({ id, name, kind, aliases }),
);

/**
 * IETF working groups (acronyms as in their ids: `IETF CCAMP` -> "CCAMP"), recognized without the
 * "IETF" prefix when a "WG" suffix follows; any acronym is accepted in the fully qualified form
 * "IETF <acronym> WG".
 */
export const IETF_WORKING_GROUPS: ReadonlySet<string> = new Set(
  REFERENCE_BODIES.filter((b) => b.family === "ietf" && b.kind === "WORKING_GROUP" && b.id.startsWith("IETF ")).map((b) =>
    b.id.slice("IETF ".length),
  ),
);

/** Letters of the ITU-T Recommendation series (there is no W). */
export const RECOMMENDATION_SERIES = "ABCDEFGHIJKLMNOPQRSTUVXYZ";
