/** One stored answer: the body as sent and the graph version it was computed at. */
export interface CachedAnswer {
  readonly version: number;
  readonly body: string;
  readonly contentType: string;
  /** Bytes the body takes (what the byte bound counts). */
  readonly bytes: number;
}

/**
 * Whole GraphQL answers by key, bounded by entries and by body bytes, least recently used first
 * out. An answer is only good for the graph version it was computed at: once a newer version has
 * been seen, every older answer is dead for good (versions only grow), so they are all dropped.
 */
export class ResponseCache {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  private readonly entries = new Map<string, CachedAnswer>();
  private bytes = 0;
  private newestVersion = -1;

  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number,
  ) {}

  get enabled(): boolean {
    return this.maxEntries > 0 && this.maxBytes > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  /** The answer stored for `key` at exactly `version`, if any. */
  get(key: string, version: number): CachedAnswer | undefined {
    this.observe(version);
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.version !== version) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Keeps an answer unless it alone is over the byte bound or belongs to an older version. */
  set(key: string, answer: Omit<CachedAnswer, "bytes">): void {
    if (!this.enabled) return;
    this.observe(answer.version);
    // A reader that saw an older version (a lagging replica of a cluster) is not cached for newer ones.
    if (answer.version < this.newestVersion) return;
    const bytes = Buffer.byteLength(answer.body);
    if (bytes > this.maxBytes) return;
    this.remove(key);
    this.entries.set(key, { ...answer, bytes });
    this.bytes += bytes;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private observe(version: number): void {
    if (version <= this.newestVersion) return;
    this.newestVersion = version;
    this.clear();
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
