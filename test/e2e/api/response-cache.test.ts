import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../../src/app.js";
import { ingestFile } from "../../support/ingest.js";
import { useTestGraph } from "../../support/neo4j.js";
import { startTestApi } from "./start-test-api.js";

const SECRET = "response-cache-test-secret-0123456789abcdef";
/** A word only this file's documents use, so the query's answer is theirs alone. */
const MARKER = "Quillwort";
const QUERY = `query Probe($word: String!) { liaisonStatements(where: { title: { contains: $word } }, sort: [{ id: ASC }]) { id title access } }`;

// Two statements of our own, written to a temporary folder and ingested with the real loader.
const PUBLIC_TEXT = `From: ITU-T SG 13
To: TSAG
Date: 2025-02-03
Title: LS on ${MARKER} cache probes

ITU-T SG 13 informs TSAG of its ${MARKER} cache probes.
`;
const RESTRICTED_TEXT = `From: ITU-T SG 20
To: TSAG
Date: 2025-02-04
Access: TIES (members only)
Title: LS on restricted ${MARKER} cache probes

ITU-T SG 20 informs TSAG of its restricted ${MARKER} cache probes.
`;

interface Answer {
  readonly status: number;
  readonly cache: string | null;
  readonly etag: string | null;
  readonly cacheControl: string | null;
  readonly text: string;
}

interface Probe {
  data?: { liaisonStatements: { id: string; title: string; access: string }[] };
  errors?: { message: string; extensions?: { code?: string } }[];
}

// The API's response cache over real HTTP, against the real database and the real loader.
describe("the response cache", () => {
  const graph = useTestGraph();
  const folder = mkdtempSync(path.join(tmpdir(), "response-cache-"));
  const documents: string[] = [];
  let app: App | undefined;
  let member = "";

  const read = async (response: Response): Promise<Answer> => ({
    status: response.status,
    cache: response.headers.get("x-response-cache"),
    etag: response.headers.get("etag"),
    cacheControl: response.headers.get("cache-control"),
    text: await response.text(),
  });
  const post = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
    read(
      await fetch(app!.api.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      }),
    );
  const get = async (headers: Record<string, string> = {}) =>
    read(
      await fetch(`${app!.api.graphqlUrl}?query=${encodeURIComponent(QUERY)}&variables=${encodeURIComponent(JSON.stringify({ word: MARKER }))}`, {
        headers: { accept: "application/json", ...headers },
      }),
    );
  const probe = (headers: Record<string, string> = {}) => post(QUERY, { word: MARKER }, headers);
  const titles = (answer: Answer) => ((JSON.parse(answer.text) as Probe).data?.liaisonStatements ?? []).map((ls) => `${ls.access}:${ls.title}`);
  const ingest = async (name: string, text: string) => {
    const file = path.join(folder, name);
    writeFileSync(file, text);
    const { documentId } = await ingestFile(graph.driver, graph.database, file);
    documents.push(documentId);
    return documentId;
  };
  const asMember = () => ({ authorization: `Bearer ${member}` });

  beforeAll(async () => {
    const stale = await graph.rows<{ id: string }>("MATCH (ls:LiaisonStatement) WHERE ls.title CONTAINS $word RETURN ls.id AS id", { word: MARKER });
    await graph.removeDocuments(stale.map((row) => row.id));
    app = await startTestApi({ AUTH_JWT_SECRET: SECRET });
    member = await new SignJWT({ roles: ["member"] })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("analyst")
      .setExpirationTime("10m")
      .sign(new TextEncoder().encode(SECRET));
  });

  afterAll(async () => {
    await app?.stop();
    await graph.removeDocuments(documents);
    rmSync(folder, { recursive: true, force: true });
  });

  it("answers the second identical query from the cache with the same body", async () => {
    const first = await probe();
    const second = await probe();
    expect(first).toMatchObject({ status: 200, cache: "MISS" });
    expect(second).toMatchObject({ status: 200, cache: "HIT" });
    expect(second.text).toBe(first.text);
    // The same query with other variables is another answer.
    expect((await post(QUERY, { word: `${MARKER}-other` })).cache).toBe("MISS");
  });

  it("answers afresh after a document is ingested, with the new document in it", async () => {
    expect(titles(await probe())).toEqual([]);
    expect((await probe()).cache).toBe("HIT");
    const id = await ingest("public.txt", PUBLIC_TEXT);
    const after = await probe();
    expect(after.cache).toBe("MISS");
    expect(titles(after)).toEqual([`public:LS on ${MARKER} cache probes`]);
    expect((JSON.parse(after.text) as Probe).data?.liaisonStatements.map((ls) => ls.id)).toEqual([id]);
    const again = await probe();
    expect(again.cache).toBe("HIT");
    expect(again.text).toBe(after.text);
  });

  it("never gives a public reader a member's answer", async () => {
    await ingest("restricted.txt", RESTRICTED_TEXT);
    const both = [`public:LS on ${MARKER} cache probes`, `restricted:LS on restricted ${MARKER} cache probes`];
    const memberFirst = await probe(asMember());
    expect(memberFirst.cache).toBe("MISS");
    expect(titles(memberFirst)).toEqual(both);
    expect((await probe(asMember())).cache).toBe("HIT");

    const anonymous = await probe();
    expect(anonymous.cache).toBe("MISS");
    expect(titles(anonymous)).toEqual([`public:LS on ${MARKER} cache probes`]);
    const anonymousAgain = await probe();
    expect(anonymousAgain.cache).toBe("HIT");
    expect(titles(anonymousAgain)).toEqual([`public:LS on ${MARKER} cache probes`]);
    expect(titles(await probe(asMember()))).toEqual(both);
  });

  it("gives GET answers an ETag that If-None-Match turns into a 304 until the graph changes", async () => {
    const first = await get();
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(/^"\d+-[\w-]+"$/);
    expect(first.cacheControl).toBe("public, max-age=0, must-revalidate");

    const revalidated = await get({ "if-none-match": first.etag! });
    expect(revalidated).toMatchObject({ status: 304, text: "", etag: first.etag, cache: "HIT" });
    expect((await get({ "if-none-match": '"0-not-this-one"' })).status).toBe(200);

    // A member's answer is private, and another answer than the public one.
    const mine = await get(asMember());
    expect(mine.cacheControl).toBe("private, max-age=0, must-revalidate");
    expect(mine.etag).not.toBe(first.etag);
    expect((await get({ ...asMember(), "if-none-match": first.etag! })).status).toBe(200);

    // A write makes the old validator stale: the whole answer comes again, with a new one.
    await graph.removeDocuments([documents.pop()!]);
    const changed = await get({ "if-none-match": first.etag! });
    expect(changed.status).toBe(200);
    expect(changed.etag).not.toBe(first.etag);
    expect(titles(changed)).toEqual([`public:LS on ${MARKER} cache probes`]);
  });

  it("computes afresh for a client that sends Cache-Control: no-cache", async () => {
    await probe();
    const fresh = await probe({ "cache-control": "no-cache" });
    expect(fresh.cache).toBe("BYPASS");
    expect(titles(fresh)).toEqual([`public:LS on ${MARKER} cache probes`]);
  });

  it("never keeps an answer with errors", async () => {
    const bad = `{ awaitingReply(asOf: "2025-13-45") { statement { id } } }`;
    const first = await post(bad, {});
    expect((JSON.parse(first.text) as Probe).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const second = await post(bad, {});
    expect(second.cache).toBe("MISS");
    expect(second.text).toBe(first.text);
    const badGet = await read(await fetch(`${app!.api.graphqlUrl}?query=${encodeURIComponent(bad)}`, { headers: { accept: "application/json" } }));
    expect(badGet).toMatchObject({ cache: "MISS", etag: null, cacheControl: "no-store" });
    const overLimit = `{ liaisonStatements(offset: 999999999) { id } }`;
    expect((await post(overLimit, {})).cache).toBe("MISS");
    expect((await post(overLimit, {})).cache).toBe("MISS");
    const unknownField = `{ noSuchField }`;
    expect((await post(unknownField, {})).status).toBe(400);
    expect((await post(unknownField, {})).cache).toBe("MISS");
  });

  it("is off with RESPONSE_CACHE_MAX_ENTRIES=0", async () => {
    const uncached = await startTestApi({ RESPONSE_CACHE_MAX_ENTRIES: "0" });
    try {
      for (let i = 0; i < 2; i++) {
        const response = await fetch(uncached.api.graphqlUrl, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: QUERY, variables: { word: MARKER } }),
        });
        expect(response.headers.get("x-response-cache")).toBe("BYPASS");
        expect(titles(await read(response))).toEqual([`public:LS on ${MARKER} cache probes`]);
      }
    } finally {
      await uncached.stop();
    }
  });
});
