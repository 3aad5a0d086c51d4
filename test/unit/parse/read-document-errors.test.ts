import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocumentError } from "../../../src/parse/document-error.js";
import { parseText, readDocument } from "../../../src/parse/read-document.js";
import { fixture } from "./paths.js";

async function failure(promise: Promise<unknown>): Promise<DocumentError> {
  const error: unknown = await promise.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(DocumentError);
  return error as DocumentError;
}

describe("readDocument errors", () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), "parse-errors-"));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it.each([
    ["bad/empty.txt", "EMPTY", "empty document (0 bytes)"],
    ["bad/whitespace-only.txt", "EMPTY", "empty document (only whitespace)"],
    ["bad/binary.txt", "BINARY", "binary content (contains NUL bytes); expected text"],
    ["bad/notes.pdf", "MALFORMED", "malformed .pdf (truncated: no %%EOF end marker)"],
    ["bad/not-a-zip.docx", "MALFORMED", "malformed .docx (not a zip archive)"],
    ["bad/truncated.docx", "MALFORMED", "malformed .docx (Corrupted zip: can't find end of central directory)"],
  ] as const)("%s: %s", async (name, code, reason) => {
    const file = fixture(name);
    const error = await failure(readDocument(file));
    expect(error.code).toBe(code);
    expect(error.file).toBe(file);
    expect(error.message).toBe(`${file}: ${reason}`);
    expect(error.message).not.toContain("\n");
  });

  it("keeps a document that names no sender: what it says is still worth having", async () => {
    const file = fixture("plain-text/no-sender.txt");
    const doc = await readDocument(file);
    expect(doc.senders).toEqual([]);
    expect(doc.body.length).toBeGreaterThan(0);
  });

  it("names the file and the reason for a missing file", async () => {
    const error = await failure(readDocument("does/not/exist.txt"));
    expect(error.code).toBe("UNREADABLE");
    expect(error.message).toBe("does/not/exist.txt: unreadable (no such file)");
  });

  it("rejects a directory", async () => {
    const error = await failure(readDocument(scratch));
    expect(error.code).toBe("UNREADABLE");
    expect(error.message).toBe(`${scratch}: unreadable (is a directory)`);
  });

  it("rejects text made mostly of control bytes", async () => {
    const file = path.join(scratch, "control.txt");
    await writeFile(file, Buffer.from(Array.from({ length: 200 }, (_, index) => (index % 3 === 0 ? 0x41 : 0x01))));
    const error = await failure(readDocument(file));
    expect(error.code).toBe("BINARY");
    expect(error.message).toBe(`${file}: binary content (mostly non-text bytes); expected text`);
  });

  it("checks the extension before reading, case-insensitively", async () => {
    expect((await failure(readDocument("missing.RTF"))).code).toBe("UNKNOWN_FORMAT");
    const upper = path.join(scratch, "LS.TXT");
    await writeFile(upper, "From: TSAG\n\nTSAG agreed.");
    expect((await readDocument(upper)).senders).toEqual(["TSAG"]);
  });

  it("rejects empty strings in parseText too", () => {
    expect(() => parseText("s.txt", "\uFEFF \r\n\t")).toThrowError("s.txt: empty document (only whitespace)");
  });
});
