/**
 * Word documents to text. Only the text matters to the readers; mammoth gives each paragraph
 * (and each table cell's paragraph) followed by a blank line, which we fold into one paragraph
 * per line so that a template's table reads like the same table pasted as text.
 *
 * Before mammoth sees the archive, it is checked without trusting it: what it declares it unzips
 * to (a zip bomb is refused before anything inflates), that no part inflates to more than it
 * declares, and that no XML part declares a DTD. Word never writes one (Office Open XML forbids
 * it), and a DTD is what entity expansion ("billion laughs") needs.
 */

import mammoth from "mammoth";
import { DocumentError } from "./document-error.js";
import { inflateEntry, zipEntries, ZipFormatError, type ZipEntry } from "./zip-entries.js";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** What a .docx may unzip to, all parts together (media included). */
export const DEFAULT_MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;
/** Parts of one archive; a real document has tens. */
const MAX_PARTS = 10_000;
const XML_PART = /\.(?:xml|rels)$/i;
const DTD_MARKERS = ["<!DOCTYPE", "<!ENTITY"];

export interface DocxLimits {
  readonly maxUnzippedBytes?: number;
}

export async function extractDocxText(file: string, bytes: Buffer, limits: DocxLimits = {}): Promise<string> {
  if (!ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
    throw new DocumentError(file, "MALFORMED", "malformed .docx (not a zip archive)");
  }
  inspectArchive(file, bytes, limits.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED_BYTES);
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: bytes })).value;
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new DocumentError(file, "MALFORMED", `malformed .docx (${detail})`, { cause: error });
  }
  return paragraphPerLine(raw);
}

function inspectArchive(file: string, bytes: Buffer, maxUnzippedBytes: number): void {
  let entries: ZipEntry[];
  try {
    entries = zipEntries(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError) throw new DocumentError(file, "MALFORMED", `malformed .docx (${error.message})`, { cause: error });
    throw error;
  }
  if (entries.length > MAX_PARTS) {
    throw new DocumentError(file, "TOO_LARGE", `too large: .docx of ${entries.length} parts (limit ${MAX_PARTS})`);
  }
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > maxUnzippedBytes) {
    throw new DocumentError(file, "TOO_LARGE", `too large: .docx unzips to ${declared} bytes (limit ${maxUnzippedBytes})`);
  }
  for (const entry of entries) {
    let inflated: Buffer | undefined;
    try {
      inflated = inflateEntry(bytes, entry);
    } catch (error) {
      if (error instanceof ZipFormatError) throw new DocumentError(file, "MALFORMED", `malformed .docx (${error.message})`, { cause: error });
      throw error;
    }
    // Methods mammoth cannot read either fail there, with its own message.
    if (inflated === undefined && (entry.method === 0 || entry.method === 8)) {
      throw new DocumentError(file, "MALFORMED", `malformed .docx (${entry.name} unzips to more than the ${entry.uncompressedSize} bytes it declares)`);
    }
    if (inflated !== undefined && XML_PART.test(entry.name) && DTD_MARKERS.some((marker) => inflated.includes(marker))) {
      throw new DocumentError(file, "MALFORMED", `malformed .docx (${entry.name} declares a DTD; XML entity declarations are refused)`);
    }
  }
}

/** Mammoth ends every paragraph with "\n\n"; empty paragraphs (Word's spacing) disappear. */
export function paragraphPerLine(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .join("\n");
}
