import type { Driver } from "neo4j-driver";

export interface WaitOptions {
  readonly timeoutMs: number;
  /** Stops waiting early, e.g. when the process that should answer has exited. */
  readonly abandon?: () => string | undefined;
  /**
   * How long a refused connection is retried: a server that is not listening is a wrong address
   * or a stopped server far more often than one about to start, so this is seconds, not minutes.
   */
  readonly refusedForMs?: number;
  /** Called about every 10 s while waiting, with the seconds waited and the last error. */
  readonly progress?: (seconds: number, lastError: string) => void;
}

/** Why Bolt did not answer; undefined in a BoltWait means it did. */
export interface BoltFailure {
  readonly kind: "refused" | "not-found" | "unauthorized" | "timeout" | "abandoned";
  /** The driver's own words for the last error (or the reason given by `abandon`). */
  readonly detail: string;
}

/** A single connection attempt that hangs (a server that accepts but never speaks) gives up after this. */
const ATTEMPT_MS = 5_000;
const DEFAULT_REFUSED_FOR_MS = 3_000;

/**
 * Polls verifyConnectivity with exponential backoff (100 ms doubling to 2 s) until Bolt answers.
 * Resolves to undefined when it does, or to why it gave up: at once for an unknown host or
 * rejected credentials, after a few seconds for a refused connection, after `timeoutMs` otherwise.
 */
export async function waitForBolt(driver: Driver, options: WaitOptions): Promise<BoltFailure | undefined> {
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  let delay = 100;
  let nextProgress = started + 10_000;
  let refusedSince: number | undefined;
  let lastError = "no answer";
  for (;;) {
    const abandoned = options.abandon?.();
    if (abandoned !== undefined) return { kind: "abandoned", detail: abandoned };
    try {
      await withinAttempt(driver.verifyConnectivity(), Math.min(ATTEMPT_MS, Math.max(deadline - Date.now(), 1_000)));
      return undefined;
    } catch (error) {
      lastError = describe(error);
      const code = (error as { code?: unknown }).code;
      if (typeof code === "string" && code.startsWith("Neo.ClientError.Security.")) return { kind: "unauthorized", detail: lastError };
      if (/\bENOTFOUND\b/.test(lastError)) return { kind: "not-found", detail: lastError };
      if (/\bECONNREFUSED\b/.test(lastError)) {
        refusedSince ??= Date.now();
        if (Date.now() - refusedSince >= (options.refusedForMs ?? DEFAULT_REFUSED_FOR_MS)) return { kind: "refused", detail: lastError };
      } else {
        refusedSince = undefined;
      }
    }
    if (Date.now() + delay > deadline) return { kind: "timeout", detail: lastError };
    if (options.progress && Date.now() >= nextProgress) {
      options.progress(Math.round((Date.now() - started) / 1000), lastError);
      nextProgress += 10_000;
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 2_000);
  }
}

/** What a BoltFailure means, in a sentence that names the server and what was awaited. */
export function explainBoltFailure(failure: BoltFailure, uri: string, timeoutMs: number): string {
  const { host, port } = hostAndPort(uri);
  switch (failure.kind) {
    case "refused":
      return `${uri} refused the connection: nothing listens on ${host}:${port} (is Neo4j running, and is that its Bolt port?)`;
    case "not-found":
      return `${uri}: the host ${host} is not known (DNS lookup failed)`;
    case "unauthorized":
      return `${uri} rejected the credentials: ${failure.detail}`;
    case "timeout":
      return (
        `${uri} did not answer within ${Math.round(timeoutMs / 1000)} s: waited for it to accept a Bolt connection and ` +
        `complete the handshake (last error: ${failure.detail})`
      );
    case "abandoned":
      return failure.detail;
  }
}

function withinAttempt(attempt: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no Bolt handshake within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([attempt, timeout]).finally(() => clearTimeout(timer));
}

/** The driver's message, with the socket error it wraps ("connect ECONNREFUSED ...") kept in. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return `${error.message}${cause}`.replace(/\s+/g, " ").slice(0, 500);
}

function hostAndPort(uri: string): { host: string; port: string } {
  try {
    const url = new URL(uri);
    return { host: url.hostname, port: url.port || "7687" };
  } catch {
    return { host: uri, port: "7687" };
  }
}
