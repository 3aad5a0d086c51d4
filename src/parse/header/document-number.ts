/**
 * The number a body gave the statement, when the header writes one in a form that names the
 * body too, so that it identifies the document on its own: ITU `COM 2-LS 42`, `SG13-LS136`,
 * `TSAG-LS11`, 3GPP tdocs (`S6-252007`, `C4-185292`, `SP-241404`), ITU-R/ITU-D meeting
 * documents (`RAG2000-1/20-E`), ISO/IEC JTC 1 document numbers (`ISO/IEC JTC 1/SC 2 N 3557`).
 * A bare "LS 3" is not enough: every group has one.
 */

const PATTERNS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string]> = [
  [/\bCOM\s?(\d{1,2})\s?[-\u2013]\s?LS\s?(\d{1,4})\b/i, (m) => `COM${Number(m[1])}-LS${Number(m[2])}`],
  [/\b(SG\s?\d{1,2}|TSAG|TDAG|RAG)\s?[-\u2013]\s?LS\s?(\d{1,4})\b/i, (m) => `${(m[1] ?? "").replace(/\s/g, "").toUpperCase()}-LS${Number(m[2])}`],
  // 3GPP tdocs: six digits until 2019, seven since; alone or at the end of the meeting line.
  [/(?<![\w-])([SRC][P1-6]-\d{6,7})(?![\w-])/, (m) => m[1] ?? ""],
  [/\b((?:RAG|TDAG|TSAG)\d{2,4}-\d\/\d{1,4}(?:\(Rev\.\d\))?-[EFS])\b/, (m) => m[1] ?? ""],
  [/\b(ISO\/IEC\s+JTC\s?1(?:\/SC\s?\d{1,2})?(?:\/WG\s?\d{1,2})?)\s+N\s?(\d{2,6})\b/i, (m) => `${(m[1] ?? "").replace(/\s+/g, " ")} N${m[2]}`],
];

export function documentNumber(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    for (const [pattern, format] of PATTERNS) {
      const m = pattern.exec(line.trim());
      if (m) return format(m);
    }
  }
  return undefined;
}
