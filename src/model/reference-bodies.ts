/**
 * Bodies beyond ITU-T's own structure (IETF, 3GPP, IEEE, ISO/IEC, ETSI, other SDOs and forums, the
 * other ITU Sectors and bureaus), one JSON file per family in cypher/reference/bodies. These files
 * are the one source of their facts: the reference graph loads them (70-bodies.cypher) and the
 * extractor's tables derive from them (known-bodies.ts). They are read and checked once, at import,
 * so that a malformed entry stops the process with a message naming its file and entry.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.js";

export const REFERENCE_BODIES_DIR = path.join(PROJECT_ROOT, "cypher", "reference", "bodies");

/** The node labels a reference body can carry (besides Entity and Body). */
export const REFERENCE_BODY_TYPES = ["Organization", "StudyGroup", "WorkingParty", "AdvisoryGroup"] as const;
export type ReferenceBodyType = (typeof REFERENCE_BODY_TYPES)[number];

export interface ReferenceBody {
  /** The canonical id: `IETF CCAMP`, `3GPP CT4`, `ISO/IEC JTC 1/SC 42`, `ITU-R WP5D`. */
  readonly id: string;
  readonly type: ReferenceBodyType;
  readonly name: string;
  /** SDO, AREA, WORKING_GROUP, TECHNICAL_COMMITTEE, SUBCOMMITTEE, TASK_GROUP, BUREAU, ... */
  readonly kind: string;
  /** Written forms documents use besides the name (the id among them where documents write it). */
  readonly aliases: readonly string[];
  /** The id of the body it is part of. */
  readonly parent?: string;
  /** The public page the facts come from. */
  readonly source: string;
  /** `2001-` (still active) or `2004-2019`. */
  readonly active?: string;
  readonly description?: string;
  /**
   * False for bodies whose names prefix almost every other body's ("ITU", "ITU-T"): the graph has
   * them, but the extractor's tables leave them out, or every document would mention them.
   */
  readonly resolvable: boolean;
  /** The file it comes from, without `.json`: `ietf`, `3gpp`, ... */
  readonly family: string;
}

const FIELDS = new Set(["id", "type", "name", "kind", "aliases", "parent", "source", "active", "description", "resolvable"]);
/**
 * Forms several bodies answer to ("SA", "WG2", "SC 2", "TC 68", "SG5", "WP3"): no body may claim
 * one, as the alias would then pick one of them at random. Qualified forms ("SA WG2", "JTC 1/SC 2"),
 * ITU-R's lettered working parties ("WP 5D"), "JTC 1", JTC 1's subcommittees from SC 20 on and ISO's
 * technical committees from TC 200 on (numbers no other family uses in liaison statements) are fine.
 */
const AMBIGUOUS_FORM = /^(?:SA|CT|RAN|TSG|WG|TG|SC|TC|SG|WP|ISG|JTC|(?:WG|TG|SG|WP|ISG)[\s-]?\d+|SC[\s-]?1?\d|TC[\s-]?1?\d{1,2})$/i;

/** Forms compare by lower case with single spaces: "Routing Area" and "routing  area" are one form. */
export const formKey = (form: string): string => form.replace(/\s+/g, " ").trim().toLowerCase();

class BodyError extends Error {
  constructor(file: string, entry: string, problem: string) {
    super(`${file}: ${entry}: ${problem}`);
  }
}

function readEntry(file: string, family: string, index: number, raw: unknown): ReferenceBody {
  const label = (raw as { id?: unknown } | null)?.id;
  const entry = typeof label === "string" ? `entry ${index + 1} (${label})` : `entry ${index + 1}`;
  const fail = (problem: string): never => {
    throw new BodyError(file, entry, problem);
  };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail("is not an object");
  const o = raw as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!FIELDS.has(key)) fail(`unknown field "${key}"`);
  const text = (key: string): string | undefined => {
    const value = o[key];
    if (value === undefined) return undefined;
    if (typeof value !== "string" || value.trim() === "" || value !== value.trim()) {
      return fail(`"${key}" must be a non-empty string without outer spaces`);
    }
    return value;
  };
  const required = (key: string): string => text(key) ?? fail(`has no ${key}`);
  const id = required("id");
  const type = required("type");
  if (!(REFERENCE_BODY_TYPES as readonly string[]).includes(type)) fail(`type "${type}" is not one of ${REFERENCE_BODY_TYPES.join(", ")}`);
  const kind = required("kind");
  if (!/^[A-Z][A-Z_]*$/.test(kind)) fail(`kind "${kind}" must be UPPER_SNAKE_CASE`);
  const source = required("source");
  if (!/^https?:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/.test(source)) fail(`source "${source}" is not an http(s) URL`);
  const active = text("active");
  const years = active === undefined ? undefined : /^(\d{4})-(\d{4})?$/.exec(active);
  if (active !== undefined && (!years || (years[2] !== undefined && years[2] < years[1]!))) {
    fail(`active "${active}" must be "YYYY-" or "YYYY-YYYY"`);
  }
  const aliases = o.aliases ?? [];
  if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== "string" || a.trim() === "" || a !== a.trim())) {
    fail(`"aliases" must be a list of non-empty strings without outer spaces`);
  }
  if (o.resolvable !== undefined && typeof o.resolvable !== "boolean") fail(`"resolvable" must be true or false`);
  const seen = new Set<string>();
  for (const alias of aliases as string[]) {
    if (seen.has(alias)) fail(`alias "${alias}" is listed twice`);
    seen.add(alias);
    if (AMBIGUOUS_FORM.test(alias)) fail(`alias "${alias}" is ambiguous across bodies; qualify it`);
  }
  const body = {
    id,
    type: type as ReferenceBodyType,
    name: required("name"),
    kind,
    aliases: aliases as string[],
    parent: text("parent"),
    source,
    active,
    description: text("description"),
    resolvable: o.resolvable !== false,
    family,
  };
  // Absent optional fields are left out, not undefined: entries compare and serialize cleanly.
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as unknown as ReferenceBody;
}

function readFamily(folder: string, name: string): ReferenceBody[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path.join(folder, name), "utf8"));
  } catch (error) {
    throw new Error(`${name}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(parsed)) throw new Error(`${name}: must hold a JSON array of bodies`);
  return parsed.map((raw, index) => readEntry(name, path.basename(name, ".json"), index, raw));
}

/** Unique ids, parents that exist (without cycles), and no written form shared by two bodies. */
function checkTogether(bodies: readonly ReferenceBody[]): void {
  const byId = new Map<string, ReferenceBody>();
  for (const body of bodies) {
    const other = byId.get(body.id);
    if (other) throw new BodyError(`${body.family}.json`, body.id, `duplicate id (also in ${other.family}.json)`);
    byId.set(body.id, body);
  }
  const owner = new Map<string, ReferenceBody>();
  for (const body of bodies) {
    if (body.parent !== undefined && !byId.has(body.parent)) {
      throw new BodyError(`${body.family}.json`, body.id, `parent "${body.parent}" not found`);
    }
    const chain = new Set([body.id]);
    for (let p = body.parent; p !== undefined; p = byId.get(p)?.parent) {
      if (chain.has(p)) throw new BodyError(`${body.family}.json`, body.id, `parent chain loops through "${p}"`);
      chain.add(p);
    }
    for (const form of new Set([body.id, body.name, ...body.aliases].map(formKey))) {
      const other = owner.get(form);
      if (other && other !== body) {
        throw new BodyError(`${body.family}.json`, body.id, `form "${form}" is also claimed by ${other.id} (${other.family}.json)`);
      }
      owner.set(form, body);
    }
  }
}

/** Reads and checks every `<family>.json` of a folder; throws on the first malformed entry. */
export function readReferenceBodies(folder: string = REFERENCE_BODIES_DIR): ReferenceBody[] {
  const names = readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort();
  const bodies = names.flatMap((name) => readFamily(folder, name));
  checkTogether(bodies);
  return bodies;
}

export const REFERENCE_BODIES: readonly ReferenceBody[] = Object.freeze(readReferenceBodies());

const BY_ID = new Map(REFERENCE_BODIES.map((b) => [b.id, b]));
const BY_FORM = new Map(REFERENCE_BODIES.flatMap((b) => [b.id, b.name, ...b.aliases].map((f) => [formKey(f), b] as const)));

export function referenceBodyById(id: string): ReferenceBody | undefined {
  return BY_ID.get(id);
}

/**
 * The body whose id, name or alias is exactly this written form. A single word matches only as
 * written ("WHO" is not "who", "ccamp" is not "Ccamp"); a longer form matches regardless of case.
 */
export function referenceBodyByForm(written: string): ReferenceBody | undefined {
  const form = written.replace(/\s+/g, " ").trim();
  const body = BY_FORM.get(formKey(form));
  if (!body || form.includes(" ")) return body;
  return [body.id, body.name, ...body.aliases].includes(form) ? body : undefined;
}

/** The chain of parents, nearest first: `IETF CCAMP` -> [IETF RTG, IETF]. */
export function referenceBodyAncestors(id: string): ReferenceBody[] {
  const chain: ReferenceBody[] = [];
  for (let p = BY_ID.get(id)?.parent; p !== undefined; p = BY_ID.get(p)?.parent) {
    const parent = BY_ID.get(p);
    if (parent) chain.push(parent);
  }
  return chain;
}
