/**
 * Titles written inline: quoted (“Security Aspects of Blockchain”) or in title case
 * ("Distributed Ledger Technologies and Financial Inclusion"), which ends at the first lowercase
 * word that is not a connector.
 */

export interface Title {
  readonly title: string;
  /** Offset just after the title (after the closing quote when quoted). */
  readonly end: number;
}

const QUOTED = /^\s*[“"‘']([^”"’\n]{1,200}?)[”"’']/;
const TOKEN = /\s*([\p{L}\p{N}](?:[\p{L}\p{N}'’&/+.-]*[\p{L}\p{N}])?|&)/uy;
const CONNECTORS = new Set([
  "of", "for", "and", "&", "in", "on", "the", "including", "to", "with", "a", "an", "from", "at", "by",
]);
/** A capitalized word that starts a body's name ends the title before it. */
const BODY_START = /^(?:ITU(?:-[TRD])?|SG\d*|TSAG|TSB|IETF|COM)$/;

export function readQuoted(text: string, start: number): Title | undefined {
  const m = QUOTED.exec(text.slice(start));
  const title = m?.[1]?.trim();
  return m && title ? { title, end: start + m[0].length } : undefined;
}

export function readTitleCase(text: string, start: number): Title | undefined {
  const token = new RegExp(TOKEN.source, TOKEN.flags);
  token.lastIndex = start;
  let end = start;
  for (let m = token.exec(text); m?.[1]; m = token.exec(text)) {
    const word = m[1];
    if (/^[\p{Lu}\p{N}]/u.test(word) && !BODY_START.test(word)) end = token.lastIndex;
    else if (end === start || !CONNECTORS.has(word)) break;
  }
  const title = text.slice(start, end).trim();
  return title ? { title, end } : undefined;
}

export function readTitle(text: string, start: number): Title | undefined {
  return readQuoted(text, start) ?? readTitleCase(text, start);
}
