import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { useTestGraph } from "../../support/neo4j.js";
import { startFakeDatatracker, type FakeDatatracker } from "../../integration/import/datatracker-server.js";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const IDS = [1501, 1502, 1503, 1504, 1505, 1506, 1507, 1508, 1509].map((n) => `ietf-liaison-${n}`);
const FIRST_PAGE = "/api/v1/liaisons/liaisonstatement/?order_by=id&limit=3&offset=0";
const PAGE_2 = "/api/v1/liaisons/liaisonstatement/?order_by=id&limit=3&offset=3";

interface Cli {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

function start(args: readonly string[]): { child: ChildProcess; done: Promise<Cli> } {
  const env = { ...process.env, NEO4J_URI: inject("neo4jUri"), NEO4J_PASSWORD: inject("neo4jPassword"), NEO4J_DATABASE: inject("neo4jDatabase") };
  const child = spawn(process.execPath, ["bin/standards-graph.js", ...args], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Cli>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

describe("standards-graph import datatracker", () => {
  const graph = useTestGraph();
  let server: FakeDatatracker;
  let cacheDir: string;
  const args = (...extra: string[]) => ["import", "datatracker", "--base-url", server.baseUrl, "--cache-dir", cacheDir, "--page-size", "3", "--delay-ms", "0", ...extra];
  const imported = async () => (await graph.rows<{ id: string }>("MATCH (d:LiaisonStatement) WHERE d.id IN $ids RETURN d.id AS id ORDER BY id", { ids: IDS })).map((r) => r.id);

  beforeAll(() => graph.removeDocuments(IDS));
  afterAll(() => graph.removeDocuments(IDS));
  beforeEach(async () => {
    server = await startFakeDatatracker();
    cacheDir = await mkdtemp(path.join(tmpdir(), "datatracker-cli-"));
    await graph.removeDocuments(IDS);
  });
  afterEach(async () => {
    await server.close();
    await rm(cacheDir, { recursive: true, force: true });
  });

  it("prints its help", async () => {
    const result = await start(["import", "--help"]).done;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: standards-graph import datatracker [options]");
    expect(result.stdout).toContain("--since DATE");
  });

  it("refuses a date it cannot read, naming it, with exit code 2", async () => {
    const result = await start(args("--since", "yesterday")).done;
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--since must be a date as yyyy-mm-dd (got 'yesterday')");
    expect(server.requests).toHaveLength(0);
  });

  it("imports the listing, names the malformed record, and resumes after being killed mid-run", async () => {
    // The second page never answers: the command is killed while it waits.
    server.intercept = (url) => (url === PAGE_2 ? "hold" : undefined);
    const first = start(args());
    const deadline = Date.now() + 120_000;
    while (!server.requests.some((r) => r.url === PAGE_2) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.requests.some((r) => r.url === PAGE_2)).toBe(true);
    first.child.kill("SIGKILL");
    const killed = await first.done;
    expect(killed.signal).toBe("SIGKILL");
    expect(await imported()).toEqual(["ietf-liaison-1501", "ietf-liaison-1502", "ietf-liaison-1503"]);
    expect(server.requests[0]?.userAgent).toMatch(/^standards-graph\/\S+ \(liaison statement importer; read-only\)$/);

    server.intercept = undefined;
    const firstPageRequests = server.requests.filter((r) => r.url === FIRST_PAGE).length;
    const resumed = await start(args()).done;
    expect(resumed.code).toBe(1);
    expect(resumed.stderr).toContain('liaison statement 1507: no "purpose"');
    expect(resumed.stderr).toContain("statements fetched 9 | imported 7 (created 4, updated 0, unchanged 3) | skipped 1 | failed 1");
    expect(server.requests.filter((r) => r.url === FIRST_PAGE)).toHaveLength(firstPageRequests);
    expect(await imported()).toEqual(["ietf-liaison-1501", "ietf-liaison-1502", "ietf-liaison-1503", "ietf-liaison-1504", "ietf-liaison-1505", "ietf-liaison-1508", "ietf-liaison-1509"]);

    // Offline, with the server gone: the same statements, unchanged.
    await server.close();
    const offline = await start(args("--offline")).done;
    expect(offline.code).toBe(1);
    expect(offline.stderr).toContain("statements fetched 9 | imported 7 (created 0, updated 0, unchanged 7) | skipped 1 | failed 1");
    server = await startFakeDatatracker();
  });

  it("offline with an empty cache fails naming the URL it lacks", async () => {
    const result = await start(args("--offline")).done;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${server.baseUrl}${FIRST_PAGE}: not in the cache`);
    expect(server.requests).toHaveLength(0);
  });
});
