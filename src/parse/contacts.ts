/**
 * People named in header fields. Two shapes occur: a list of "Name <mail>" entries (IETF pages,
 * mail headers), and the ITU template's block of name, affiliation lines, Tel. and E-mail.
 */

import type { Contact } from "./parsed-document.js";
import { isPlaceholder } from "./header-fields.js";

/** Starts only where a run of address characters starts, so a long run is scanned once, not once per character. */
const EMAIL = /(?:mailto:)?(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/;
/** Lines of a contact block that carry a number or address rather than a name or affiliation. */
const DETAIL_LINE = /^(?:tel|telephone|phone|mob|mobile|cell|fax|e-?mail|mail|skype|web)\b\.?\s*:?/i;

/** "Alice Example <alice@example.org>, bob@example.net; Carol Example" -> three contacts. */
export function parseContactList(value: string, role?: string): Contact[] {
  const contacts: Contact[] = [];
  for (const line of value.split(/\n|;/)) {
    for (const entry of splitEntries(line)) {
      const contact = parseContactEntry(entry, role);
      if (contact) contacts.push(contact);
    }
  }
  return contacts;
}

/**
 * Commas separate entries, except inside <...> or a quoted "Example, Alice" display name: a comma
 * splits when the next angle bracket after it is not a closing one and an even number of quotes
 * follows it. Both are found in one pass from the end, so a line of many commas costs no more
 * than its length.
 */
export function splitEntries(line: string): string[] {
  const splits = new Array<boolean>(line.length).fill(false);
  let quotesAfter = 0;
  let nextAngle: "<" | ">" | undefined;
  for (let index = line.length - 1; index >= 0; index -= 1) {
    const char = line.charAt(index);
    if (char === ",") splits[index] = nextAngle !== ">" && quotesAfter % 2 === 0;
    else if (char === '"') quotesAfter += 1;
    else if (char === "<" || char === ">") nextAngle = char;
  }
  const entries: string[] = [];
  let start = 0;
  splits.forEach((split, index) => {
    if (!split) return;
    entries.push(line.slice(start, index));
    start = index + 1;
  });
  entries.push(line.slice(start));
  return entries;
}

export function parseContactEntry(entry: string, role?: string): Contact | undefined {
  const text = entry.replace(/\s+/g, " ").trim();
  if (!text || isPlaceholder(text)) return undefined;
  const email = EMAIL.exec(text)?.[1];
  const name = text
    // "<" inside a bracket starts the next one: "<<<<" is not retried to the end from each "<".
    .replace(/<[^<>]*>/g, " ")
    .replace(EMAIL, " ")
    .replace(/[()"'\u201c\u201d]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[,;:]$/, "")
    .trim();
  if (!name && !email) return undefined;
  return withoutUndefined({ name: name || undefined, email, role });
}

/**
 * The ITU template's contact block: the first line names the person (perhaps with the address),
 * the other lines up to Tel./E-mail are the affiliation and country.
 */
export function parseContactBlock(lines: readonly string[], role = "Contact"): Contact | undefined {
  const meaningful = lines.map((line) => line.replace(/\s+/g, " ").trim()).filter((line) => line && !isPlaceholder(line));
  const [first, ...rest] = meaningful;
  if (first === undefined) return undefined;
  const head = parseContactEntry(DETAIL_LINE.test(first) ? "" : first);
  const email = head?.email ?? meaningful.map((line) => EMAIL.exec(line)?.[1]).find((found) => found !== undefined);
  const affiliation = rest.filter((line) => !DETAIL_LINE.test(line) && !EMAIL.test(line)).join(", ");
  if (!head?.name && !email) return undefined;
  return withoutUndefined({ name: head?.name, email, affiliation: affiliation || undefined, role });
}

function withoutUndefined(contact: { [K in keyof Contact]: Contact[K] | undefined }): Contact {
  return Object.fromEntries(Object.entries(contact).filter(([, value]) => value !== undefined)) as Contact;
}
