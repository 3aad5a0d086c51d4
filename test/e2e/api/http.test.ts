import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../../src/app.js";
import { startTestApi } from "./start-test-api.js";

const ALLOWED_ORIGIN = "https://dash.example";

interface GraphqlResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

// The API over real HTTP, as a dashboard or script on another machine would use it.
describe("the HTTP API", () => {
  let app: App | undefined;
  let base: string;

  beforeAll(async () => {
    app = await startTestApi({ CORS_ORIGINS: ALLOWED_ORIGIN, NODE_ENV: "production" });
    base = app.api.url;
  });

  afterAll(async () => {
    await app?.stop();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

  const query = async (text: string) => {
    const response = await post(JSON.stringify({ query: text }));
    return { status: response.status, body: (await response.json()) as GraphqlResponse };
  };

  it("answers a query over POST and over GET", async () => {
    expect(await query("{ __typename }")).toMatchObject({ status: 200, body: { data: { __typename: "Query" } } });
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("runs a search sent as a GET query string", async () => {
    const response = await fetch(`${base}/graphql?query=${encodeURIComponent('{search(text:"ledger"){id}}')}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { search: { id: string }[] } };
    expect(body.data.search.map((hit) => hit.id)).toContain("ITU-T FG DLT");
  });

  it("reports health and readiness", async () => {
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready" });
  });

  it("allows a listed origin and no other", async () => {
    const allowed = await post(JSON.stringify({ query: "{ __typename }" }), { origin: ALLOWED_ORIGIN });
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ALLOWED_ORIGIN);
    const preflight = await fetch(`${base}/graphql`, {
      method: "OPTIONS",
      headers: { origin: ALLOWED_ORIGIN, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(ALLOWED_ORIGIN);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");

    const other = await post(JSON.stringify({ query: "{ __typename }" }), { origin: "https://elsewhere.example" });
    expect(other.status).toBe(200);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("refuses a query nested deeper than the limit", async () => {
    // Question -> study group -> Questions -> ...: a cycle a hostile client can nest at will.
    let selection = "id";
    for (let level = 0; level < 8; level++) selection = `questions { studyGroup { ${selection} } }`;
    const { status, body } = await query(`{ studyGroups { ${selection} } }`);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.map((e) => e.extensions?.code)).toContain("QUERY_TOO_DEEP");
  });

  it("answers invalid JSON with 400 and keeps serving", async () => {
    const broken = await post('{"query": "{ __typename }"');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as GraphqlResponse).errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    expect(await query("{ __typename }")).toMatchObject({ status: 200, body: { data: { __typename: "Query" } } });
  });

  it("masks an unexpected error: a code and a generic message, no stack or database text", async () => {
    // An unbalanced Lucene query makes Neo4j's full-text procedure fail inside the generated resolver.
    const response = await post(JSON.stringify({ query: '{ liaisonStatementsByText(phrase: "ledger AND (") { edges { score } } }' }));
    const text = await response.text();
    const body = JSON.parse(text) as GraphqlResponse;
    expect(body.errors?.[0]).toMatchObject({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(body.errors?.[0]?.extensions).not.toHaveProperty("stacktrace");
    expect(text).not.toMatch(/ParseException|Neo4jError|db\.index|at \w+ \(|\.ts:\d+/);
  });

  it("serves the dashboard and only allow-listed vendor files", async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain('src="/vendor/echarts.min.js"');

    const echarts = await fetch(`${base}/vendor/echarts.min.js`, { headers: { "accept-encoding": "gzip" } });
    expect(echarts.status).toBe(200);
    expect(echarts.headers.get("content-type")).toContain("javascript");
    expect(echarts.headers.get("cache-control")).toMatch(/max-age=\d{5,}/);
    expect((await echarts.text()).length).toBeGreaterThan(100_000);
    const again = await fetch(`${base}/vendor/echarts.min.js`, { headers: { "if-none-match": echarts.headers.get("etag") ?? "" } });
    expect(again.status).toBe(304);

    expect((await fetch(`${base}/vendor/cytoscape.min.js`)).status).toBe(200);
    for (const path of ["/vendor/cytoscape.js", "/vendor/echarts/package.json", "/node_modules/echarts/package.json"]) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    }
  });
});
