/** Thrown when a turn did not come before the deadline. */
export class QueueTimeoutError extends Error {
  constructor(readonly waitedMs: number) {
    super(`no free slot within ${waitedMs} ms`);
    this.name = "QueueTimeoutError";
  }
}

interface Waiter {
  readonly owner: object | undefined;
  readonly grant: () => void;
  readonly fail: (error: unknown) => void;
}

/**
 * At most `capacity` holders at once; the others wait, each until its deadline or until its signal
 * aborts. A release hands the slot straight to the next waiter: the one whose owner (a request)
 * holds the fewest slots, in arrival order among equals. So a request that asks for one query gets
 * the next free slot even behind a flood of requests that each queued many: one client's many
 * queries cannot starve the others' few.
 */
export class Semaphore {
  private active = 0;
  private readonly waiting: Waiter[] = [];
  private readonly held = new Map<object, number>();

  constructor(readonly capacity: number) {}

  get holders(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Resolves to a release function (safe to call twice) once a slot is free. */
  acquire(timeoutMs: number, signal?: AbortSignal, owner?: object): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.active < this.capacity && this.waiting.length === 0) {
      this.active++;
      return Promise.resolve(this.releaser(owner));
    }
    return new Promise((resolve, reject) => {
      const cleanup = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        const index = this.waiting.indexOf(waiter);
        if (index >= 0) this.waiting.splice(index, 1);
      };
      const waiter: Waiter = {
        owner,
        grant: () => {
          cleanup();
          resolve(this.releaser(owner));
        },
        fail: (error) => {
          cleanup();
          reject(error);
        },
      };
      const onAbort = () => waiter.fail(signal?.reason);
      const timer = setTimeout(() => waiter.fail(new QueueTimeoutError(timeoutMs)), timeoutMs);
      signal?.addEventListener("abort", onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }

  private releaser(owner: object | undefined): () => void {
    let released = false;
    if (owner) this.held.set(owner, (this.held.get(owner) ?? 0) + 1);
    return () => {
      if (released) return;
      released = true;
      if (owner) {
        const count = (this.held.get(owner) ?? 1) - 1;
        if (count > 0) this.held.set(owner, count);
        else this.held.delete(owner);
      }
      const next = this.nextWaiter();
      // The slot passes to the next waiter as it is: `active` stays the same.
      if (next) next.grant();
      else this.active--;
    };
  }

  private nextWaiter(): Waiter | undefined {
    let best: Waiter | undefined;
    let fewest = Infinity;
    for (const waiter of this.waiting) {
      const holds = waiter.owner ? (this.held.get(waiter.owner) ?? 0) : 0;
      if (holds < fewest) {
        best = waiter;
        fewest = holds;
        if (holds === 0) break;
      }
    }
    return best;
  }
}
