/** One line per failed document, naming the file first (readers already phrase theirs that way). */
import { isDocumentError } from "../parse/document-error.js";

export function describeFailure(file: string, error: unknown): string {
  if (isDocumentError(error)) return oneLine(error.message);
  const reason = error instanceof Error ? error.message : String(error);
  return `${file}: ${oneLine(reason)}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}
