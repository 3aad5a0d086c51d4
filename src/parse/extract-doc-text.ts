/**
 * Legacy Word (.doc, Word 97-2003: an OLE2 compound file) to text, with word-extractor. Word keeps
 * the text as one run of characters where a paragraph ends in CR and a table cell or row in a
 * cell mark; word-extractor turns those into "\n" and "\t", so the LS template's table reads as
 * tab-separated cells, one paragraph per line, like the same table pasted as text. Footnotes and
 * endnotes follow the text (they often hold the references); page headers and footers, which
 * repeat the document number and page numbers, are left out.
 */

import { createRequire } from "node:module";
import { extractInChild, firstLine, refuseOversized, type ExtractionLimits } from "./bounded-extraction.js";
import { DocumentError } from "./document-error.js";

export type { ExtractionLimits } from "./bounded-extraction.js";

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** The Word FIB starts with this number; bit 0x0100 of its flags (offset 0x0A) is fEncrypted. */
const FIB_MAGIC = 0xa5ec;
const FIB_ENCRYPTED = 0x0100;

/** Checks that need no parsing, then the text from a child process (see bounded-extraction.ts). */
export async function extractDocText(file: string, bytes: Buffer, limits: ExtractionLimits = {}): Promise<string> {
  refuseOversized("doc", file, bytes, limits);
  if (bytes.length === 0) throw new DocumentError(file, "EMPTY", "empty document (0 bytes)");
  if (!startsWith(bytes, OLE2_SIGNATURE)) {
    throw new DocumentError(file, "MALFORMED", `malformed .doc (${notOle2(bytes)})`);
  }
  return extractInChild("doc", file, bytes, limits);
}

/** Files named .doc are often something else; say what, so the fix is obvious. */
function notOle2(bytes: Buffer): string {
  if (startsWith(bytes, ZIP_SIGNATURE)) return "a zip archive, probably a .docx, not a Word 97-2003 file";
  const head = bytes.subarray(0, 256).toString("latin1").trimStart().toLowerCase();
  if (head.startsWith("{\\rtf")) return "RTF text, not a Word 97-2003 file";
  if (head.startsWith("<")) return "HTML or XML text, not a Word 97-2003 file";
  return "not an OLE2 compound file";
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** The parts of word-extractor used here; its own types know neither these classes nor filterUnicode. */
interface WordText {
  getBody(options: { filterUnicode: boolean }): string;
  getFootnotes(options: { filterUnicode: boolean }): string;
  getEndnotes(options: { filterUnicode: boolean }): string;
}
interface OleExtractor {
  extract(reader: unknown): Promise<WordText>;
  extractWordDocument(document: unknown, fib: Buffer): Promise<WordText>;
}

/** Runs in the extraction child process. */
export async function readDocText(file: string, bytes: Uint8Array): Promise<string> {
  // The OLE extractor itself, rather than the package's front door, so that the Word header can
  // be checked for encryption first: an encrypted file would otherwise fail deep inside the
  // parser with an out-of-range read, or come out as garbage.
  const require = createRequire(import.meta.url);
  const WordOleExtractor = require("word-extractor/lib/word-ole-extractor.js") as new () => OleExtractor;
  const BufferReader = require("word-extractor/lib/buffer-reader.js") as new (buffer: Buffer) => unknown;

  class CheckedExtractor extends WordOleExtractor {
    override extractWordDocument(document: unknown, fib: Buffer): Promise<WordText> {
      if (fib.length >= 12 && fib.readUInt16LE(0) === FIB_MAGIC && (fib.readUInt16LE(0x0a) & FIB_ENCRYPTED) !== 0) {
        throw new DocumentError(file, "UNREADABLE", "encrypted .doc (a password is needed to open it)");
      }
      return super.extractWordDocument(document, fib);
    }
  }

  let word: WordText;
  try {
    word = await new CheckedExtractor().extract(new BufferReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)));
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError(file, "MALFORMED", `malformed .doc (${describe(error)})`, { cause: error });
  }
  const raw = { filterUnicode: false };
  const body = tidy(word.getBody(raw));
  const notes = [word.getFootnotes(raw), word.getEndnotes(raw)]
    .flatMap((part) => part.split("\n"))
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (body === "" && notes.length === 0) throw new DocumentError(file, "EMPTY", "empty document (no text in the .doc)");
  return [body, notes.join("\n")].filter((part) => part !== "").join("\n\n");
}

/** Lines without trailing cell marks or spaces; at most one blank line in a row. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Reads past the end of the data are what a cut-off file gives; say so rather than quote V8. */
function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ERR_OUT_OF_RANGE" || code === "ERR_BUFFER_OUT_OF_BOUNDS") {
    return "truncated or corrupt: its parts point past the end of the file";
  }
  return firstLine(error instanceof Error ? error.message : String(error));
}
