/**
 * Dates as liaison statements write them, to ISO yyyy-mm-dd. ITU documents name meetings by a
 * range ("Geneva, 20-29 March 2017"); the first day is the one we keep, since an LS is agreed
 * during the meeting and the first day is the only one we can claim without guessing.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const DASH = "\\s*(?:[-\u2010-\u2015]|to)\\s*";
const YEAR = "(\\d{4})";

interface DatePattern {
  readonly regex: RegExp;
  readonly pick: (match: RegExpExecArray) => [year: string, month: string, day: string] | undefined;
}

const PATTERNS: readonly DatePattern[] = [
  // 2017-03-21, 2017/03/21, 2017.03.21
  { regex: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/gi, pick: (m) => [g(m, 1), g(m, 2), g(m, 3)] },
  // 28 February - 3 March 2017
  {
    regex: new RegExp(`\\b${DAY}\\s+${MONTH}${DASH}\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+${YEAR}\\b`, "gi"),
    pick: (m) => [g(m, 4), g(m, 2), g(m, 1)],
  },
  // 20-29 March 2017, 21 March 2017, 21st of March, 2017; no boundary before the day, since
  // lost line breaks glue it to a number ("LS 311 May 2018" is LS 3 of 11 May 2018).
  {
    regex: new RegExp(`${DAY}(?:${DASH}\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, "gi"),
    pick: (m) => [g(m, 3), g(m, 2), g(m, 1)],
  },
  // March 21, 2017; March 20-29, 2017
  {
    regex: new RegExp(`\\b${MONTH}\\s+${DAY}(?:${DASH}\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+${YEAR}\\b`, "gi"),
    pick: (m) => [g(m, 3), g(m, 1), g(m, 2)],
  },
  // 21/03/2017, 21.03.2017: ITU writes day first; month first only when the day cannot be a month.
  {
    regex: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g,
    pick: (m) => {
      const [first, second] = [Number(g(m, 1)), Number(g(m, 2))];
      return first <= 12 && second > 12 ? [g(m, 3), g(m, 1), g(m, 2)] : [g(m, 3), g(m, 2), g(m, 1)];
    },
  },
];

const MONTH_ONLY = new RegExp(`\\b${MONTH}[,\\s]+${YEAR}\\b|\\b${YEAR}-${MONTH}\\b`, "gi");

/** "May 2002", "XX September 2006", "2004-Nov-16-25" as yyyy-mm: the first month a text names. */
export function parseMonth(text: string | undefined): string | undefined {
  if (!text) return undefined;
  for (const m of text.matchAll(MONTH_ONLY)) {
    const [month, year] = m[1] ? [m[1], m[2]] : [m[4], m[3]];
    const iso = toIso(year ?? "", month ?? "", "1");
    if (iso) return iso.slice(0, 7);
  }
  return undefined;
}

/** The first valid date written anywhere in `text`, as yyyy-mm-dd, or undefined. */
export function parseDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let best: { index: number; length: number; iso: string } | undefined;
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let match = pattern.regex.exec(text); match; match = pattern.regex.exec(text)) {
      const parts = pattern.pick(match);
      const iso = parts && toIso(...parts);
      if (!iso) continue;
      // The earliest date wins; at the same position the longer reading (a range) wins.
      if (!best || match.index < best.index || (match.index === best.index && match[0].length > best.length)) {
        best = { index: match.index, length: match[0].length, iso };
      }
      break;
    }
  }
  return best?.iso;
}

function toIso(year: string, month: string, day: string): string | undefined {
  const y = Number(year);
  const m = /^\d+$/.test(month) ? Number(month) : MONTHS[month.toLowerCase().replace(/\.$/, "")];
  const d = Number(day);
  if (!m || y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return undefined;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function g(match: RegExpExecArray, group: number): string {
  return match[group] ?? "";
}
