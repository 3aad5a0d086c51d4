/**
 * ITU-T study periods. ITU handles and LS numbers name a period by a code taken from the year of
 * the assembly that opened it ("sp16" = WTSA-16 = 2017-2020); the period after WTSA-20 is short
 * because that assembly was postponed to 2022.
 */

const PERIOD_BY_CODE: Readonly<Record<string, string>> = {
  sp13: "2013-2016",
  sp16: "2017-2020",
  sp20: "2022-2024",
  sp24: "2025-2028",
};

/** "sp16" -> "2017-2020"; undefined for a code we do not know rather than a guess. */
export function studyPeriodFromCode(code: string): string | undefined {
  return PERIOD_BY_CODE[code.trim().toLowerCase()];
}

/** "2017-2020" -> "sp16", the inverse of studyPeriodFromCode. */
export function studyPeriodCode(period: string): string | undefined {
  const normalized = studyPeriodFromText(period) ?? period;
  return Object.entries(PERIOD_BY_CODE).find(([, value]) => value === normalized)?.[0];
}

/** "STUDY PERIOD 2017 – 2020", "Study Period 2017-2020" -> "2017-2020". */
export function studyPeriodFromText(text: string): string | undefined {
  const match = /\b((?:19|20)\d{2})\s*[-\u2010-\u2015/]\s*((?:19|20)\d{2})\b/.exec(text);
  if (!match) return undefined;
  const [, start, end] = match;
  if (!start || !end) return undefined;
  const span = Number(end) - Number(start);
  return span >= 1 && span <= 5 ? `${start}-${end}` : undefined;
}
