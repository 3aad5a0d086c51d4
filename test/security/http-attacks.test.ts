import { request } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startApiProcess, type ApiProcess } from "./support/api-process.js";
import { codesOf, HEALTH_BOUND_MS, postGraphql, REFUSAL_BOUND_MS, underAttack } from "./support/attack.js";

/** A raw HTTP request, for what fetch will not send (a foreign Host header, an unencoded path). */
function rawRequest(url: string, options: { path: string; method?: string; headers?: Record<string, string> }) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const target = new URL(url);
    const req = request({ host: target.hostname, port: target.port, path: options.path, method: options.method ?? "GET", headers: options.headers }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

// HTTP-level attacks and mistakes, against the API as `npm start` runs it.
describe("hostile HTTP requests", () => {
  let api: ApiProcess;

  beforeAll(async () => {
    api = await startApiProcess();
  });

  afterAll(async () => {
    await api?.stop();
  });

  afterEach(() => {
    expect(api.alive(), api.log()).toBe(true);
  });

  it.each([1_000_000, 10_000_000])("answers a body of %i bytes with 413 that the client receives", async (size) => {
    const body = JSON.stringify({ query: `{ __typename }`, padding: "x".repeat(size) });
    const outcome = await underAttack(api.url, async () => {
      const response = await fetch(api.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body });
      return { status: response.status, body: (await response.json()) as { errors: { extensions: { code: string } }[] } };
    });
    expect(outcome.result.status).toBe(413);
    expect(outcome.result.body.errors[0]?.extensions.code).toBe("PAYLOAD_TOO_LARGE");
    expect(outcome.slowestHealthMs).toBeLessThan(HEALTH_BOUND_MS);
    // The connection was not left broken for the next request.
    expect((await postGraphql(api.graphqlUrl, "{ __typename }")).status).toBe(200);
  });

  it("answers a malformed URL with 400 and logs no stack trace", async () => {
    for (const path of ["/%E0%A4%A", "/graphql%", "/vendor/%ZZ"]) {
      const answer = await rawRequest(api.url, { path });
      expect(answer.status, path).toBe(400);
    }
    expect(api.log()).not.toMatch(/URIError|\n\s+at /);
  });

  it.each([
    ["POST", "mutation { deleteEverything }"],
    ["POST", "subscription { ticks }"],
    ["GET", "mutation { deleteEverything }"],
  ])("answers a %s %s with 400: the API is read-only", async (method, query) => {
    const response =
      method === "GET"
        ? await fetch(`${api.graphqlUrl}?query=${encodeURIComponent(query)}`)
        : await fetch(api.graphqlUrl, { method, headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors.map((e) => e.extensions.code)).toContain("READ_ONLY");
    expect(body.errors.find((e) => e.extensions.code === "READ_ONLY")?.message).toMatch(/read-only/);
  });

  it("runs in production mode by default: no stack traces, no internals", async () => {
    // An unbalanced Lucene query fails inside Neo4j: the client sees a code, not the database's text.
    const answer = await postGraphql(api.graphqlUrl, '{ liaisonStatementsByText(phrase: "ledger AND (") { edges { score } } }');
    expect(codesOf(answer)).toEqual(["INTERNAL_SERVER_ERROR"]);
    const text = JSON.stringify(answer.body);
    expect(text).not.toMatch(/stacktrace|detail|Neo4jError|\.ts:\d+|at \w+ \(/);
    const ready = await fetch(`${api.url}/ready`);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("refuses a foreign Host header (DNS rebinding) and answers no foreign origin", async () => {
    const rebound = await rawRequest(api.url, { path: "/health", headers: { host: "attacker.example:4000" } });
    expect(rebound.status).toBe(403);
    for (const host of ["localhost", "127.0.0.1", "[::1]"]) {
      const port = new URL(api.url).port;
      expect((await rawRequest(api.url, { path: "/health", headers: { host: `${host}:${port}` } })).status, host).toBe(200);
    }
    const foreign = await fetch(api.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://attacker.example" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
    const own = await fetch(api.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", origin: api.url },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(own.headers.get("access-control-allow-origin")).toBe(api.url);
  });

  it("answers garbage quickly and keeps going", async () => {
    const outcome = await underAttack(api.url, async () => {
      const answers = await Promise.all([
        fetch(api.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: "{".repeat(50_000) }),
        fetch(api.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{".repeat(50_000) }) }),
        fetch(api.graphqlUrl, { method: "PUT", body: "{}" }),
      ]);
      return answers.map((a) => a.status);
    });
    expect(outcome.result).toEqual([400, 400, 405]);
    expect(outcome.elapsedMs).toBeLessThan(REFUSAL_BOUND_MS);
    expect(outcome.slowestHealthMs).toBeLessThan(HEALTH_BOUND_MS);
  });
});
