import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../../src/app.js";
import { useTestGraph } from "../../support/neo4j.js";
import { runCli } from "../cli/run-cli.js";
import { startTestApi } from "./start-test-api.js";

/** A word only this file's document uses, so the query's answer is its alone. */
const MARKER = "Bladderwrack";
const QUERY = `query Probe($word: String!) { liaisonStatements(where: { title: { contains: $word } }) { id title } }`;
const DOCUMENT = `From: ITU-T SG 15
To: TSAG
Date: 2025-03-04
Title: LS on ${MARKER} bookmark probes

ITU-T SG 15 informs TSAG of its ${MARKER} bookmark probes.
`;

interface Answer {
  readonly status: number;
  readonly body: {
    data?: { liaisonStatements: { id: string; title: string }[] };
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  readonly retryAfter: string | null;
}

// Read-your-writes across processes: a write command saves its bookmarks (NEO4J_BOOKMARKS_FILE),
// a client sends them to the API (Neo4j-Bookmarks), and the API's reads wait for those writes.
describe("bookmarks from a write command to the API", () => {
  const graph = useTestGraph();
  const folder = mkdtempSync(path.join(tmpdir(), "bookmarks-"));
  const bookmarksFile = path.join(folder, "bookmarks.txt");
  let app: App | undefined;

  const probe = async (headers: Record<string, string>): Promise<Answer> => {
    const response = await fetch(app!.api.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query: QUERY, variables: { word: MARKER } }),
    });
    return { status: response.status, body: (await response.json()) as Answer["body"], retryAfter: response.headers.get("retry-after") };
  };
  const removeOurs = async () => {
    const ours = await graph.rows<{ id: string }>("MATCH (ls:LiaisonStatement) WHERE ls.title CONTAINS $word RETURN ls.id AS id", { word: MARKER });
    await graph.removeDocuments(ours.map((row) => row.id));
  };

  beforeAll(async () => {
    await removeOurs();
    app = await startTestApi();
  }, 300_000);

  afterAll(async () => {
    await app?.stop();
    await removeOurs();
    rmSync(folder, { recursive: true, force: true });
  });

  it("answers from a graph holding the ingest when sent the bookmarks the ingest saved", async () => {
    writeFileSync(path.join(folder, "probe.txt"), DOCUMENT);
    const ingest = await runCli(["ingest", path.join(folder, "probe.txt")], { NEO4J_BOOKMARKS_FILE: bookmarksFile });
    expect(ingest.stderr).toContain("created 1");
    expect(ingest.code).toBe(0);

    const saved = readFileSync(bookmarksFile, "utf8");
    expect(saved.endsWith("\n")).toBe(true);
    const bookmarks = saved.trim();
    expect(bookmarks.length).toBeGreaterThan(0);
    expect(bookmarks).not.toContain("\n");

    const answer = await probe({ "neo4j-bookmarks": bookmarks });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.liaisonStatements.map((ls) => ls.title)).toEqual([`LS on ${MARKER} bookmark probes`]);
  }, 300_000);

  it("refuses bookmarks the database did not issue with a 400 naming the header, and keeps serving", async () => {
    // The right shape (base64 text), but not a bookmark: only the database can tell.
    const answer = await probe({ "neo4j-bookmarks": "FB:bm90LWEtYm9va21hcms" });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    expect(answer.body.errors?.[0]?.message).toContain("Neo4j-Bookmarks");
    expect(answer.body.data).toBeUndefined();

    const after = await probe({});
    expect(after.status).toBe(200);
    expect(after.body.data?.liaisonStatements).toHaveLength(1);
  });

  it("refuses a header that holds no bookmark at all before asking the database", async () => {
    const answer = await probe({ "neo4j-bookmarks": "<script>alert(1)</script>" });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    expect(answer.body.errors?.[0]?.message).toContain("is not a Neo4j bookmark");
  });

  it("leaves the bookmarks file alone when the command could not start", async () => {
    writeFileSync(bookmarksFile, "earlier\n");
    const refused = await runCli(["ingest", path.join(folder, "missing.txt")], { NEO4J_BOOKMARKS_FILE: bookmarksFile });
    expect(refused.code).not.toBe(0);
    expect(readFileSync(bookmarksFile, "utf8")).toBe("earlier\n");
  }, 300_000);
});
