import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocumentWorker, type PreparedDocument } from "../../../src/cli/document-worker.js";
import { DEFAULT_INGEST_LIMITS } from "../../../src/cli/ingest-limits.js";
import { extractDocument } from "../../../src/extract/extract-document.js";
import { referenceGazetteer } from "../../../src/extract/reference-gazetteer.js";
import { readDocument } from "../../../src/parse/read-document.js";

const fixtures = path.resolve(import.meta.dirname, "../../fixtures/documents");
const note = path.join(fixtures, "plain-text/liaison-note");
const template = path.join(fixtures, "docx/sg17-ls14-template.docx");

/** Real statements, many of them: far more than a small budget of time or memory allows. */
const longStatement = (sentences: number) => `From: ITU-T SG17\nTo: TSAG\n\n${"SG17 informs TSAG about blockchain and invites SG13 to consider it. ".repeat(sentences)}`;

const errorOf = (prepared: PreparedDocument) => ("error" in prepared ? prepared.error : undefined);

describe("DocumentWorker", () => {
  let scratch: string;
  let long: string;
  let longer: string;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), "document-worker-"));
    long = path.join(scratch, "long.txt");
    longer = path.join(scratch, "longer.txt");
    await writeFile(long, longStatement(20_000));
    await writeFile(longer, longStatement(70_000));
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  it("gives the same extraction as reading in this process, for one document after another", async () => {
    const worker = new DocumentWorker(DEFAULT_INGEST_LIMITS);
    try {
      for (const file of [note, template]) {
        const prepared = await worker.prepare(file);
        expect(errorOf(prepared)).toBeUndefined();
        expect(prepared).toEqual({ file, extraction: extractDocument(await readDocument(file), referenceGazetteer()) });
      }
    } finally {
      worker.stop();
    }
  });

  it("gives a bad file's reason in one line", async () => {
    const worker = new DocumentWorker(DEFAULT_INGEST_LIMITS);
    try {
      const missing = path.join(scratch, "missing.txt");
      expect(await worker.prepare(missing)).toEqual({ file: missing, error: `${missing}: unreadable (no such file)` });
      expect(await worker.prepare("/dev/zero")).toEqual({ file: "/dev/zero", error: "/dev/zero: unreadable (a character device, not a regular file)" });
    } finally {
      worker.stop();
    }
  });

  it("stops a document over its time budget, and reads the next one in a fresh worker", async () => {
    const worker = new DocumentWorker({ ...DEFAULT_INGEST_LIMITS, documentTimeoutMs: 500 });
    try {
      expect(errorOf(await worker.prepare(long))).toBe(`${long}: took longer than 0.5 s to read and extract (limit INGEST_DOCUMENT_TIMEOUT_MS)`);
      // The budget counts from the moment a ready worker takes the file, not from its start-up.
      expect(errorOf(await worker.prepare(note))).toBeUndefined();
    } finally {
      worker.stop();
    }
  });

  it("fails a document that needs more than its memory budget, and reads the next one", async () => {
    const worker = new DocumentWorker({ ...DEFAULT_INGEST_LIMITS, documentMemoryMb: 64 });
    try {
      expect(errorOf(await worker.prepare(longer))).toBe(`${longer}: needed more than 64 MB to read and extract (limit INGEST_DOCUMENT_MEMORY_MB)`);
      expect(errorOf(await worker.prepare(note))).toBeUndefined();
    } finally {
      worker.stop();
    }
  });

  it("applies the caps it is given", async () => {
    const worker = new DocumentWorker({ ...DEFAULT_INGEST_LIMITS, maxFileBytes: 100, maxRelations: 1 });
    try {
      expect(errorOf(await worker.prepare(long))).toMatch(/: too large: \d+ bytes \(limit 100\)$/);
      const small = path.join(scratch, "small.txt");
      await writeFile(small, "From: SG17\nTo: TSAG, SG13\n\nSG17 informs TSAG.");
      const prepared = await worker.prepare(small);
      expect("extraction" in prepared && prepared.extraction.relations.map((r) => r.type)).toEqual(["SENT_BY"]);
      expect("extraction" in prepared && prepared.extraction.warnings).toContain("more than 1 relations: 2 not kept");
    } finally {
      worker.stop();
    }
  });

  it("drops the document being read when stopped, and reads nothing after", async () => {
    const worker = new DocumentWorker(DEFAULT_INGEST_LIMITS);
    expect(errorOf(await worker.prepare(note))).toBeUndefined();
    const pending = worker.prepare(long);
    await new Promise((resolve) => setTimeout(resolve, 200));
    worker.stop();
    expect(await pending).toEqual({ file: long, error: `${long}: not finished (interrupted)` });
    expect(await worker.prepare(note)).toEqual({ file: note, error: `${note}: not read (interrupted)` });
  });

  it("stops while it is still starting, without waiting for it", async () => {
    const worker = new DocumentWorker(DEFAULT_INGEST_LIMITS);
    const pending = worker.prepare(note);
    worker.stop();
    expect(await pending).toEqual({ file: note, error: `${note}: not read (interrupted)` });
  });
});
