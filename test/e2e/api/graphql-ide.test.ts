import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../../src/app.js";
import { startTestApi } from "./start-test-api.js";

// What a browser sends when it navigates: HTML first, anything else acceptable.
const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
const QUERY = "?query=" + encodeURIComponent("{ __typename }");

// /graphql is both the IDE and the API: which one answers depends on the request's Accept header.
describe("/graphql content negotiation and the IDE's files", () => {
  let app: App | undefined;
  let base: string;

  beforeAll(async () => {
    app = await startTestApi({ NODE_ENV: "production" });
    base = app.api.url;
  });

  afterAll(async () => {
    await app?.stop();
  });

  const get = (pathAndQuery: string, accept?: string) => fetch(`${base}${pathAndQuery}`, { headers: accept ? { accept } : {} });

  async function expectIde(response: Response): Promise<string> {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<div id="graphiql"');
    expect(html).toContain("/vendor/graphiql.min.js");
    return html;
  }

  async function expectResult(response: Response): Promise<void> {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/json/);
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
  }

  it("shows the IDE to a browser, with or without a query in the link", async () => {
    await expectIde(await get("/graphql", BROWSER_ACCEPT));
    await expectIde(await get(`/graphql${QUERY}`, BROWSER_ACCEPT));
    await expectIde(await get(`/graphql${QUERY}`, "text/html, application/json;q=0.9"));
  });

  it("runs the query for an API client, whatever else it accepts", async () => {
    const json = await get(`/graphql${QUERY}`, "application/json");
    expect(json.headers.get("vary") ?? "").toMatch(/accept/i);
    await expectResult(json);
    await expectResult(await get(`/graphql${QUERY}`, "application/graphql-response+json, application/json;q=0.9"));
    await expectResult(await get(`/graphql${QUERY}`, "*/*"));
    await expectResult(await get(`/graphql${QUERY}`));
    await expectResult(await get(`/graphql${QUERY}`, "application/json, text/html"));
    await expectResult(await get(`/graphql${QUERY}`, "text/html;q=0.5, application/json"));
    const post = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: BROWSER_ACCEPT },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    await expectResult(post);
  });

  it("an API GET without a query still gets a GraphQL error, not the page", async () => {
    const response = await get("/graphql", "application/json");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/json/);
  });

  it("locks the IDE page to its own origin", async () => {
    const response = await get("/graphql", BROWSER_ACCEPT);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("vary") ?? "").toMatch(/accept/i);
    const html = await response.text();
    // Every script and style the page names is on this server.
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith("/") && !url.startsWith("data:"))).toEqual([]);
    for (const url of urls.filter((u) => u.startsWith("/"))) {
      expect((await get(url)).status, url).toBe(200);
    }
  });

  it("serves GraphiQL, React and the graph layout from node_modules, gzipped, with the right types", async () => {
    const files: Record<string, RegExp> = {
      "/vendor/graphiql.min.js": /javascript/,
      "/vendor/graphiql.min.css": /text\/css/,
      "/vendor/graphiql-explorer.umd.js": /javascript/,
      "/vendor/graphiql-explorer.css": /text\/css/,
      "/vendor/react.production.min.js": /javascript/,
      "/vendor/react-dom.production.min.js": /javascript/,
      "/vendor/layout-base.js": /javascript/,
      "/vendor/cose-base.js": /javascript/,
      "/vendor/cytoscape-fcose.js": /javascript/,
    };
    for (const [file, type] of Object.entries(files)) {
      const response = await fetch(`${base}${file}`, { headers: { "accept-encoding": "gzip" } });
      expect(response.status, file).toBe(200);
      expect(response.headers.get("content-type"), file).toMatch(type);
      expect((await response.arrayBuffer()).byteLength, file).toBeGreaterThan(1000);
    }
    const react = await (await get("/vendor/react.production.min.js")).text();
    expect(react).toContain("React");
    // Only listed files: no path reaches node_modules by itself.
    expect((await get("/vendor/react/package.json")).status).toBe(404);
    expect((await get("/vendor/../package.json")).status).toBe(404);
  });
});
