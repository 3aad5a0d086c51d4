/**
 * Word documents to text. Only the text matters to the readers; mammoth gives each paragraph
 * (and each table cell's paragraph) followed by a blank line, which we fold into one paragraph
 * per line so that a template's table reads like the same table pasted as text.
 */

import mammoth from "mammoth";
import { DocumentError } from "./document-error.js";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

export async function extractDocxText(file: string, bytes: Buffer): Promise<string> {
  if (!ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
    throw new DocumentError(file, "MALFORMED", "malformed .docx (not a zip archive)");
  }
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: bytes })).value;
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new DocumentError(file, "MALFORMED", `malformed .docx (${detail})`, { cause: error });
  }
  return paragraphPerLine(raw);
}

/** Mammoth ends every paragraph with "\n\n"; empty paragraphs (Word's spacing) disappear. */
export function paragraphPerLine(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .join("\n");
}
