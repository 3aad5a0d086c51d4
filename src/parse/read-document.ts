/**
 * The entry point of src/parse: a file (or, for tests, a string) to a ParsedDocument. The
 * extension only chooses how to get text out of the bytes and breaks ties; the reader is chosen
 * from the content, because liaison statements are saved under whatever name a person picked.
 */

import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ParsedDocument } from "./parsed-document.js";
import { decodeText, normalizeText, sniffBinary } from "./decode-text.js";
import { detectFormat, type FormatHint } from "./detect-format.js";
import { DocumentError } from "./document-error.js";
import { extractDocText } from "./extract-doc-text.js";
import { extractPdfText } from "./extract-pdf-text.js";
import { extractDocxText, paragraphPerLine } from "./read-docx.js";
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

export async function readDocument(file: string): Promise<ParsedDocument> {
  const hint = hintFor(file);
  const bytes = await readBytes(file);
  if (bytes.length === 0) throw new DocumentError(file, "EMPTY", "empty document (0 bytes)");
  if (hint === "docx") return parseText(file, await extractDocxText(file, bytes), "docx");
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

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "no such file" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "is a directory" : (code ?? String(error));
    throw new DocumentError(file, "UNREADABLE", `unreadable (${reason})`, { cause: error });
  }
}
