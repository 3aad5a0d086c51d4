/**
 * A folder of JSON saved from the API (list pages with `meta` and `objects`, or single resources),
 * read as a source: every object with a `resource_uri` is indexed by it, and the statements,
 * events, relations, groups and documents are looked up there. Files are read in name order, so
 * a later download of the same resource replaces an earlier one.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { readEvent, readRelated, STATEMENT_PATH, type RelatedStatement, type StatementEvent } from "./api-records.js";
import type { DatatrackerSource, StatementBatch } from "./source.js";

const EVENT_PATH = /\/api\/v1\/liaisons\/liaisonstatementevent\/\d+\/$/;
const RELATED_PATH = /\/api\/v1\/liaisons\/relatedliaisonstatement\/\d+\/$/;

export class DirSourceError extends Error {
  override readonly name = "DirSourceError";
}

export class DirSource implements DatatrackerSource {
  private constructor(
    private readonly byUri: ReadonlyMap<string, { readonly value: Record<string, unknown>; readonly file: string }>,
    /** Statement objects without a usable resource_uri, kept so that they fail by name, not vanish. */
    private readonly unnamed: readonly { readonly value: unknown; readonly file: string }[],
    private readonly pageSize: number,
  ) {}

  static async open(dir: string, pageSize: number): Promise<DirSource> {
    const files = await jsonFiles(dir);
    if (files.length === 0) throw new DirSourceError(`${dir}: no .json files`);
    const byUri = new Map<string, { value: Record<string, unknown>; file: string }>();
    const unnamed: { value: unknown; file: string }[] = [];
    for (const file of files) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await readFile(file, "utf8"));
      } catch (error) {
        throw new DirSourceError(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
      }
      const page = parsed as { objects?: unknown };
      const objects = parsed && typeof parsed === "object" && Array.isArray(page.objects) ? page.objects : [parsed];
      for (const value of objects) {
        const uri = value && typeof value === "object" ? (value as { resource_uri?: unknown }).resource_uri : undefined;
        if (typeof uri === "string") byUri.set(uri, { value: value as Record<string, unknown>, file });
        // A statement-like object without its URI is kept, so that it fails by name rather than vanish.
        else if (value && typeof value === "object" && ("purpose" in value || "from_groups" in value)) unnamed.push({ value, file });
      }
    }
    return new DirSource(byUri, unnamed, pageSize);
  }

  async *statementBatches(since: string | undefined): AsyncIterable<StatementBatch> {
    const changed = since === undefined ? undefined : new Set(this.allEvents().filter((e) => e.time.slice(0, 10) >= since).map((e) => e.statement));
    const statements = [...this.byUri.entries()]
      .map(([uri, entry]) => ({ id: Number(STATEMENT_PATH.exec(uri)?.[1] ?? NaN), ...entry }))
      .filter((s) => !Number.isNaN(s.id) && (changed === undefined || changed.has(s.id)))
      .sort((a, b) => a.id - b.id);
    const all = [...statements, ...(changed === undefined ? this.unnamed : [])];
    for (let start = 0; start < all.length; start += this.pageSize) {
      const slice = all.slice(start, start + this.pageSize);
      yield { origin: slice[0]?.file ?? "", statements: slice.map((s) => s.value), total: all.length };
    }
  }

  async events(ids: readonly number[]): Promise<StatementEvent[]> {
    const wanted = new Set(ids);
    return this.allEvents().filter((e) => wanted.has(e.statement) && (e.type === "submitted" || e.type === "posted"));
  }

  async related(ids: readonly number[]): Promise<RelatedStatement[]> {
    const wanted = new Set(ids);
    return this.matching(RELATED_PATH, readRelated).filter((r) => wanted.has(r.source));
  }

  async resource(uri: string): Promise<unknown> {
    return this.byUri.get(uri)?.value;
  }

  private allEvents(): StatementEvent[] {
    return this.matching(EVENT_PATH, readEvent);
  }

  private matching<T>(pattern: RegExp, read: (value: unknown) => T | undefined): T[] {
    const found: T[] = [];
    for (const [uri, { value }] of this.byUri) {
      if (!pattern.test(uri)) continue;
      try {
        const record = read(value);
        if (record !== undefined) found.push(record);
      } catch {
        // An event or relation that cannot be read only adds nothing.
      }
    }
    return found;
  }
}

async function jsonFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DirSourceError(`${dir}: ${code === "ENOENT" ? "no such folder" : code === "ENOTDIR" ? "not a folder" : String(error)}`);
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".json") && !e.name.startsWith("."))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
