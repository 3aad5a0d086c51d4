/**
 * The Datatracker API as a source: list pages followed through `meta.next`, every response read
 * from the cache when it is there and otherwise fetched politely and cached. `offline` never
 * fetches: a response that is not cached is an error naming the URL.
 *
 * The statement resource has no submission or modification date of its own (the Datatracker
 * keeps them as events), so `--since` asks the events resource (`time__gte`) which statements
 * changed, then fetches those statements by id.
 */
import { FetchError, type PoliteFetcher } from "./polite-fetch.js";
import { readEvent, readListPage, readRelated, RecordError, type RelatedStatement, type StatementEvent } from "./api-records.js";
import type { ResponseCache } from "./response-cache.js";
import type { DatatrackerSource, StatementBatch } from "./source.js";

export interface ApiSourceOptions {
  readonly baseUrl: string;
  readonly pageSize: number;
  readonly cache: ResponseCache;
  /** Undefined when offline. */
  readonly fetcher?: PoliteFetcher;
  /** Told of each response: whether it came from the cache or the network. */
  readonly onResponse?: (url: string, from: "cache" | "network") => void;
}

const STATEMENTS = "/api/v1/liaisons/liaisonstatement/";
const EVENTS = "/api/v1/liaisons/liaisonstatementevent/";
const RELATED = "/api/v1/liaisons/relatedliaisonstatement/";
/** Ids per `id__in` request: short URLs, and a page size the server accepts. */
const IDS_PER_REQUEST = 50;

export class ApiSource implements DatatrackerSource {
  constructor(private readonly options: ApiSourceOptions) {}

  async *statementBatches(since: string | undefined): AsyncIterable<StatementBatch> {
    const { pageSize } = this.options;
    if (since === undefined) {
      for await (const page of this.pages(`${STATEMENTS}?order_by=id&limit=${pageSize}&offset=0`)) {
        yield { origin: page.url, statements: page.objects, total: page.total };
      }
      return;
    }
    const changed = new Set<number>();
    for await (const page of this.pages(`${EVENTS}?time__gte=${encodeURIComponent(since)}&order_by=id&limit=${pageSize}&offset=0`)) {
      for (const raw of page.objects) {
        const event = safe(() => readEvent(raw));
        if (event) changed.add(event.statement);
      }
    }
    const ids = [...changed].sort((a, b) => a - b);
    for (let start = 0; start < ids.length; start += IDS_PER_REQUEST) {
      const chunk = ids.slice(start, start + IDS_PER_REQUEST);
      for await (const page of this.pages(`${STATEMENTS}?id__in=${chunk.join(",")}&order_by=id&limit=${IDS_PER_REQUEST}&offset=0`)) {
        yield { origin: page.url, statements: page.objects, total: ids.length };
      }
    }
  }

  async events(ids: readonly number[]): Promise<StatementEvent[]> {
    const events: StatementEvent[] = [];
    for (const chunk of chunks(ids)) {
      for await (const page of this.pages(`${EVENTS}?statement__in=${chunk.join(",")}&type__in=submitted,posted&order_by=id&limit=${this.options.pageSize}&offset=0`)) {
        for (const raw of page.objects) {
          const event = safe(() => readEvent(raw));
          if (event) events.push(event);
        }
      }
    }
    return events;
  }

  async related(ids: readonly number[]): Promise<RelatedStatement[]> {
    const related: RelatedStatement[] = [];
    for (const chunk of chunks(ids)) {
      for await (const page of this.pages(`${RELATED}?source__in=${chunk.join(",")}&order_by=id&limit=${this.options.pageSize}&offset=0`)) {
        for (const raw of page.objects) {
          const relation = safe(() => readRelated(raw));
          if (relation) related.push(relation);
        }
      }
    }
    return related;
  }

  async resource(uri: string): Promise<unknown> {
    try {
      return await this.getJson(this.url(uri));
    } catch (error) {
      if (error instanceof FetchError && error.status === 404) return undefined;
      throw error;
    }
  }

  /** A listing page after page, following `meta.next`. */
  private async *pages(first: string): AsyncIterable<{ readonly url: string; readonly objects: readonly unknown[]; readonly total: number }> {
    let next: string | null = first;
    const seen = new Set<string>();
    while (next !== null) {
      const url = this.url(next);
      // A server that sends a page back to itself would keep the run going for ever.
      if (seen.has(url)) throw new RecordError(`${url}: "meta.next" points back to a page already read`);
      seen.add(url);
      const page = readListPage(await this.getJson(url), url);
      yield { url, objects: page.objects, total: page.meta.total_count };
      next = page.meta.next;
    }
  }

  private url(pathOrUrl: string): string {
    return new URL(pathOrUrl, this.options.baseUrl).toString();
  }

  private async getJson(url: string): Promise<unknown> {
    const { cache, fetcher } = this.options;
    const cached = await cache.get(url);
    if (cached !== undefined) {
      this.options.onResponse?.(url, "cache");
      return JSON.parse(cached) as unknown;
    }
    if (!fetcher) throw new FetchError(url, `${url}: not in the cache (${cache.dir}) and --offline forbids fetching it`);
    const text = await fetcher.getText(url);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not cached: a page cut short or an HTML error page must be fetched again next time.
      throw new FetchError(url, `${url}: the response is not JSON (${text.slice(0, 60).replace(/\s+/g, " ")}...)`);
    }
    await cache.put(url, text);
    this.options.onResponse?.(url, "network");
    return parsed;
  }
}

function chunks(ids: readonly number[]): number[][] {
  const result: number[][] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_REQUEST) result.push(ids.slice(start, start + IDS_PER_REQUEST));
  return result;
}

/** Events and relations that cannot be read are left out; they only add to a statement. */
function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
