/**
 * Where a sentence names bodies, Recommendations, Resolutions and liaison statements. Broad
 * patterns propose spans; normalizeEntity decides what each span denotes, so the two can never
 * disagree about canonical ids.
 */
import { cleanName, normalizeEntity, type CanonicalEntity } from "../model/canonical-ids.js";
import { FOCUS_GROUPS } from "../model/known-bodies.js";
import type { NodeType } from "../model/node-types.js";
import type { Gazetteer } from "./gazetteer.js";
import { findCitations } from "./find-citations.js";
import { referenceGazetteer } from "./reference-gazetteer.js";
import { readQuoted, readTitleCase } from "./read-title.js";

export interface Mention {
  readonly entity: CanonicalEntity;
  readonly text: string;
  readonly index: number;
  readonly end: number;
}

interface Candidate {
  readonly index: number;
  readonly end: number;
  readonly entities: readonly CanonicalEntity[];
}

const B = "(?<![A-Za-z0-9])";
const E = "(?![A-Za-z0-9])";
const NOT_QUESTION = "(?!\\/\\d)";
const REC_NUMBER = `\\d{1,4}(?:\\.\\d{1,3})*${E}${NOT_QUESTION}`;
const NOT_SUBCLAUSE = "(?<!(?:Annex|Appendix|Figure|Table|[Cc]lause|[Ss]ection|Supplement|Amendment|Part|Fig\\.|No\\.)\\s)";
const ASSEMBLY = "(?:WTSA|PP|WTDC)[-\\s]?(?:\\d{4}|\\d{2})";

const escape = (form: string): string =>
  form.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/\s+/g, "\\s+");
/** Known acronyms, or any with two capitals or digits: "FG DLT", "FG-ML5G", but not "FG Chairman". */
const KNOWN_FG = FOCUS_GROUPS.map((fg) => escape(fg.acronym)).join("|");
const FG_NAME = `(?:(?:${KNOWN_FG})${E}|(?=(?:[a-z-]*[A-Z0-9]){2})[A-Z0-9][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)*)`;

const CASE_SENSITIVE: readonly string[] = [
  `${B}(?:ITU-[TRD]\\s+)?(?:[Ss]tudy\\s+[Gg]roup|STUDY\\s+GROUP|SG|COM)\\s?\\d{1,2}${E}${NOT_QUESTION}`,
  `${B}(?:ITU-T\\s+)?TSAG${E}`,
  `${B}Telecommunication\\s+Standardi[sz]ation\\s+Advisory\\s+Group${E}`,
  `${B}(?:ITU-T\\s+)?(?:[Qq]uestion\\s?|Q\\.?\\s?)\\d{1,2}\\/\\d{1,2}${E}`,
  `${B}(?:ITU-T\\s+)?(?:[Ww]orking\\s+[Pp]arty|WP)\\s?\\d{1,2}\\/\\d{1,2}${E}`,
  `${B}ITU-R\\s+(?:WP|Working\\s+Party)\\s?\\d[A-Z]${E}`,
  `${B}(?:ITU-T\\s+)?FG[-\\s]?${FG_NAME}${E}`,
  `${B}(?:${ASSEMBLY}\\s+)?(?:Resolution|Res\\.)\\s?\\d{1,3}${E}(?:\\s*\\((?:Rev\\.\\s*)?[A-Z][^,()]{1,30},\\s*\\d{4}\\))?(?:\\s+(?:of|from)\\s+(?:the\\s+)?${ASSEMBLY}${E})?`,
  `${B}(?:Rec(?:ommendation)?s?\\.?\\s+)?ITU-T\\s+(?:Rec(?:ommendation)?s?\\.?\\s+)?[A-Z]\\.\\s?${REC_NUMBER}`,
  `${B}Rec(?:ommendation)?s?\\.?\\s+[A-Z]\\.${REC_NUMBER}`,
  `${B}${NOT_SUBCLAUSE}[A-Z]\\.${REC_NUMBER}`,
  `${B}(?:IETF\\s+)?[A-Z][A-Z0-9]{1,9}\\s+(?:WG|[Ww]orking\\s+[Gg]roup)${E}`,
  `${B}IETF\\s+[A-Z][A-Z0-9]{1,9}${E}`,
  `${B}3GPP(?:\\s+(?:TSG\\s+)?(?:SA|RAN|CT)(?:\\s?(?:WG\\s?)?\\d)?)?${E}`,
  `${B}(?:ISO\\/IEC\\s+)?JTC\\s?1(?:\\s*\\/\\s*SC\\s?\\d{1,2}|\\s+SC\\s?\\d{1,2})?${E}`,
  `${B}ISO\\s?\\/?\\s?TC\\s?\\d{1,3}${E}`,
  `${B}ietf-liaison-\\d+${E}`,
  `https?:\\/\\/datatracker\\.ietf\\.org\\/liaison\\/\\d+\\/?`,
];

/** Acronyms match as written; names of several words ("World Health Organization") in any case. */
const SINGLE_PATTERNS: readonly RegExp[] = [
  ...CASE_SENSITIVE.map((source) => new RegExp(source, "g")),
  new RegExp(`${B}sp\\d{2}-[A-Za-z0-9]+-[oi]LS-\\d{3,6}${E}`, "gi"),
];

/** "Study Groups 13 and 17", "Questions 6/17 and 14/17": one span, several bodies. */
const LIST_PATTERNS: ReadonlyArray<readonly [RegExp, (m: RegExpMatchArray) => string[]]> = [
  [
    new RegExp(`${B}(?:(ITU-[TRD])\\s+)?(?:study\\s+groups|SGs)\\s+(\\d{1,2}(?:\\s*(?:,|and|&)\\s*\\d{1,2})+)${E}`, "gi"),
    (m) => [...(m[2] ?? "").matchAll(/\d+/g)].map((n) => `${m[1]?.toUpperCase() ?? "ITU-T"} SG${n[0]}`),
  ],
  [
    new RegExp(`${B}[Qq]uestions\\s+((?:Q\\.?\\s?)?\\d{1,2}\\/\\d{1,2}(?:\\s*(?:,|and|&)\\s*(?:Q\\.?\\s?)?\\d{1,2}\\/\\d{1,2})+)${E}`, "g"),
    (m) => [...(m[1] ?? "").matchAll(/(\d+)\/(\d+)/g)].map((q) => `Q${q[1]}/${q[2]}`),
  ],
];

const FOCUS_GROUP_ON = new RegExp(`${B}(?:ITU-T\\s+)?[Ff]ocus\\s+[Gg]roup\\s+on\\s+(?:the\\s+)?`, "g");
const FG_ACRONYM = /^\s*\((?:ITU-T\s+)?FG[-\s]?[A-Z0-9][A-Za-z0-9-]*\)/;
const NOT_A_NAME = new Set(["a", "an", "the", "this", "that", "its", "their", "how", "what", "which", "whether", "such"]);

const namesByGazetteer = new WeakMap<Gazetteer, string[]>();
const TABLE_NAMES: string[] = [];

/** Full names of focus groups, without "Focus Group on", longest first; computed once per gazetteer. */
function knownFocusGroupNames(gazetteer?: Gazetteer): string[] {
  const cached = gazetteer ? namesByGazetteer.get(gazetteer) : TABLE_NAMES.length > 0 ? TABLE_NAMES : undefined;
  if (cached) return cached;
  const names = FOCUS_GROUPS.flatMap((fg) => [fg.name, ...(fg.aliases ?? [])]);
  for (const entry of gazetteer?.entries ?? []) if (entry.type === "FocusGroup") names.push(entry.name, ...entry.aliases);
  const sorted = names
    .map((n) => n.replace(/^(?:ITU-T\s+)?Focus Group on\s+/i, ""))
    .filter((n) => !/^FG\b/.test(n))
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (gazetteer) namesByGazetteer.set(gazetteer, sorted);
  else TABLE_NAMES.push(...sorted);
  return sorted;
}

function focusGroupNameEnd(sentence: string, start: number, known: readonly string[]): number | undefined {
  const quoted = readQuoted(sentence, start);
  if (quoted) return quoted.end;
  const rest = sentence.slice(start).toLowerCase();
  const name = known.find((k) => rest.startsWith(k.toLowerCase()) && !/[\p{L}\p{N}]/u.test(rest.charAt(k.length)));
  if (name) return start + name.length;
  const titled = readTitleCase(sentence, start);
  if (titled) return titled.end;
  const word = /^[\p{Ll}][\p{L}\p{N}-]+/u.exec(sentence.slice(start))?.[0];
  return word && !NOT_A_NAME.has(word) ? start + word.length : undefined;
}

/** Every kind of body the reference data names: other sectors' study groups, working parties and advisory groups too. */
const GAZETTEER_BODY_TYPES: readonly NodeType[] = ["FocusGroup", "Organization", "AdvisoryGroup", "StudyGroup", "WorkingParty"];

/** A given gazetteer (a test's, a deployment's) may know names the reference data does not: its names decide first. */
function resolve(form: string, gazetteers: readonly Gazetteer[]): CanonicalEntity | undefined {
  for (const gazetteer of gazetteers) {
    const entry = gazetteer.lookup(cleanName(form));
    if (entry && GAZETTEER_BODY_TYPES.includes(entry.type)) return { type: entry.type, id: entry.id, name: entry.name };
  }
  return normalizeEntity(form);
}

function candidates(sentence: string, gazetteers: readonly Gazetteer[]): Candidate[] {
  const found: Candidate[] = [];
  const add = (index: number, text: string, forms: readonly string[]) => {
    const entities = forms.map((f) => resolve(f, gazetteers)).filter((e): e is CanonicalEntity => e !== undefined);
    if (entities.length === forms.length && entities.length > 0) found.push({ index, end: index + text.length, entities });
  };
  for (const pattern of SINGLE_PATTERNS) for (const m of sentence.matchAll(pattern)) add(m.index, m[0], [m[0]]);
  for (const [pattern, expand] of LIST_PATTERNS) for (const m of sentence.matchAll(pattern)) add(m.index, m[0], expand(m));
  found.push(...findCitations(sentence));
  const known = knownFocusGroupNames(gazetteers[0]);
  for (const m of sentence.matchAll(FOCUS_GROUP_ON)) {
    let end = focusGroupNameEnd(sentence, m.index + m[0].length, known);
    if (end === undefined) continue;
    end += FG_ACRONYM.exec(sentence.slice(end))?.[0].length ?? 0;
    add(m.index, sentence.slice(m.index, end), [sentence.slice(m.index, end)]);
  }
  return found;
}

/**
 * Non-overlapping mentions in order of appearance; where candidates overlap the longest wins.
 * Bodies are named from the reference gazetteer, and from `given` too when it is another one.
 */
export function findMentions(sentence: string, given?: Gazetteer): Mention[] {
  const reference = referenceGazetteer();
  const gazetteers = given && given !== reference ? [given, reference] : [reference];
  const all = candidates(sentence, gazetteers);
  for (const g of gazetteers.flatMap((gazetteer) => gazetteer.find(sentence, GAZETTEER_BODY_TYPES))) {
    const entity: CanonicalEntity = { type: g.entry.type, id: g.entry.id, name: g.entry.name };
    all.push({ index: g.index, end: g.index + g.matchedText.length, entities: [entity] });
  }
  // Stable sort: among equally long spans the pattern found first (and so the gazetteer last) wins.
  const byLength = all.map((c, order) => ({ c, order }));
  byLength.sort((a, b) => b.c.end - b.c.index - (a.c.end - a.c.index) || a.c.index - b.c.index || a.order - b.order);
  const chosen: Candidate[] = [];
  for (const { c } of byLength) {
    if (chosen.every((o) => c.end <= o.index || c.index >= o.end)) chosen.push(c);
  }
  return chosen
    .sort((a, b) => a.index - b.index)
    .flatMap((c) => {
      const text = sentence.slice(c.index, c.end);
      return c.entities.map((entity) => ({ entity, text, index: c.index, end: c.end }));
    });
}
