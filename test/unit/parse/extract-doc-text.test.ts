import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_INPUT_BYTES } from "../../../src/parse/bounded-extraction.js";
import { DocumentError } from "../../../src/parse/document-error.js";
import { extractDocText } from "../../../src/parse/extract-doc-text.js";
import { fixture } from "./paths.js";

async function failure(promise: Promise<unknown>): Promise<DocumentError> {
  const error: unknown = await promise.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(DocumentError);
  return error as DocumentError;
}

const TEMPLATE = fixture("doc/sg16-ls9-template.doc");

const EXPECTED = [
  "INTERNATIONAL TELECOMMUNICATION UNION",
  "TELECOMMUNICATION",
  "STANDARDIZATION SECTOR",
  "STUDY PERIOD 2025-2028\tSG16-LS9",
  "\tSTUDY GROUP 16",
  "Original: English",
  "Question(s):\t21/16\tGeneva, 13-24 January 2026",
  "Source:\tITU-T Study Group 16",
  "Title:\tLS on accessibility metadata for immersive media services",
  "LIAISON STATEMENT",
  "For action to:\tITU-T SG12",
  "For comment to:\t-",
  "For information to:\tISO/IEC JTC 1/SC 29, W3C Immersive Web WG",
  "Approval:\tAgreed at SG16 meeting (Geneva, 24 January 2026)",
  "Deadline:\t3 March 2026",
  "Contact:\tDan Example",
  "Example Media Institute",
  "Examplia\tTel: +99 555 0177",
  "E-mail: dan@example.net",
  "",
  "ITU-T Study Group 16 thanks ITU-T SG12 for its liaison statement on quality metrics for immersive audio and informs it that Question 21/16 has started a draft Recommendation on accessibility metadata for immersive media services.",
  "SG16 asks SG12 to comment on the proposed caption placement parameters, in particular on how they interact with the subjective test methods that SG12 maintains.",
  "SG16 looks forward to continued collaboration with SG12 on this topic.",
  // The footnote, after the text; the page header ("SG16-LS9") is left out.
  "",
  "See the draft Recommendation text in TD 88/GEN of the January 2026 meeting.",
].join("\n");

/**
 * The template with its directory's sector chain turned into a loop (sector A -> B -> A): the
 * kind of damage that makes the parser collect sector numbers until the heap is gone.
 */
function withLoopingDirectoryChain(bytes: Buffer): Buffer {
  const looped = Buffer.from(bytes);
  const sectorSize = 1 << looped.readUInt16LE(0x1e);
  const firstFatSector = looped.readInt32LE(0x4c);
  const directory = looped.readInt32LE(0x30);
  const other = directory === 0 ? 1 : 0;
  const fatEntry = (sector: number): number => (firstFatSector + 1) * sectorSize + sector * 4;
  looped.writeInt32LE(other, fatEntry(directory));
  looped.writeInt32LE(directory, fatEntry(other));
  return looped;
}

describe("extractDocText", () => {
  it("reads an ITU LS template saved as Word 97-2003: cells tab-separated, one paragraph per line", async () => {
    expect(await extractDocText(TEMPLATE, await readFile(TEMPLATE))).toBe(EXPECTED);
  });

  it("cuts text beyond maxChars and says so", async () => {
    const text = await extractDocText(TEMPLATE, await readFile(TEMPLATE), { maxChars: 40 });
    expect(text).toBe(`${EXPECTED.slice(0, 40).trimEnd()}\n\n[text truncated: the document has more than 40 characters]`);
  });

  it.each([
    ["doc/truncated.doc", "MALFORMED", "malformed .doc (truncated or corrupt: its parts point past the end of the file)"],
    ["doc/encrypted.doc", "UNREADABLE", "encrypted .doc (a password is needed to open it)"],
    ["doc/empty.doc", "EMPTY", "empty document (no text in the .doc)"],
    ["docx/sg20-plain-statement.docx", "MALFORMED", "malformed .doc (a zip archive, probably a .docx, not a Word 97-2003 file)"],
    ["pdf/sg13-ls27-template.pdf", "MALFORMED", "malformed .doc (not an OLE2 compound file)"],
  ] as const)("%s: %s", async (name, code, reason) => {
    const file = fixture(name);
    const error = await failure(extractDocText(file, await readFile(file)));
    expect(error.code).toBe(code);
    expect(error.message).toBe(`${file}: ${reason}`);
  });

  it("names RTF saved under .doc, and a file of 0 bytes", async () => {
    const rtf = await failure(extractDocText("letter.doc", Buffer.from("{\\rtf1\\ansi Liaison}")));
    expect([rtf.code, rtf.reason]).toEqual(["MALFORMED", "malformed .doc (RTF text, not a Word 97-2003 file)"]);
    const empty = await failure(extractDocText("nothing.doc", Buffer.alloc(0)));
    expect([empty.code, empty.reason]).toEqual(["EMPTY", "empty document (0 bytes)"]);
  });

  it("refuses a file over the byte cap before parsing it", async () => {
    const bytes = await readFile(TEMPLATE);
    const error = await failure(extractDocText(TEMPLATE, bytes, { maxBytes: 4096 }));
    expect([error.code, error.reason]).toEqual(["UNREADABLE", `too large for .doc extraction (${bytes.length} bytes; limit 4096)`]);

    const huge = Buffer.alloc(DEFAULT_MAX_INPUT_BYTES + 1);
    const byDefault = await failure(extractDocText("huge.doc", huge));
    expect(byDefault.reason).toBe(`too large for .doc extraction (${huge.length} bytes; limit ${DEFAULT_MAX_INPUT_BYTES})`);
  });

  it("fails alone on a file that exhausts the parser's memory; the next file still reads", async () => {
    const hostile = withLoopingDirectoryChain(await readFile(TEMPLATE));
    const error = await failure(extractDocText("looped.doc", hostile, { maxMemoryMb: 64 }));
    expect([error.code, error.reason]).toEqual(["UNREADABLE", "unreadable .doc (extraction needed more than 64 MB of memory)"]);

    expect(await extractDocText(TEMPLATE, await readFile(TEMPLATE))).toBe(EXPECTED);
  });

  it("stops an extraction that overruns its deadline", async () => {
    const error = await failure(extractDocText(TEMPLATE, await readFile(TEMPLATE), { timeoutMs: 1 }));
    expect([error.code, error.reason]).toEqual(["UNREADABLE", "unreadable .doc (extraction took longer than 1 ms)"]);
  });
});
