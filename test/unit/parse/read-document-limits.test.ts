import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocumentError } from "../../../src/parse/document-error.js";
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_UNZIPPED_BYTES, readDocument } from "../../../src/parse/read-document.js";
import { documentXml, writeDocx, writeZip } from "../../support/write-zip.js";

async function failure(promise: Promise<unknown>): Promise<DocumentError> {
  const error: unknown = await promise.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(DocumentError);
  return error as DocumentError;
}

const STATEMENT = "From: ITU-T SG17\nTo: TSAG\nSG17 informs TSAG of its work on distributed ledgers.";

describe("readDocument reads only regular files", () => {
  let scratch: string;
  let socketServer: Server | undefined;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), "read-limits-"));
  });
  afterAll(async () => {
    socketServer?.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it("refuses a named pipe without opening it (no reader waits for a writer)", async () => {
    const fifo = path.join(scratch, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    const error = await failure(readDocument(fifo));
    expect(error.code).toBe("UNREADABLE");
    expect(error.message).toBe(`${fifo}: unreadable (a named pipe (FIFO), not a regular file)`);
  });

  it("refuses a device such as /dev/zero, which never ends", async () => {
    const error = await failure(readDocument("/dev/zero"));
    expect(error.message).toBe("/dev/zero: unreadable (a character device, not a regular file)");
  });

  it("refuses a directory named like a document", async () => {
    const folder = path.join(scratch, "statement.docx");
    await mkdir(folder);
    expect((await failure(readDocument(folder))).message).toBe(`${folder}: unreadable (is a directory)`);
  });

  it("refuses a socket", async () => {
    const socket = path.join(scratch, "socket.txt");
    socketServer = createServer();
    await new Promise<void>((resolve) => socketServer?.listen(socket, resolve));
    expect((await failure(readDocument(socket))).message).toBe(`${socket}: unreadable (a socket, not a regular file)`);
  });

  it("follows a symbolic link to a regular file", async () => {
    const target = path.join(scratch, "target.txt");
    await writeFile(target, STATEMENT);
    const link = path.join(scratch, "link.txt");
    execFileSync("ln", ["-s", target, link]);
    expect((await readDocument(link)).senders).toEqual(["ITU-T SG17"]);
  });
});

describe("readDocument size caps", () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), "read-caps-"));
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  it("has documented defaults", () => {
    expect(DEFAULT_MAX_FILE_BYTES).toBe(20 * 1024 * 1024);
    expect(DEFAULT_MAX_UNZIPPED_BYTES).toBe(50 * 1024 * 1024);
  });

  it("refuses a file over the size cap before reading it", async () => {
    const file = path.join(scratch, "large.txt");
    await writeFile(file, `${STATEMENT}\n${"x".repeat(2_000)}`);
    const error = await failure(readDocument(file, { maxFileBytes: 1_000 }));
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toBe(`${file}: too large: ${STATEMENT.length + 2_001} bytes (limit 1000)`);
    expect((await readDocument(file, { maxFileBytes: 10_000 })).senders).toEqual(["ITU-T SG17"]);
  });

  it("reads a .docx within its caps", async () => {
    const file = path.join(scratch, "fine.docx");
    await writeFile(file, writeDocx(documentXml(STATEMENT)));
    expect((await readDocument(file)).senders).toEqual(["ITU-T SG17"]);
  });

  it("refuses a zip bomb from what it declares, before anything inflates", async () => {
    const file = path.join(scratch, "bomb.docx");
    // 10 MB of one letter deflates to about 10 KB (test/security has one of 200 MB for the default cap).
    const xml = documentXml(`${STATEMENT}\n${"a".repeat(10 * 1024 * 1024)}`);
    await writeFile(file, writeDocx(xml));
    const error = await failure(readDocument(file, { maxUnzippedBytes: 1_000_000 }));
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toMatch(new RegExp(`^${escape(file)}: too large: \\.docx unzips to \\d+ bytes \\(limit 1000000\\)$`));
    expect(Number(/unzips to (\d+)/.exec(error.message)?.[1])).toBeGreaterThan(Buffer.byteLength(xml));
  });

  it("refuses a part that inflates to more than it declares", async () => {
    const file = path.join(scratch, "liar.docx");
    await writeFile(file, writeDocx(documentXml(`${STATEMENT}\n${"a".repeat(1_000_000)}`), [], 2_000));
    const error = await failure(readDocument(file));
    expect(error.code).toBe("MALFORMED");
    expect(error.message).toBe(`${file}: malformed .docx (word/document.xml unzips to more than the 2000 bytes it declares)`);
  });

  it("honours a configured unzipped-size cap", async () => {
    const file = path.join(scratch, "capped.docx");
    await writeFile(file, writeDocx(documentXml(`${STATEMENT}\n${"b".repeat(50_000)}`)));
    expect((await failure(readDocument(file, { maxUnzippedBytes: 10_000 }))).code).toBe("TOO_LARGE");
  });

  it("refuses an archive of too many parts", async () => {
    const file = path.join(scratch, "parts.docx");
    const parts = Array.from({ length: 10_001 }, (_, index) => ({ name: `word/media/p${index}.bin`, data: "x", stored: true }));
    await writeFile(file, writeDocx(documentXml(STATEMENT), parts));
    expect((await failure(readDocument(file))).message).toBe(`${file}: too large: .docx of 10004 parts (limit 10000)`);
  });

  it("refuses XML entity declarations (billion laughs) in any XML part", async () => {
    const laughs = [
      '<!DOCTYPE w:document [<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level || ""};`.repeat(10)}">`),
      "]>",
    ].join("");
    const file = path.join(scratch, "laughs.docx");
    await writeFile(file, writeDocx(documentXml(STATEMENT, laughs).replace("distributed ledgers", "&lol9;")));
    const error = await failure(readDocument(file));
    expect(error.code).toBe("MALFORMED");
    expect(error.message).toBe(`${file}: malformed .docx (word/document.xml declares a DTD; XML entity declarations are refused)`);

    const rels = path.join(scratch, "laughs-in-rels.docx");
    await writeFile(rels, writeDocx(documentXml(STATEMENT), [{ name: "word/_rels/document.xml.rels", data: `<?xml version="1.0"?>${laughs}<Relationships/>` }]));
    expect((await failure(readDocument(rels))).message).toContain("word/_rels/document.xml.rels declares a DTD");
  });

  it("refuses a truncated archive with the zip library's words", async () => {
    const file = path.join(scratch, "cut.docx");
    const whole = writeDocx(documentXml(STATEMENT));
    await writeFile(file, whole.subarray(0, whole.length - 30));
    expect((await failure(readDocument(file))).message).toBe(`${file}: malformed .docx (Corrupted zip: can't find end of central directory)`);
  });

  it("refuses a central directory that points past the end of the file", async () => {
    const file = path.join(scratch, "pointing.docx");
    const zip = writeZip([{ name: "word/document.xml", data: documentXml(STATEMENT) }]);
    // The directory's offset, in the end record, moved out of the file.
    zip.writeUInt32LE(zip.length * 2, zip.length - 6);
    await writeFile(file, zip);
    const error = await failure(readDocument(file));
    expect(error.message).toBe(`${file}: malformed .docx (Corrupted zip: central directory out of bounds)`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
