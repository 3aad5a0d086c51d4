/** Dates as documents write them ("March 21, 2017", "21-22 March 2017", "2017-03-21") to ISO. */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
  "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept?", "Oct", "Nov", "Dec",
];
const MONTH = `(${MONTH_NAMES.join("|")})\\.?`;
const RANGE = "(?:\\s*[-–]\\s*\\d{1,2})?";

export interface FoundDate {
  /** `yyyy-mm-dd`, or `yyyy-mm` when the day is not written. */
  readonly date: string;
  readonly index: number;
}

const pad = (n: number | string): string => String(n).padStart(2, "0");
const month = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

const FORMATS: ReadonlyArray<readonly [RegExp, (m: RegExpMatchArray) => string | undefined]> = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => `${m[1]}-${m[2]}-${m[3]}`],
  [
    new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${RANGE},?\\s+(\\d{4})\\b`, "g"),
    (m) => `${m[3]}-${pad(month(m[1] ?? ""))}-${pad(m[2] ?? "")}`,
  ],
  [
    new RegExp(`\\b(\\d{1,2})${RANGE}\\s+${MONTH},?\\s+(\\d{4})\\b`, "g"),
    (m) => `${m[3]}-${pad(month(m[2] ?? ""))}-${pad(m[1] ?? "")}`,
  ],
  [new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, "g"), (m) => `${m[2]}-${pad(month(m[1] ?? ""))}`],
];

function valid(date: string): boolean {
  const [y, m, d] = date.split("-").map(Number);
  if (!y || !m || m > 12) return false;
  return d === undefined || (d >= 1 && d <= 31);
}

/** All dates in the text, in order; a full date wins over a month-year found at the same place. */
export function findDates(text: string): FoundDate[] {
  const found: Array<FoundDate & { end: number }> = [];
  for (const [pattern, toIso] of FORMATS) {
    for (const m of text.matchAll(pattern)) {
      const date = toIso(m);
      const end = m.index + m[0].length;
      const overlaps = found.some((f) => m.index < f.end && end > f.index);
      if (date && valid(date) && !overlaps) found.push({ date, index: m.index, end });
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ date, index }) => ({ date, index }));
}
