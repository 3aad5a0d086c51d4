import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFile } from "../../support/ingest.js";
import { useTestGraph } from "../../support/neo4j.js";
import { startRoundRobinProxy, type RoundRobinProxy } from "../../support/round-robin-proxy.js";
import { startApiProcess, type ApiProcess } from "../../security/support/api-process.js";

const MARKER = "Pennywort";
const QUERY = `query Replicas($word: String!) { liaisonStatements(where: { title: { contains: $word } }, sort: [{ id: ASC }]) { id title } }`;
const DOCUMENT = `From: ITU-T SG 5
To: TSAG
Date: 2025-03-10
Title: LS on ${MARKER} replica probes

ITU-T SG 5 informs TSAG of its ${MARKER} replica probes.
`;

interface Answer {
  readonly upstream: string | null;
  readonly cache: string | null;
  readonly ids: string[];
  readonly text: string;
}

// Two API processes (`npm start` each) on one database behind one port: nothing is shared between
// them but the database, and the graph version it keeps tells both when their cached answers end.
describe("two API replicas behind one port", () => {
  const graph = useTestGraph();
  const folder = mkdtempSync(path.join(tmpdir(), "replicas-"));
  const documents: string[] = [];
  let replicas: ApiProcess[] = [];
  let proxy: RoundRobinProxy | undefined;

  const ask = async (): Promise<Answer> => {
    const response = await fetch(`${proxy!.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: QUERY, variables: { word: MARKER } }),
    });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    const body = JSON.parse(text) as { data: { liaisonStatements: { id: string }[] } };
    return {
      upstream: response.headers.get("x-upstream"),
      cache: response.headers.get("x-response-cache"),
      ids: body.data.liaisonStatements.map((ls) => ls.id),
      text,
    };
  };
  /** One request to each replica, in turn. */
  const askEach = async () => [await ask(), await ask()];

  beforeAll(async () => {
    const stale = await graph.rows<{ id: string }>("MATCH (ls:LiaisonStatement) WHERE ls.title CONTAINS $word RETURN ls.id AS id", { word: MARKER });
    await graph.removeDocuments(stale.map((row) => row.id));
    replicas = await Promise.all([startApiProcess(), startApiProcess()]);
    proxy = await startRoundRobinProxy(replicas.map((replica) => replica.url));
  }, 300_000);

  afterAll(async () => {
    await proxy?.stop();
    await Promise.all(replicas.map((replica) => replica.stop()));
    await graph.removeDocuments(documents);
    rmSync(folder, { recursive: true, force: true });
  });

  it("answer alike, each from its own warm cache", async () => {
    const cold = await askEach();
    expect(cold.map((a) => a.upstream).sort()).toEqual(["0", "1"]);
    expect(cold.map((a) => a.cache)).toEqual(["MISS", "MISS"]);
    const warm = await askEach();
    expect(warm.map((a) => a.cache)).toEqual(["HIT", "HIT"]);
    expect(new Set([...cold, ...warm].map((a) => a.text)).size).toBe(1);
    expect(warm[0]!.ids).toEqual([]);
  });

  it("both answer a document ingested elsewhere as soon as it is written", async () => {
    await askEach();
    const file = path.join(folder, "replica-probe.txt");
    writeFileSync(file, DOCUMENT);
    const { documentId } = await ingestFile(graph.driver, graph.database, file);
    documents.push(documentId);

    const after = await askEach();
    expect(after.map((a) => a.upstream).sort()).toEqual(["0", "1"]);
    expect(after.map((a) => a.cache)).toEqual(["MISS", "MISS"]);
    expect(after.map((a) => a.ids)).toEqual([[documentId], [documentId]]);
    const warm = await askEach();
    expect(warm.map((a) => a.cache)).toEqual(["HIT", "HIT"]);
    expect(warm.map((a) => a.text)).toEqual(after.map((a) => a.text));
  });
});
