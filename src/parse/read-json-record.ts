/**
 * Liaison records exported as JSON (a 3GPP tdoc list entry, a Datatracker API object): the
 * members become labelled lines ("title: ...", "source: ..."), read like any other header, and
 * the abstract or body becomes the text. Unknown members are dropped; nested values ignored.
 */

const TEXT_MEMBERS = ["body", "abstract", "text", "description"];
const NUMBER_MEMBERS = ["name", "tdoc", "number", "id"];

/** The record as header lines plus text, or undefined when `text` is not a JSON record. */
export function jsonRecordAsText(text: string): string | undefined {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  const record = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!record || typeof record !== "object") return undefined;
  const header: string[] = [];
  let body = "";
  for (const [key, value] of Object.entries(record as Record<string, unknown>)) {
    if (typeof value !== "string" && typeof value !== "number") continue;
    const written = String(value).trim();
    if (!written) continue;
    if (TEXT_MEMBERS.includes(key.toLowerCase())) body ||= written;
    else if (NUMBER_MEMBERS.includes(key.toLowerCase())) header.push(`Document: ${written}`);
    else header.push(`${key.replace(/[-_]/g, " ")}: ${written.replace(/\s*\n\s*/g, " ")}`);
  }
  return header.length > 0 ? `${header.join("\n")}\n\n${body.replace(/\t/g, " ")}` : undefined;
}
