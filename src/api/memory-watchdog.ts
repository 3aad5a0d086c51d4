import { getHeapStatistics } from "node:v8";

export interface WatchedRequest {
  /** How much the request has taken in so far (records read); the largest is stopped first. */
  weight(): number;
  abort(reason: string): void;
}

/**
 * Samples the heap a few times a second. Above `percent` of the heap limit it stops the request
 * that has read the most, one per sample, so a runaway request fails alone with SERVER_BUSY
 * instead of the whole process dying of an out-of-memory error. The heap limit itself comes from
 * `--max-old-space-size` in the npm scripts.
 */
export class MemoryWatchdog {
  private readonly requests = new Set<WatchedRequest>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly percent: number,
    private readonly log: (line: string) => void,
    private readonly intervalMs = 200,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => this.check(), this.intervalMs).unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Watches a request until the returned function is called. */
  watch(request: WatchedRequest): () => void {
    this.requests.add(request);
    return () => this.requests.delete(request);
  }

  check(): void {
    const { used_heap_size: used, heap_size_limit: limit } = getHeapStatistics();
    if ((used / limit) * 100 <= this.percent) return;
    let heaviest: WatchedRequest | undefined;
    for (const request of this.requests) if (!heaviest || request.weight() > heaviest.weight()) heaviest = request;
    if (!heaviest) return;
    this.requests.delete(heaviest);
    const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
    this.log(`Heap at ${mb(used)} of ${mb(limit)} MB: stopping the request that read the most (${heaviest.weight()} records).`);
    heaviest.abort("the server is short of memory");
  }
}
