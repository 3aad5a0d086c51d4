/**
 * When a statement wants its answer: the header's deadline field, else an explicit date the
 * running text gives for the reply ("reply by 15 March 2019", "before its next meeting on 26
 * August 2019"). Only a full written date counts: "at its next meeting" or "in March" is no
 * deadline one could be overdue against.
 */
import { parseDate } from "../parse/parse-date.js";
import type { AnalyzedSentence } from "./analyzed-sentence.js";

export interface Deadline {
  /** yyyy-mm-dd. */
  readonly date: string;
  /** The header line or sentence it was read from. */
  readonly evidence: string;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NEXT_MEETING = String.raw`(?:(?:its|their|our|the)\s+next\s+meeting\s+(?:on|starting\s+on|from|of)\s+)?`;
/** Each ends where the date must begin. */
const CUES: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:repl(?:y|ies)|respon(?:d|se|ses)|answers?|comments?|feedback|views|input|information|contributions?)\b[^.;:]{0,60}?\b(?:by|before|no\s+later\s+than|not\s+later\s+than|until)\s+(?:the\s+)?${NEXT_MEETING}`,
    "gi",
  ),
  new RegExp(String.raw`\bbefore\s+(?:its|their|our|the)\s+next\s+meeting\s+(?:on|starting\s+on|from|of)\s+`, "gi"),
  /\b(?:deadline|due\s+date)(?:\s+for\s+(?:replies|reply|comments|responses?))?\s*(?:is|:|of)?\s*/gi,
];
/** A written date starts here: a day or year number, or a month name followed by a day. */
const DATE_START = /^(?:\d{1,4}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i;

/** The deadline field as an ISO date, when it is one ("2019-03-15", "15 March 2019"). */
export function headerDeadline(written: string | undefined): string | undefined {
  if (!written) return undefined;
  if (FULL_DATE.test(written.trim())) return written.trim();
  return parseDate(written);
}

/** The first explicit reply date in the running text. */
export function deadlineInText(sentences: readonly AnalyzedSentence[]): Deadline | undefined {
  for (const sentence of sentences) {
    for (const cue of CUES) {
      for (const match of sentence.text.matchAll(cue)) {
        const rest = sentence.text.slice(match.index + match[0].length, match.index + match[0].length + 40);
        if (!DATE_START.test(rest)) continue;
        const date = parseDate(rest);
        if (date) return { date, evidence: sentence.text };
      }
    }
  }
  return undefined;
}
