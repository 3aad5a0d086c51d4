import { readdirSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { REFERENCE_DIR } from "../../../src/graph/load-reference-graph.js";
import { extractionFingerprint } from "../../../src/load/source-hash.js";
import { useTestGraph } from "../../support/neo4j.js";
import { generateDocuments } from "./generate-documents.js";
import { ingest } from "./load-helpers.js";
import type { IngestOptions, IngestRun } from "../../../src/cli/ingest-run.js";

// Files whose source hash a written statement carries are reported unchanged without being read;
// anything that could change what they write makes them read again.
describe("ingestion skips files unchanged by their source hash", () => {
  const graph = useTestGraph();
  // Numbers no other test uses.
  const [first, second] = generateDocuments(2, 23, 95_000);
  if (!first || !second) throw new Error("no documents generated");
  const ids = [first.id, second.id];
  let scratch: string;
  let file: string;

  const run = (files: readonly string[], options: Partial<IngestOptions> = {}) => ingest(graph, files, { skipUnchanged: true, ...options });
  const reported = (result: IngestRun) => result.documents.map((d) => ({ id: d.extraction.document.id, outcome: d.outcome, unread: d.unread === true }));
  const stored = async (id: string) => {
    const [row] = await graph.rows<{ sourceHash: string | null; access: string; source: string }>(
      "MATCH (d:LiaisonStatement {id: $id}) RETURN d.sourceHash AS sourceHash, d.access AS access, d.source AS source",
      { id },
    );
    return row;
  };

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), "source-hash-"));
  });
  beforeEach(async () => {
    await graph.removeDocuments(ids);
    file = path.join(scratch, first.name);
    await writeFile(file, first.text);
  });
  afterAll(async () => {
    await graph.removeDocuments(ids);
    await rm(scratch, { recursive: true, force: true });
  });

  it("reads a file once, then reports it unchanged without reading it, as unchanged documents are reported", async () => {
    const created = await run([file]);
    expect(reported(created)).toEqual([{ id: first.id, outcome: "created", unread: false }]);
    expect((await stored(first.id))?.sourceHash).toMatch(/^[0-9a-f]{64}$/);

    const again = await run([file]);
    expect(reported(again)).toEqual([{ id: first.id, outcome: "unchanged", unread: true }]);
    expect(again.failed).toEqual([]);
    // What the graph keeps of the statement's own fields.
    const document = again.documents[0]?.extraction.document;
    expect(document?.title).toBe(created.documents[0]?.extraction.document.title);
    expect(document?.date).toBe(created.documents[0]?.extraction.document.date);
    expect(document?.file).toBe(file);

    // Without the option every file is read, and found unchanged by its write hash.
    expect(reported(await ingest(graph, [file]))).toEqual([{ id: first.id, outcome: "unchanged", unread: false }]);
  });

  it("reads a file again when its bytes change", async () => {
    await run([file]);
    await writeFile(file, `${first.text}\nA revised closing sentence on the schedule of the next meeting.\n`);
    expect(reported(await run([file]))).toEqual([{ id: first.id, outcome: "updated", unread: false }]);
    expect(reported(await run([file]))).toEqual([{ id: first.id, outcome: "unchanged", unread: true }]);
  });

  it("reads the same bytes under another file name", async () => {
    await run([file]);
    const renamed = path.join(scratch, `renamed-${first.name}`);
    await writeFile(renamed, first.text);
    // The statement's source is the file's name: it changes.
    expect(reported(await run([renamed]))).toEqual([{ id: first.id, outcome: "updated", unread: false }]);
    expect((await stored(first.id))?.source).toBe(`renamed-${first.name}`);
    expect(reported(await run([file]))).toEqual([{ id: first.id, outcome: "updated", unread: false }]);
    await rm(renamed);
  });

  it("reads a file again when the access level asked for changes", async () => {
    await run([file]);
    expect(reported(await run([file], { access: "restricted" }))).toEqual([{ id: first.id, outcome: "updated", unread: false }]);
    expect((await stored(first.id))?.access).toBe("restricted");
    expect(reported(await run([file], { access: "restricted" }))).toEqual([{ id: first.id, outcome: "unchanged", unread: true }]);
    // Public is what no --access means.
    expect(reported(await run([file], { access: "public" }))).toEqual([{ id: first.id, outcome: "updated", unread: false }]);
    expect(reported(await run([file]))).toEqual([{ id: first.id, outcome: "unchanged", unread: true }]);
  });

  it("reads a file again when its statement was removed from the graph", async () => {
    await run([file]);
    await graph.removeDocuments([first.id]);
    expect(reported(await run([file]))).toEqual([{ id: first.id, outcome: "created", unread: false }]);
  });

  it("never takes a statement only referred to (a stub) for an unchanged one", async () => {
    await run([file]);
    const hash = (await stored(first.id))?.sourceHash;
    await graph.removeDocuments([first.id]);
    // A stub carrying the hash, as no write ever leaves one: it has no write hash.
    await graph.driver.executeQuery("MERGE (d:Entity {id: $id}) SET d:LiaisonStatement, d.name = $id, d.sourceHash = $hash", { id: first.id, hash }, { database: graph.database });
    expect(reported(await run([file]))).toEqual([{ id: first.id, outcome: "created", unread: false }]);
  });

  it("reads a file again whose statement was written under another extraction, and keeps the new hash", async () => {
    await run([file]);
    const hash = (await stored(first.id))?.sourceHash;
    // What other reference data or another extractor version left: the same statement, another hash.
    await graph.driver.executeQuery("MATCH (d:LiaisonStatement {id: $id}) SET d.sourceHash = 'written-by-another-version'", { id: first.id }, { database: graph.database });
    expect(reported(await run([file]))).toEqual([{ id: first.id, outcome: "unchanged", unread: false }]);
    expect((await stored(first.id))?.sourceHash).toBe(hash);
    expect(reported(await run([file]))).toEqual([{ id: first.id, outcome: "unchanged", unread: true }]);
  });

  it("reads an unchanged file after an earlier file of the run wrote the same id, so that the later file still wins", async () => {
    await run([file]);
    const revised = path.join(scratch, `revised-${first.name}`);
    await writeFile(revised, `${first.text}\nA revised closing sentence on the schedule of the next meeting.\n`);
    const result = await run([revised, file]);
    expect(reported(result)).toEqual([
      { id: first.id, outcome: "updated", unread: false },
      { id: first.id, outcome: "updated", unread: false },
    ]);
    expect(result.documents[1]?.warnings).toContain(`same id ${first.id} as ${revised}, which this file replaces`);
    expect((await stored(first.id))?.source).toBe(first.name);
    await rm(revised);
  });

  it("reports unread and read files in file order, each once", async () => {
    await run([file]);
    const other = path.join(scratch, second.name);
    await writeFile(other, second.text);
    expect(reported(await run([other, file]))).toEqual([
      { id: second.id, outcome: "created", unread: false },
      { id: first.id, outcome: "unchanged", unread: true },
    ]);
  });
});

describe("the extraction fingerprint", () => {
  it("changes with the reference data", async () => {
    const scratch = await mkdtemp(path.join(os.tmpdir(), "reference-copy-"));
    try {
      await cp(REFERENCE_DIR, scratch, { recursive: true });
      expect(extractionFingerprint(scratch)).toBe(extractionFingerprint(REFERENCE_DIR));
      const [name] = readdirSync(scratch).filter((n) => n.endsWith(".cypher"));
      if (!name) throw new Error("no reference file");
      await writeFile(path.join(scratch, name), `${await readFile(path.join(scratch, name), "utf8")}\n// changed\n`);
      expect(extractionFingerprint(scratch)).not.toBe(extractionFingerprint(REFERENCE_DIR));
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
