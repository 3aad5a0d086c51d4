import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { WriteTimer } from "../../../bench/write-timer.js";
import { ingestFiles } from "../../../src/cli/ingest-run.js";
import { useTestGraph } from "../../support/neo4j.js";
import { generateDocuments } from "../load/generate-documents.js";

/** Numbered apart from the other generated documents of the test graph. */
const FIRST_NUMBER = 86_000;

describe("the bench's write timer", () => {
  const graph = useTestGraph();
  const documents = generateDocuments(30, 5, FIRST_NUMBER);
  const ids = documents.map((d) => d.id);
  let folder: string | undefined;
  afterAll(async () => {
    await graph.removeDocuments(ids);
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("profiles a first load by statement without changing what is written", async () => {
    await graph.removeDocuments(ids);
    folder = await mkdtemp(path.join(os.tmpdir(), "write-timer-"));
    await Promise.all(documents.map((d) => writeFile(path.join(folder!, d.name), d.text)));
    const timer = new WriteTimer();
    const { value: run, profile } = await timer.profile(() =>
      ingestFiles(documents.map((d) => path.join(folder!, d.name)), { driver: timer.wrap(graph.driver), database: graph.database, skipUnchanged: true }),
    );
    expect(run.failed).toEqual([]);
    expect(run.documents.map((d) => d.outcome)).toEqual(documents.map(() => "created"));
    const [row] = await graph.rows<{ written: number }>(
      "UNWIND $ids AS id MATCH (d:LiaisonStatement {id: id})-[:SENT_BY]->() RETURN count(DISTINCT d) AS written",
      { ids },
    );
    expect(row?.written).toBe(documents.length);

    const names = profile.statements.map((s) => s.name);
    // A first load upserts, settles access and adds to the summaries; it has nothing to subtract or remove.
    expect(names).toEqual(expect.arrayContaining(["upsert-documents", "settle-node-access", "summaries-add", "document-write-hashes"]));
    expect(names).not.toContain("summaries-subtract");
    expect(profile.statements.map((s) => s.ms)).toEqual([...profile.statements.map((s) => s.ms)].sort((a, b) => b - a));
    const inStatements = profile.statements.reduce((sum, s) => sum + s.ms, 0);
    expect(inStatements).toBeGreaterThan(0);
    expect(profile.inTransactionsMs).toBeGreaterThanOrEqual(inStatements);
    expect(profile.commitAndOtherMs).toBeCloseTo(profile.inTransactionsMs - inStatements, 6);
    expect(profile.readsMs).toBeGreaterThan(0);
    expect(profile.totalMs).toBeGreaterThanOrEqual(profile.inTransactionsMs + profile.readsMs);
  }, 120_000);
});
