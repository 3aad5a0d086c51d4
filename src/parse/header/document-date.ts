/**
 * The statement's own date. Header fields say it best (posted, submitted, dated); without them,
 * the first date the top of the document writes (a cover sheet's "27 October 2006", an RFC's
 * "January 2001", a title's "as of November 2023"). A month-only date is refined by a dated
 * line of the same month nearby ("Date: May 2002" and "agreed 16 May 2002"): the later day,
 * since a statement is agreed at the end of its meeting.
 */
import { parseDate, parseMonth } from "../parse-date.js";

/** How much of the top of the text may hold the date when no field does. */
const TOP = 1500;

export function documentDate(fieldValues: readonly string[], top: readonly string[]): string | undefined {
  const topText = top.join("\n").slice(0, TOP);
  for (const value of fieldValues) {
    const date = parseDate(value) ?? parseMonth(value);
    if (date) return refine(date, topText);
  }
  // Line by line: a cover sheet's own date comes before the dates its text mentions.
  for (const line of topText.split("\n")) {
    const date = parseDate(line) ?? parseMonth(line);
    if (date) return refine(date, topText);
  }
  return undefined;
}

function refine(date: string, text: string): string {
  if (date.length !== 7) return date;
  const sameMonth = allDates(text).filter((d) => d.startsWith(`${date}-`));
  return sameMonth.sort().at(-1) ?? date;
}

function allDates(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split(/\n|(?<=\d{4})\s/)) {
    const date = parseDate(line);
    if (date) found.push(date);
  }
  return found;
}
