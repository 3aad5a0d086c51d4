/** ITU-T Question references as header values write them: "14/17", "Q6/17", "All/17". */

/** A question number over its study group; "21/03/2017" is a date, not Question 21/03. */
const QUESTION = /(?<=^|[\s,;(])(?:Q\.?\s*)?(?:\d{1,2}|All)\s*\/\s*\d{1,2}(?=$|[\s,;)])/gi;

export interface QuestionCell {
  /** The questions the cell names, as written. */
  readonly questions: readonly string[];
  /** Whatever else the cell says (the template puts the meeting place and date in the same row). */
  readonly rest: string;
}

export function readQuestionCell(cell: string): QuestionCell {
  const questions = [...cell.matchAll(QUESTION)].map((match) => match[0].replace(/\s+/g, " ").trim());
  const rest = cell
    .replace(QUESTION, " ")
    .replace(/(?:^|\s)(?:and|&)(?=\s|$)/gi, " ")
    .replace(/^[\s,;]+|[\s,;]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return { questions, rest };
}
