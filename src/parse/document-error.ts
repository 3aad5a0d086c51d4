/**
 * The one error type the readers throw, so that the caller (the ingest command) can report a bad
 * file in one line and go on with the next one instead of failing the whole batch.
 */

export type DocumentErrorCode =
  | "UNREADABLE"
  | "EMPTY"
  | "BINARY"
  | "UNKNOWN_FORMAT"
  | "NO_SENDER"
  | "MALFORMED"
  /** Over a configured cap: the file's size, what a .docx unzips to. */
  | "TOO_LARGE";

export class DocumentError extends Error {
  override readonly name = "DocumentError";

  constructor(
    readonly file: string,
    readonly code: DocumentErrorCode,
    /** Lower-case reason without the file name: "empty document", "unknown format (.pdf); ...". */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${reason}`, options);
  }
}

export function isDocumentError(error: unknown): error is DocumentError {
  return error instanceof DocumentError;
}
