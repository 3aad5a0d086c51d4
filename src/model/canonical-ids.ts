/**
 * The one place that decides canonical ids (docs/ARCHITECTURE.md, "The graph model"): documents
 * write "SG 17", "COM 17" or "ITU-T Study Group 17 (Security)", the graph knows only `ITU-T SG17`.
 */
import type { NodeType } from "./node-types.js";
import { ASSEMBLIES, FOCUS_GROUPS, RECOMMENDATION_SERIES, type KnownAssembly } from "./known-bodies.js";
import { normalizeOrganization } from "./organization-ids.js";

export interface CanonicalEntity {
  readonly type: NodeType;
  readonly id: string;
  readonly name: string;
  /** Facts the written form carries (number, series, assembly, acronym, kind, ...). */
  readonly properties?: Readonly<Record<string, string | number | boolean>>;
}

export type Sector = "ITU-T" | "ITU-R" | "ITU-D";

export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Typographic quotes, non-breaking spaces and doubled spaces are noise in a name. */
export function cleanName(text: string): string {
  return text
    .replace(/[“”„‟«»"]/g, "")
    .replace(/[‘’‚‛]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.,;:]+$/, "")
    .replace(/^the\s+/i, "");
}

export const studyGroupId = (n: number | string, sector: Sector = "ITU-T"): string =>
  `${sector} SG${Number(n)}`;
export const questionId = (q: number | string, sg: number | string): string => `Q${Number(q)}/${Number(sg)}`;
export const workingPartyId = (wp: number | string, sg: number | string): string =>
  `WP${Number(wp)}/${Number(sg)}`;
export const recommendationId = (series: string, number: string): string =>
  `ITU-T ${series.toUpperCase()}.${number}`;
export const resolutionId = (assembly: string, number: number | string): string =>
  `${normalizeAssembly(assembly) ?? assembly} Resolution ${Number(number)}`;
export const topicId = (name: string): string => `topic:${slug(name)}`;
export const reportId = (title: string): string => `report:${slug(cleanName(title))}`;
export const workshopId = (date: string, title: string): string => `workshop:${date}:${slug(cleanName(title))}`;

const compact = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]/g, "");

/** "FG-DLT", "DLT", "Focus Group on Application of Distributed Ledger Technology" -> `ITU-T FG DLT`. */
export function focusGroupId(acronymOrName: string): string {
  return focusGroup(acronymOrName).id;
}

function focusGroup(text: string, acronymHint?: string): CanonicalEntity {
  const name = cleanName(text)
    .replace(/^ITU-T\s+/, "")
    .replace(/^FG[-\s]?(?=[A-Z0-9])/, "")
    .replace(/^Focus\s+Group\s+on\s+(?:the\s+)?/i, "")
    .replace(/[“”"]/g, "");
  const key = slug(name);
  const known =
    FOCUS_GROUPS.find((fg) => compact(fg.acronym) === compact(name)) ??
    FOCUS_GROUPS.find((fg) =>
      [fg.name.replace(/^Focus Group on /, ""), ...(fg.aliases ?? [])].some((n) => slug(n) === key),
    ) ??
    (acronymHint ? FOCUS_GROUPS.find((fg) => compact(fg.acronym) === compact(acronymHint)) : undefined);
  if (known) return focusGroupEntity(known.acronym, known.name);
  if (acronymHint) return focusGroupEntity(acronymHint, `Focus Group on ${capitalize(name)}`);
  const isAcronym = /^[A-Z0-9][A-Z0-9-]*$/.test(name) && /[A-Z]/.test(name) && name.length <= 10;
  return isAcronym
    ? focusGroupEntity(name, `ITU-T FG ${name}`)
    : focusGroupEntity(undefined, `Focus Group on ${capitalize(name)}`);
}

/** Without an acronym the id carries the name: `ITU-T FG Blockchain`. */
function focusGroupEntity(acronym: string | undefined, name: string): CanonicalEntity {
  if (!acronym) return { type: "FocusGroup", id: `ITU-T FG ${name.replace(/^Focus Group on /, "")}`, name };
  // The reference graph writes the acronym with its prefix: "FG DLT".
  return { type: "FocusGroup", id: `ITU-T FG ${acronym}`, name, properties: { acronym: `FG ${acronym}` } };
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "WTSA-16", "WTSA 2016", "wtsa16" -> "WTSA-16"; WTSA-2000 kept its four digits. */
export function normalizeAssembly(text: string): string | undefined {
  const m = /^(WTSA|PP|WTDC)[-\s]?(\d{2}|\d{4})$/i.exec(text.trim());
  if (!m?.[1] || !m[2]) return undefined;
  const yy = m[2].slice(-2);
  return `${m[1].toUpperCase()}-${yy === "00" ? "2000" : yy}`;
}

function assemblyByVenue(place: string, year: number): KnownAssembly | undefined {
  return ASSEMBLIES.find((a) => a.year === year && slug(a.place) === slug(place));
}

const RESOLUTION =
  /^(?:((?:WTSA|PP|WTDC)[-\s]?(?:\d{4}|\d{2}))\s+)?(?:Resolution|Res\.?)\s*(\d{1,3})(?:\s*\((?:Rev\.?\s*)?([^,()]+?),\s*(\d{4})\))?(?:\s+(?:of|from)\s+(?:the\s+)?((?:WTSA|PP|WTDC)[-\s]?(?:\d{4}|\d{2})))?$/i;

function resolution(text: string): CanonicalEntity | undefined {
  const m = RESOLUTION.exec(text);
  if (!m?.[2]) return undefined;
  const number = Number(m[2]);
  const written = m[1] ?? m[5];
  const venue = m[3] && m[4] ? assemblyByVenue(m[3], Number(m[4])) : undefined;
  const assembly = written ? normalizeAssembly(written) : venue?.assembly;
  if (!assembly) return undefined;
  const known = venue ?? ASSEMBLIES.find((a) => a.assembly === assembly);
  const properties: Record<string, string | number> = { number, assembly };
  if (known) Object.assign(properties, { place: known.place, year: known.year });
  const id = resolutionId(assembly, number);
  return { type: "Resolution", id, name: id, properties };
}

const RECOMMENDATION =
  /^(?:Rec(?:ommendation)?s?\.?\s+)?(?:ITU-T\s+)?(?:Rec(?:ommendation)?s?\.?\s+)?([A-Z])(?:\.\s?(\d{1,4}(?:\.\d{1,3})*)|(\d{3,4}(?:\.\d{1,3})*))$/;

function recommendation(text: string): CanonicalEntity | undefined {
  const m = RECOMMENDATION.exec(text);
  const series = m?.[1];
  const number = m?.[2] ?? m?.[3];
  if (!series || !number || !RECOMMENDATION_SERIES.includes(series)) return undefined;
  const id = recommendationId(series, number);
  return { type: "Recommendation", id, name: `Recommendation ${id}`, properties: { series, number } };
}

/** ITU handles keep their case convention: `sp16-sg17-oLS-00014`. */
export function liaisonId(text: string): string | undefined {
  const itu = /^sp(\d{2})-([a-z0-9]+)-([oi])ls-(\d{3,6})$/i.exec(text.trim());
  if (itu) return `sp${itu[1]}-${itu[2]?.toLowerCase()}-${itu[3]?.toLowerCase()}LS-${itu[4]}`;
  const ietf = /^(?:ietf-liaison-|https?:\/\/datatracker\.ietf\.org\/liaison\/)(\d+)\/?$/i.exec(text.trim());
  return ietf ? `ietf-liaison-${ietf[1]}` : undefined;
}

function studyGroup(text: string): CanonicalEntity | undefined {
  const m = /^(?:(ITU-[TRD])[-\s]*)?(?:Study\s+Group|SG|COM)[-\s]*(\d{1,2})(?:\s*\([^()]*\))?$/i.exec(text);
  if (!m?.[2]) return undefined;
  const sector = (m[1]?.toUpperCase() ?? "ITU-T") as Sector;
  const number = Number(m[2]);
  const name = `${sector} Study Group ${number}`;
  return { type: "StudyGroup", id: studyGroupId(number, sector), name, properties: { number } };
}

function advisoryGroup(text: string): CanonicalEntity | undefined {
  const tsag = /^(?:ITU-T[-\s]+)?(?:TSAG|Telecommunication\s+Standardi[sz]ation\s+Advisory\s+Group(?:\s*\(TSAG\))?)$/i;
  return tsag.test(text)
    ? { type: "AdvisoryGroup", id: "ITU-T TSAG", name: "Telecommunication Standardization Advisory Group" }
    : undefined;
}

/** Questions and working parties are numbered within their study group: "Q14/17", "WP 3/15". */
function numberedPart(text: string): CanonicalEntity | undefined {
  const m = /^(?:ITU-T\s+)?(Question\s*|Q\.?\s*|Working\s+Party\s*|WP\s*)(\d{1,2})\/(\d{1,2})$/i.exec(text);
  if (m?.[1] && m[2] && m[3]) {
    const [number, sg] = [Number(m[2]), Number(m[3])];
    const properties = { number, studyGroupNumber: sg };
    return /^Q/i.test(m[1])
      ? { type: "Question", id: questionId(number, sg), name: `Question ${number}/${sg}`, properties }
      : { type: "WorkingParty", id: workingPartyId(number, sg), name: `Working Party ${number}/${sg}`, properties };
  }
  // "ITU-T SG15 Question 9", "SG 15, Question 12": the Question with its study group first.
  const inGroup = /^(?:ITU-T\s+)?(?:SG|Study\s+Group)\s*(\d{1,2}),?\s+(?:Question|Q\.?)\s*(\d{1,2})$/i.exec(text);
  if (inGroup?.[1] && inGroup[2]) {
    const [number, sg] = [Number(inGroup[2]), Number(inGroup[1])];
    return { type: "Question", id: questionId(number, sg), name: `Question ${number}/${sg}`, properties: { number, studyGroupNumber: sg } };
  }
  // A digit and a letter is an ITU-R working party whether or not the sector is written.
  const r = /^(?:ITU-R\s+)?(?:WP|Working\s+Party)\s*(\d[A-Z])$/i.exec(text)?.[1]?.toUpperCase();
  return r ? { type: "WorkingParty", id: `ITU-R WP${r}`, name: `ITU-R Working Party ${r}` } : undefined;
}

function focusGroupForm(text: string): CanonicalEntity | undefined {
  if (/^(?:ITU-T\s+)?FG[-\s]?[A-Z0-9][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/.test(text)) return focusGroup(text);
  const named =
    /^(?:ITU-T\s+)?(?:the\s+)?(Focus\s+Group\s+on\s+.+?)(?:\s*\((?:ITU-T\s+)?FG[-\s]?([A-Z0-9][A-Za-z0-9-]*)\))?$/i.exec(text);
  return named?.[1] ? focusGroup(named[1], named[2]) : undefined;
}

function liaisonStatement(text: string): CanonicalEntity | undefined {
  const id = liaisonId(text);
  return id ? { type: "LiaisonStatement", id, name: id } : undefined;
}

const RULES: ReadonlyArray<(text: string) => CanonicalEntity | undefined> = [
  studyGroup,
  advisoryGroup,
  numberedPart,
  focusGroupForm,
  resolution,
  recommendation,
  liaisonStatement,
  normalizeOrganization,
];

/** The canonical entity a whole written form denotes, or undefined when it denotes none. */
export function normalizeEntity(text: string): CanonicalEntity | undefined {
  const cleaned = cleanName(text);
  if (!cleaned) return undefined;
  for (const rule of RULES) {
    const entity = rule(cleaned);
    if (entity) return entity;
  }
  return undefined;
}
