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
  return numbersIn(lines).find((n) => !n.cited)?.number;
}

/**
 * The numbers a header line cites as the statement it answers: "LS/r to ITU-T SG11 on ...
 * (SG11-LS 105)", "Reply to TSAG-LS11". Such a number is the original's, never the reply's own.
 */
export function repliedNumbers(lines: readonly string[]): string[] {
  return numbersIn(lines)
    .filter((n) => n.cited)
    .map((n) => n.written);
}

/** A word before a number saying that the line answers (or cites) another statement. */
const REPLY_MARKER = /(?:\bLS\s?\/\s?r\b|\brepl(?:y|ies|ying)\b|\brespon(?:se|ding|ds)\b|\banswer(?:s|ing)?\b|\bin reply\b|\bRe:)/i;

interface FoundNumber {
  readonly number: string;
  /** As the line writes it. */
  readonly written: string;
  /** Preceded on its line by a reply marker: the number of the statement answered. */
  readonly cited: boolean;
}

function numbersIn(lines: readonly string[]): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    for (const [pattern, format] of PATTERNS) {
      const m = pattern.exec(line);
      if (m) found.push({ number: format(m), written: m[0], cited: REPLY_MARKER.test(line.slice(0, m.index)) });
    }
  }
  return found;
}
