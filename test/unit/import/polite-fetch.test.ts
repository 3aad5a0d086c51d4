import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { FetchError, PoliteFetcher, retryAfterMs } from "../../../src/import/datatracker/polite-fetch.js";

type Answer = { status: number; headers?: Record<string, string>; body?: string };

async function serve(answers: (index: number) => Answer): Promise<{ url: string; requests: { userAgent: string | undefined }[]; server: Server }> {
  const requests: { userAgent: string | undefined }[] = [];
  const server = createServer((request, response) => {
    const answer = answers(requests.length);
    requests.push({ userAgent: request.headers["user-agent"] });
    response.writeHead(answer.status, answer.headers ?? {});
    response.end(answer.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/x/`, requests, server };
}

const options = { userAgent: "standards-graph test agent", delayMs: 0, maxRetries: 2, backoffMs: 5, maxWaitMs: 3_000, timeoutMs: 5_000 };
let open: Server | undefined;
afterEach(async () => {
  const server = open;
  if (!server) return;
  // fetch keeps connections alive; close() alone would wait for them.
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  open = undefined;
});

describe("PoliteFetcher", () => {
  it("waits as long as a 429's Retry-After asks, then gets the page, with its User-Agent", async () => {
    const waits: { ms: number; reason: string }[] = [];
    const { url, requests, server } = await serve((i) => (i === 0 ? { status: 429, headers: { "Retry-After": "1" } } : { status: 200, body: '{"ok":true}' }));
    open = server;
    const text = await new PoliteFetcher({ ...options, onWait: (_u, ms, reason) => waits.push({ ms, reason }) }).getText(url);
    expect(text).toBe('{"ok":true}');
    expect(requests).toEqual([{ userAgent: "standards-graph test agent" }, { userAgent: "standards-graph test agent" }]);
    expect(waits).toEqual([{ ms: 1000, reason: "HTTP 429 Too Many Requests (Retry-After)" }]);
  });

  it("retries a 5xx a bounded number of times, then names the URL and the last answer", async () => {
    const { url, requests, server } = await serve(() => ({ status: 502 }));
    open = server;
    const fetcher = new PoliteFetcher(options);
    await expect(fetcher.getText(url)).rejects.toThrow(new FetchError(url, `${url}: gave up after 3 attempts (last: HTTP 502 Bad Gateway)`));
    expect(requests).toHaveLength(3);
    expect(fetcher.requestCount).toBe(3);
  });

  it("does not retry a 404, and says so with the status", async () => {
    const { url, requests, server } = await serve(() => ({ status: 404 }));
    open = server;
    const error = await new PoliteFetcher(options).getText(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).status).toBe(404);
    expect((error as FetchError).message).toBe(`${url}: HTTP 404 Not Found`);
    expect(requests).toHaveLength(1);
  });

  it("gives up at once when Retry-After asks for more than it will wait", async () => {
    const { url, requests, server } = await serve(() => ({ status: 503, headers: { "Retry-After": "3600" } }));
    open = server;
    await expect(new PoliteFetcher(options).getText(url)).rejects.toThrow(`${url}: HTTP 503 Service Unavailable, and the server asks to wait 3600 s (more than 3 s); try again later`);
    expect(requests).toHaveLength(1);
  });

  it("names the URL when nothing listens there", async () => {
    const { url, server } = await serve(() => ({ status: 200 }));
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await expect(new PoliteFetcher({ ...options, maxRetries: 1 }).getText(url)).rejects.toThrow(`${url}: gave up after 2 attempts (last: ECONNREFUSED)`);
  });
});

describe("retryAfterMs", () => {
  it("reads seconds and HTTP dates", () => {
    expect(retryAfterMs("120")).toBe(120_000);
    expect(retryAfterMs("Wed, 21 Oct 2026 07:28:10 GMT", Date.parse("Wed, 21 Oct 2026 07:28:00 GMT"))).toBe(10_000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs("soon")).toBeUndefined();
  });
});
