/**
 * The entry point of src/parse: a file (or, for tests, a string) to a ParsedDocument. The
 * extension only chooses how to get text out of the bytes and breaks ties; the reader is chosen
 * from the content, because liaison statements are saved under whatever name a person picked.
 */

import { constants, type Stats } from "node:fs";
import { open, stat, type FileHandle } from "node:fs/promises";
import path from "node:path";
import type { ParsedDocument } from "./parsed-document.js";
import { decodeText, normalizeText, sniffBinary } from "./decode-text.js";
import { detectFormat, type FormatHint } from "./detect-format.js";
import { DocumentError } from "./document-error.js";
import { extractDocText } from "./extract-doc-text.js";
import { extractPdfText } from "./extract-pdf-text.js";
import { DEFAULT_MAX_UNZIPPED_BYTES, extractDocxText, paragraphPerLine } from "./read-docx.js";
import { readItuLsTemplate } from "./read-itu-ls-template.js";
import { readItuNotification } from "./read-itu-notification.js";
import { jsonRecordAsText } from "./read-json-record.js";
import { readLiaisonText } from "./read-liaison-text.js";
import type { ReaderOptions } from "./reader-options.js";
import { looksLikeMarkdown, stripMarkdown } from "./strip-markdown.js";

const HINT_BY_EXTENSION: Readonly<Record<string, FormatHint>> = {
  "": "plain-text",
  ".txt": "plain-text",
  ".text": "plain-text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".docx": "docx",
  ".doc": "doc",
  ".pdf": "pdf",
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(HINT_BY_EXTENSION).filter(Boolean);

/** Larger files are refused before a byte is read; liaison statements are kilobytes, rarely a few MB. */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
export { DEFAULT_MAX_UNZIPPED_BYTES };

export interface ReadLimits {
  /** Size of the file as stored. */
  readonly maxFileBytes?: number;
  /** What a .docx may unzip to, all its parts together. */
  readonly maxUnzippedBytes?: number;
}

export async function readDocument(file: string, limits: ReadLimits = {}): Promise<ParsedDocument> {
  const hint = hintFor(file);
  const bytes = await readBytes(file, limits.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  if (bytes.length === 0) throw new DocumentError(file, "EMPTY", "empty document (0 bytes)");
  if (hint === "docx") {
    const maxUnzippedBytes = limits.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED_BYTES;
    return parseText(file, await extractDocxText(file, bytes, { maxUnzippedBytes }), "docx");
  }
  // PDF and legacy Word are parsed in a child process with its own memory and time limits.
  if (hint === "pdf") return parseText(file, await extractPdfText(file, bytes), "pdf");
  if (hint === "doc") return parseText(file, await extractDocText(file, bytes), "doc");
  const verdict = sniffBinary(bytes);
  if (verdict.binary) throw new DocumentError(file, "BINARY", `binary content (${verdict.reason}); expected text`);
  return parseText(file, decodeText(bytes), hint);
}

/** Parses text already read; `hint` is what the file type suggests. */
export function parseText(file: string, text: string, hint: FormatHint = "plain-text"): ParsedDocument {
  let normalized = normalizeText(text);
  const wordText = hint === "docx" || hint === "doc";
  if (wordText) normalized = paragraphPerLine(normalized);
  if (!normalized.trim()) throw new DocumentError(file, "EMPTY", "empty document (only whitespace)");

  const format = detectFormat(normalized, hint);
  const markdown = hint === "markdown" || (hint === "plain-text" && looksLikeMarkdown(normalized));
  const stripped = markdown ? stripMarkdown(normalized) : undefined;
  const source = stripped?.text ?? normalized;
  // Word and stripped Markdown both give one paragraph per line.
  const options: ReaderOptions = wordText || markdown ? { lineMode: "paragraph-per-line" } : {};

  switch (format) {
    case "itu-notification":
      return readItuNotification(file, source, options);
    case "itu-ls-template": {
      // A template whose labels were lost or mangled still has a header the general reader finds.
      const template = readItuLsTemplate(file, source, options);
      return template.senders.length > 0 ? template : readLiaisonText(file, source, { ...options, format });
    }
    default: {
      const record = jsonRecordAsText(source);
      const heading = stripped?.headings[0];
      const textFormat = format === "markdown" || format === "docx" || format === "doc" || format === "pdf" ? format : undefined;
      return readLiaisonText(file, record ?? source, { ...options, ...(textFormat ? { format: textFormat } : {}), ...(heading ? { heading } : {}) });
    }
  }
}

function hintFor(file: string): FormatHint {
  const extension = path.extname(file).toLowerCase();
  const hint = HINT_BY_EXTENSION[extension];
  if (hint) return hint;
  throw new DocumentError(file, "UNKNOWN_FORMAT", `unknown format (${extension}); supported: ${SUPPORTED_EXTENSIONS.join(", ")}`);
}

/**
 * The file's bytes, if it is a regular file within the size cap. A FIFO would block the read
 * until someone writes to it, a device such as /dev/zero never ends, and a directory or socket
 * is no document: all are refused from their metadata, before anything is opened. The file is
 * then opened without blocking and checked again, in case the path changed in between, and read
 * no further than the cap, in case it grows.
 */
async function readBytes(file: string, maxBytes: number): Promise<Buffer> {
  let handle: FileHandle | undefined;
  try {
    refuseUnlessRegular(file, await stat(file), maxBytes);
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const opened = await handle.stat();
    refuseUnlessRegular(file, opened, maxBytes);
    return await readAtMost(file, handle, opened.size, maxBytes);
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "no such file" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "is a directory" : (code ?? String(error));
    throw new DocumentError(file, "UNREADABLE", `unreadable (${reason})`, { cause: error });
  } finally {
    await handle?.close();
  }
}

function refuseUnlessRegular(file: string, info: Stats, maxBytes: number): void {
  if (info.isDirectory()) throw new DocumentError(file, "UNREADABLE", "unreadable (is a directory)");
  if (!info.isFile()) throw new DocumentError(file, "UNREADABLE", `unreadable (${fileKind(info)}, not a regular file)`);
  if (info.size > maxBytes) throw tooLarge(file, info.size, maxBytes);
}

function fileKind(info: Stats): string {
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  if (info.isSocket()) return "a socket";
  return "not a file";
}

function tooLarge(file: string, size: number | string, maxBytes: number): DocumentError {
  return new DocumentError(file, "TOO_LARGE", `too large: ${size} bytes (limit ${maxBytes})`);
}

/** Reads to the end, or until one byte past the cap: a file that grew past it is refused too. */
async function readAtMost(file: string, handle: FileHandle, expected: number, maxBytes: number): Promise<Buffer> {
  let buffer = Buffer.allocUnsafe(Math.min(expected, maxBytes) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) throw tooLarge(file, `more than ${maxBytes}`, maxBytes);
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
    if (bytesRead === 0) return buffer.subarray(0, length);
    length += bytesRead;
  }
}
