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
  const record = parseRecord(trimmed);
  if (!record) return undefined;
  const header: string[] = [];
  let body = "";
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== "string" && typeof value !== "number") continue;
    const written = String(value).trim();
    if (!written) continue;
    if (TEXT_MEMBERS.includes(key.toLowerCase())) body ||= written;
    else if (NUMBER_MEMBERS.includes(key.toLowerCase())) header.push(`Document: ${written}`);
    else header.push(`${key.replace(/[-_]/g, " ")}: ${written.replace(/\s*\n\s*/g, " ")}`);
  }
  return header.length > 0 ? `${header.join("\n")}\n\n${body.replace(/\t/g, " ")}` : undefined;
}

const MEMBER = /"([\w -]{1,40})"\s*:\s*(?:"((?:[^"\\]|\\.)*)("?)|(-?\d+(?:\.\d+)?))/g;

/**
 * The first record; a text cut short (exports saved in part) still gives the members it holds,
 * the last string up to where the text ends.
 */
function parseRecord(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    const record = Array.isArray(parsed) ? parsed[0] : parsed;
    return record && typeof record === "object" ? (record as Record<string, unknown>) : undefined;
  } catch {
    const record: Record<string, unknown> = {};
    const firstEnd = text.indexOf("}");
    const scope = firstEnd > 0 ? text.slice(0, firstEnd) : text;
    for (const m of scope.matchAll(MEMBER)) {
      const key = m[1] ?? "";
      if (key in record) break;
      record[key] = m[4] !== undefined ? Number(m[4]) : unescapeJson(m[2] ?? "");
    }
    return Object.keys(record).length > 0 ? record : undefined;
  }
}

function unescapeJson(value: string): string {
  try {
    return JSON.parse(`"${value.replace(/\\$/, "")}"`) as string;
  } catch {
    return value.replace(/\\n/g, "\n").replace(/\\t/g, "\t").replace(/\\"/g, '"');
  }
}
