import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestInputs } from "../../../src/cli/ingest-run.js";
import { useTestGraph } from "../../support/neo4j.js";
import { documentIds, fixture, graphTotals, ingest } from "./load-helpers.js";

/** Why each file of fixtures/documents/bad is refused; a new bad fixture needs its line here. */
const REASONS: Readonly<Record<string, string>> = {
  "binary.txt": "binary content (contains NUL bytes); expected text",
  "empty.txt": "empty document (0 bytes)",
  "not-a-zip.docx": "malformed .docx (not a zip archive)",
  "notes.pdf": "malformed .pdf (truncated: no %%EOF end marker)",
  "truncated.docx": "malformed .docx (Corrupted zip",
  "whitespace-only.txt": "empty document (only whitespace)",
};

const badFiles = readdirSync(fixture("bad")).filter((name) => !name.startsWith(".")).map((name) => fixture("bad", name));
// In the order a run processes files: sorted.
const goodFiles = [fixture("markdown/fg-dlt-terminology.md"), fixture("plain-text/liaison-note")];

describe("bad input", () => {
  const graph = useTestGraph();
  let goodIds: string[];

  beforeAll(async () => {
    goodIds = await documentIds(graph, goodFiles);
    await graph.removeDocuments(goodIds);
  });
  afterAll(() => graph.removeDocuments(goodIds));

  it("knows why every bad fixture is refused", () => {
    expect(badFiles.map((file) => path.basename(file)).sort()).toEqual(Object.keys(REASONS).sort());
  });

  it.each(badFiles.map((file) => [path.basename(file), file] as const))("%s: one failure, one line, nothing written", async (name, file) => {
    const before = await graphTotals(graph);
    const run = await ingest(graph, [file]);
    expect(run.documents).toEqual([]);
    expect(run.failed).toHaveLength(1);
    const [failure] = run.failed;
    expect(failure?.file).toBe(file);
    expect(failure?.error.startsWith(`${file}: ${REASONS[name]}`), failure?.error).toBe(true);
    expect(failure?.error).not.toContain("\n");
    expect(await graphTotals(graph)).toEqual(before);
  });

  it("writes a document that names no sender, with a warning, instead of refusing it", async () => {
    const file = fixture("plain-text", "no-sender.txt");
    const run = await ingest(graph, [file]);
    expect(run.failed).toEqual([]);
    const [document] = run.documents;
    expect(document?.warnings).toContain("no sender found");
    const id = document?.extraction.document.id ?? "";
    try {
      const rows = await graph.rows<{ senders: number; text: string }>(
        "MATCH (d:LiaisonStatement {id: $id}) RETURN COUNT { (d)-[:SENT_BY]->() } AS senders, d.text AS text",
        { id },
      );
      expect(rows).toHaveLength(1);
      expect(Number(rows[0]?.senders)).toBe(0);
      expect(rows[0]?.text.length).toBeGreaterThan(0);
    } finally {
      await graph.removeDocuments([id]);
    }
  });

  it("does not stop the good files of the same run", async () => {
    const missing = fixture("bad", "no-such-file.txt");
    const before = await graphTotals(graph);
    const run = await ingestInputs([goodFiles[1] ?? "", ...badFiles.slice(0, 3), missing, ...badFiles.slice(3), goodFiles[0] ?? ""], {
      driver: graph.driver,
      database: graph.database,
    });

    expect(run.documents.map((d) => [d.file, d.outcome])).toEqual(goodFiles.map((file) => [file, "created"]));
    expect(run.failed.map((f) => f.file).sort()).toEqual([...badFiles, missing].sort());
    expect(run.failed.find((f) => f.file === missing)?.error).toBe(`${missing}: no such file or directory`);

    const written = await graph.rows<{ id: string; source: string }>(
      "MATCH (d:LiaisonStatement) WHERE d.id IN $ids OR d.source IN $names RETURN d.id AS id, d.source AS source ORDER BY source",
      { ids: goodIds, names: [...badFiles, ...goodFiles].map((file) => path.basename(file)) },
    );
    expect(written.map((row) => row.source)).toEqual(goodFiles.map((file) => path.basename(file)).sort());
    const after = await graphTotals(graph);
    expect(after.nodes).toBeGreaterThan(before.nodes);

    // What the good files wrote is all that changed: removing them restores the totals.
    await graph.removeDocuments(goodIds);
    expect(await graphTotals(graph)).toEqual(before);
  });
});
