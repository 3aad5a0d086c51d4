import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ingestFiles } from "../../../src/cli/ingest-run.js";
import { referenceGazetteer } from "../../../src/extract/reference-gazetteer.js";
import { ApiSource } from "../../../src/import/datatracker/api-source.js";
import { DirSource } from "../../../src/import/datatracker/dir-source.js";
import { importStatements, type ImportResult } from "../../../src/import/datatracker/import-run.js";
import { FetchError, PoliteFetcher } from "../../../src/import/datatracker/polite-fetch.js";
import { ResponseCache } from "../../../src/import/datatracker/response-cache.js";
import { useTestGraph } from "../../support/neo4j.js";
import { FIXTURES, startFakeDatatracker, type FakeDatatracker } from "./datatracker-server.js";

const IDS = [1501, 1502, 1503, 1504, 1505, 1506, 1507, 1508, 1509].map((n) => `ietf-liaison-${n}`);
const PUBLISHED = ["ietf-liaison-1501", "ietf-liaison-1502", "ietf-liaison-1503", "ietf-liaison-1504", "ietf-liaison-1505", "ietf-liaison-1508", "ietf-liaison-1509"];
const PAGE_2 = "/api/v1/liaisons/liaisonstatement/?order_by=id&limit=3&offset=3";
const gazetteer = referenceGazetteer();

describe("import datatracker against a local API", () => {
  const graph = useTestGraph();
  let server: FakeDatatracker;
  let cacheDir: string;

  const run = (options: { offline?: boolean; since?: string; limit?: number; maxRetries?: number; baseUrl?: string } = {}): Promise<ImportResult> => {
    const fetcher = options.offline
      ? undefined
      : new PoliteFetcher({ userAgent: "standards-graph test", delayMs: 0, maxRetries: options.maxRetries ?? 3, backoffMs: 5, maxWaitMs: 5_000, timeoutMs: 10_000 });
    const source = new ApiSource({ baseUrl: options.baseUrl ?? server.baseUrl, pageSize: 3, cache: new ResponseCache(cacheDir), ...(fetcher ? { fetcher } : {}) });
    return importStatements({
      source,
      gazetteer,
      driver: graph.driver,
      database: graph.database,
      ...(options.since ? { since: options.since } : {}),
      ...(options.limit ? { limit: options.limit } : {}),
    });
  };
  const statementIds = async () =>
    (await graph.rows<{ id: string; n: number }>("MATCH (d:LiaisonStatement) WHERE d.id IN $ids RETURN d.id AS id, count(*) AS n ORDER BY id", { ids: IDS })).map(
      (r) => `${r.id}×${r.n}`,
    );

  beforeAll(() => graph.removeDocuments(IDS));
  afterAll(() => graph.removeDocuments(IDS));
  beforeEach(async () => {
    server = await startFakeDatatracker();
    cacheDir = await mkdtemp(path.join(tmpdir(), "datatracker-cache-"));
    await graph.removeDocuments(IDS);
  });
  afterEach(async () => {
    await server.close();
    await rm(cacheDir, { recursive: true, force: true });
  });

  it("imports every published statement once, waits out a 429, and is idempotent and offline-repeatable", async () => {
    server.intercept = (url, seen) => (url === PAGE_2 && seen === 1 ? { status: 429, headers: { "Retry-After": "1" } } : undefined);
    const first = await run();
    expect(first.counts).toEqual({ fetched: 9, imported: 7, created: 7, updated: 0, unchanged: 0, skipped: 1, failed: 1 });
    expect(first.skipped).toEqual([{ id: "ietf-liaison-1506", reason: 'state "dead" (not published)' }]);
    expect(first.failures).toHaveLength(1);
    expect(first.failures[0]?.error).toContain('liaison statement 1507: no "purpose"');
    expect(server.requests.filter((r) => r.url === PAGE_2)).toHaveLength(2);
    expect(server.requests.every((r) => r.userAgent === "standards-graph test")).toBe(true);
    expect(await statementIds()).toEqual(PUBLISHED.map((id) => `${id}×1`));

    // Senders and recipients from the API's fields, marked as such.
    const addressed = await graph.rows<{ type: string; to: string; evidence: string; origin: string; purpose: string | null }>(
      `MATCH (:LiaisonStatement {id: "ietf-liaison-1501"})-[r:SENT_BY|SENT_TO]->(b)
       RETURN type(r) AS type, b.id AS to, r.evidence AS evidence, r.origin AS origin, r.purpose AS purpose ORDER BY type, to`,
    );
    expect(addressed).toEqual([
      { type: "SENT_BY", to: "ITU-T SG15", evidence: "from_groups: itu-t-sg-15", origin: "datatracker-api", purpose: null },
      { type: "SENT_TO", to: "IETF CCAMP", evidence: "to_groups: ccamp", origin: "datatracker-api", purpose: "ACTION" },
      { type: "SENT_TO", to: "IETF MPLS", evidence: "to_groups: mpls", origin: "datatracker-api", purpose: "ACTION" },
    ]);
    const [doc] = await graph.rows<{ date: string; url: string; source: string; purpose: string; title: string }>(
      `MATCH (d:LiaisonStatement {id: "ietf-liaison-1501"}) RETURN d.date AS date, d.url AS url, d.source AS source, d.purpose AS purpose, d.title AS title`,
    );
    expect(doc).toEqual({
      date: "2019-03-04",
      url: "https://datatracker.ietf.org/liaison/1501/",
      source: "datatracker-api-liaisonstatement-1501",
      purpose: "ACTION",
      title: "LS on timing support in packet transport networks",
    });
    // The reply links to the statement it answers; the text's references come through the extractor.
    const links = await graph.rows<{ type: string; to: string }>(
      `MATCH (:LiaisonStatement {id: "ietf-liaison-1502"})-[r:REPLIES_TO|REFERENCES]->(t) RETURN type(r) AS type, t.id AS to ORDER BY type, to`,
    );
    expect(links).toEqual([
      { type: "REFERENCES", to: "ITU-T G.8275.1" },
      { type: "REPLIES_TO", to: "ietf-liaison-1501" },
    ]);
    // The statement with attachments only is there, its attachments as its text.
    const [attachmentsOnly] = await graph.rows<{ text: string }>(`MATCH (d:LiaisonStatement {id: "ietf-liaison-1505"}) RETURN d.text AS text`);
    expect(attachmentsOnly?.text).toContain("TR-181 Issue 2 Amendment 15 summary <https://datatracker.ietf.org/documents/LIAISON/liaison-2020-05-11-tr-181-summary.pdf>");
    expect(attachmentsOnly?.text).toContain("Data model changes affecting IETF YANG modules <https://www.broadband-forum.example/tr-181-changes.pdf>");
    // A title naming another body does not add a recipient where the API names them.
    const recipients = await graph.rows<{ to: string }>(`MATCH (:LiaisonStatement {id: "ietf-liaison-1509"})-[:SENT_TO]->(b) RETURN b.id AS to`);
    expect(recipients).toEqual([{ to: "ITU-T SG15" }]);

    // Again: everything from the cache, nothing changed.
    const requestsBefore = server.requests.length;
    const second = await run();
    expect(second.counts).toEqual({ fetched: 9, imported: 7, created: 0, updated: 0, unchanged: 7, skipped: 1, failed: 1 });
    expect(server.requests.length).toBe(requestsBefore);

    // And with the server gone, offline, the same.
    await server.close();
    const offline = await run({ offline: true });
    expect(offline.counts).toEqual(second.counts);
    expect(await statementIds()).toEqual(PUBLISHED.map((id) => `${id}×1`));
    server = await startFakeDatatracker();
  });

  it("resumes after a page that keeps failing: what was cached is not fetched again", async () => {
    server.intercept = (url) => (url === PAGE_2 ? { status: 503 } : undefined);
    const failed = run({ maxRetries: 2 });
    await expect(failed).rejects.toThrow(FetchError);
    await expect(failed).rejects.toThrow(`${server.baseUrl}${PAGE_2}: gave up after 3 attempts (last: HTTP 503 Service Unavailable)`);
    expect(server.requests.filter((r) => r.url === PAGE_2)).toHaveLength(3);
    // The first page's statements were written whole before the run stopped.
    expect(await statementIds()).toEqual(["ietf-liaison-1501×1", "ietf-liaison-1502×1", "ietf-liaison-1503×1"]);

    server.intercept = undefined;
    const firstPage = server.requests.filter((r) => r.url.startsWith("/api/v1/liaisons/liaisonstatement/?order_by=id&limit=3&offset=0")).length;
    const resumed = await run();
    expect(server.requests.filter((r) => r.url.startsWith("/api/v1/liaisons/liaisonstatement/?order_by=id&limit=3&offset=0"))).toHaveLength(firstPage);
    expect(resumed.counts).toEqual({ fetched: 9, imported: 7, created: 4, updated: 0, unchanged: 3, skipped: 1, failed: 1 });
    expect(await statementIds()).toEqual(PUBLISHED.map((id) => `${id}×1`));
  });

  it("offline without a cache names the missing URL and writes nothing", async () => {
    const offline = run({ offline: true });
    await expect(offline).rejects.toThrow(`${server.baseUrl}/api/v1/liaisons/liaisonstatement/?order_by=id&limit=3&offset=0: not in the cache`);
    expect(server.requests).toHaveLength(0);
    expect(await statementIds()).toEqual([]);
  });

  it("--since asks the events resource for changes on or after the day, and imports only those statements", async () => {
    const result = await run({ since: "2025-01-01" });
    expect(server.requests.some((r) => r.url.startsWith("/api/v1/liaisons/liaisonstatementevent/?time__gte=2025-01-01&"))).toBe(true);
    expect(server.requests.some((r) => r.url.startsWith("/api/v1/liaisons/liaisonstatement/?id__in=1502,1508,1509&"))).toBe(true);
    expect(result.statements.map((s) => s.id)).toEqual(["ietf-liaison-1502", "ietf-liaison-1508", "ietf-liaison-1509"]);
    expect(result.counts).toMatchObject({ fetched: 3, imported: 3, failed: 0, skipped: 0 });
  });

  it("--limit stops after that many statements", async () => {
    const result = await run({ limit: 2 });
    expect(result.counts).toMatchObject({ fetched: 2, imported: 2 });
    expect(await statementIds()).toEqual(["ietf-liaison-1501×1", "ietf-liaison-1502×1"]);
    expect(server.requests.some((r) => r.url === PAGE_2)).toBe(false);
  });

  it("--from-dir reads saved responses and gives the same graph", async () => {
    const result = await importStatements({ source: await DirSource.open(FIXTURES, 3), gazetteer, driver: graph.driver, database: graph.database });
    expect(result.counts).toEqual({ fetched: 9, imported: 7, created: 7, updated: 0, unchanged: 0, skipped: 1, failed: 1 });
    expect(await statementIds()).toEqual(PUBLISHED.map((id) => `${id}×1`));
    const [reply] = await graph.rows<{ to: string }>(`MATCH (:LiaisonStatement {id: "ietf-liaison-1502"})-[:REPLIES_TO]->(t) RETURN t.id AS to`);
    expect(reply).toEqual({ to: "ietf-liaison-1501" });
    // The API's listing and the saved folder describe the same statements: a run from the API changes nothing.
    const fromApi = await run();
    expect(fromApi.counts).toMatchObject({ imported: 7, created: 0, updated: 0, unchanged: 7 });
  });

  it("lands on the same node as the statement's Datatracker page ingested from a file", async () => {
    const page = await ingestFiles([path.join(FIXTURES, "page/liaison-1504.txt")], { driver: graph.driver, database: graph.database });
    expect(page.failed).toEqual([]);
    expect(page.documents.map((d) => d.extraction.document.id)).toEqual(["ietf-liaison-1504"]);
    const result = await run({ limit: 6 });
    expect(result.statements.find((s) => s.id === "ietf-liaison-1504")?.outcome).toBe("updated");
    expect(await statementIds()).toContain("ietf-liaison-1504×1");
    const [node] = await graph.rows<{ n: number; source: string }>(
      `MATCH (d:LiaisonStatement {id: "ietf-liaison-1504"}) RETURN count(d) AS n, d.source AS source`,
    );
    expect(node).toEqual({ n: 1, source: "datatracker-api-liaisonstatement-1504" });
  });
});
