/**
 * GET with manners, for a public service run by volunteers: one request at a time, a pause
 * between requests, a User-Agent that names the project, and on 429 or 5xx a wait (the server's
 * Retry-After when it gives one, else an exponential backoff) before a bounded number of retries.
 * When it gives up, the error names the URL and what the server last said.
 */

export interface PoliteFetchOptions {
  readonly userAgent: string;
  /** Pause before each request after the first. */
  readonly delayMs: number;
  /** Retries after the first attempt of one URL. */
  readonly maxRetries: number;
  /** First backoff when the server gives no Retry-After; doubled on each retry. */
  readonly backoffMs: number;
  /** A Retry-After longer than this is not waited for: the run gives up on the URL instead. */
  readonly maxWaitMs: number;
  /** Time for one response to arrive in full. */
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  /** Told of each wait, for the progress output. */
  readonly onWait?: (url: string, waitMs: number, reason: string) => void;
}

export class FetchError extends Error {
  override readonly name = "FetchError";
  constructor(
    readonly url: string,
    message: string,
    /** The HTTP status, when the server answered. */
    readonly status?: number,
  ) {
    super(message);
  }
}

export class PoliteFetcher {
  private lastRequest = 0;
  private requests = 0;

  constructor(private readonly options: PoliteFetchOptions) {}

  /** Requests sent so far, retries included. */
  get requestCount(): number {
    return this.requests;
  }

  /** The response body as text; a FetchError after the retries, or at once for 4xx other than 429. */
  async getText(url: string): Promise<string> {
    const { maxRetries, backoffMs } = this.options;
    let lastProblem = "";
    for (let attempt = 0; attempt <= maxRetries; attempt += 1) {
      await this.pause(url, Math.max(0, this.lastRequest + this.options.delayMs - Date.now()), "politeness delay");
      this.lastRequest = Date.now();
      this.requests += 1;
      let response: Response;
      try {
        response = await fetch(url, {
          headers: { "User-Agent": this.options.userAgent, Accept: "application/json" },
          signal: this.signal(),
        });
      } catch (error) {
        if (this.options.signal?.aborted) throw new FetchError(url, `${url}: interrupted`);
        lastProblem = describeNetworkError(error);
        if (attempt < maxRetries) await this.pause(url, backoffMs * 2 ** attempt, lastProblem);
        continue;
      }
      if (response.ok) {
        try {
          return await response.text();
        } catch (error) {
          lastProblem = describeNetworkError(error);
          if (attempt < maxRetries) await this.pause(url, backoffMs * 2 ** attempt, lastProblem);
          continue;
        }
      }
      // The body of an error page is not wanted; reading it frees the connection.
      await response.text().catch(() => "");
      lastProblem = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
      if (response.status !== 429 && response.status < 500) throw new FetchError(url, `${url}: ${lastProblem}`, response.status);
      if (attempt === maxRetries) break;
      const asked = retryAfterMs(response.headers.get("retry-after"));
      if (asked !== undefined && asked > this.options.maxWaitMs) {
        throw new FetchError(url, `${url}: ${lastProblem}, and the server asks to wait ${Math.ceil(asked / 1000)} s (more than ${Math.ceil(this.options.maxWaitMs / 1000)} s); try again later`, response.status);
      }
      await this.pause(url, asked ?? backoffMs * 2 ** attempt, `${lastProblem}${asked !== undefined ? " (Retry-After)" : ""}`);
    }
    throw new FetchError(url, `${url}: gave up after ${maxRetries + 1} attempts (last: ${lastProblem})`);
  }

  private signal(): AbortSignal {
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    return this.options.signal ? AbortSignal.any([timeout, this.options.signal]) : timeout;
  }

  private async pause(url: string, ms: number, reason: string): Promise<void> {
    if (ms <= 0) return;
    if (reason !== "politeness delay") this.options.onWait?.(url, ms, reason);
    const signal = this.options.signal;
    if (signal?.aborted) throw new FetchError(url, `${url}: interrupted`);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(new FetchError(url, `${url}: interrupted`));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }
}

/** Retry-After as seconds ("120") or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null || !value.trim()) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function describeNetworkError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === "TimeoutError") return "no complete answer in time";
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? error.message;
  }
  return String(error);
}
