/**
 * Which reader a document needs, decided from its content: a .txt may hold an ITU notification,
 * a pasted LS template or a saved IETF page, and a .docx is usually the ITU template. The file
 * extension only breaks ties (Markdown vs plain text, plain text from Word).
 */

import type { DocumentFormat } from "./parsed-document.js";
import { looksLikeMarkdown, stripMarkdown } from "./strip-markdown.js";

/** What the file extension suggests. */
export type FormatHint = "docx" | "doc" | "pdf" | "markdown" | "plain-text";

export const ITU_HANDLE_LINK = /https?:\/\/handle\.itu\.int\/11\.1002\/ls\/[A-Za-z0-9-]+/i;

const IETF_DISTINCTIVE = [
  "From Groups?", "To Groups?", "Submitted Date", "Posted Date", "From Contacts?", "To Contacts?",
  "Response Contacts?", "Technical Contacts?", "Liaisons referred by this one", "Liaisons referring to this one",
];
const IETF_COMMON = ["Title", "State", "Purpose", "Deadline", "Attachments", "Body", "Cc"];

const TEMPLATE_LABELS = [
  "Questions?", "Question\\(s\\)", "Source", "Title", "For action to", "For comment to", "For information to",
  "Approval", "Deadline", "Contact", "Meeting, date", "Place/Date", "Study Group", "Working Party",
];
// Leading white space stays on its line ([^\S\n]): a \s* there would run over every following
// blank line from every line start, quadratic in a run of empty lines.
const TEMPLATE_MARKERS = [
  /^[^\S\n]*LIAISON STATEMENT\s*$/m,
  /^[^\S\n]*INTERNATIONAL TELECOMMUNICATION UNION\s*$/im,
  /^[^\S\n]*TELECOMMUNICATION\s+STANDARDIZATION SECTOR\s*$/im,
  /^[^\S\n]*STUDY PERIOD\s+\d{4}\s*[-\u2013]\s*\d{4}\s*$/im,
];

export function detectFormat(text: string, hint?: FormatHint): DocumentFormat {
  const markdown = hint === "markdown" || ((hint === undefined || hint === "plain-text") && looksLikeMarkdown(text));
  const structured = detectStructuredFormat(markdown ? stripMarkdown(text).text : text);
  if (structured) return structured;
  if (markdown) return "markdown";
  return hint === "docx" || hint === "doc" || hint === "pdf" ? hint : "plain-text";
}

/** The publisher formats, recognizable whatever the file type; undefined for free text. */
export function detectStructuredFormat(
  text: string,
): "itu-notification" | "ietf-datatracker" | "itu-ls-template" | undefined {
  if (/\bnew liaison statement has been received\b/i.test(text)) return "itu-notification";
  if (ITU_HANDLE_LINK.test(text) && hasLabel(text, "Abstract") && !isTemplate(text)) return "itu-notification";
  if (/datatracker\.ietf\.org\/liaison\/\d+/i.test(text)) return "ietf-datatracker";
  const distinctive = countLabels(text, IETF_DISTINCTIVE, true);
  if (distinctive >= 2 || (distinctive >= 1 && countLabels(text, IETF_COMMON, true) >= 2)) return "ietf-datatracker";
  if (isTemplate(text)) return "itu-ls-template";
  return undefined;
}

function isTemplate(text: string): boolean {
  const labels = countLabels(text, TEMPLATE_LABELS, false);
  const markers = TEMPLATE_MARKERS.filter((marker) => marker.test(text)).length;
  const addressed = countLabels(text, ["For action to", "For comment to", "For information to"], false);
  const sourced = countLabels(text, ["Source", "Approval"], false);
  return (markers >= 1 && labels >= 2) || (addressed >= 1 && sourced >= 1 && labels >= 3);
}

/**
 * A label at a line start or after a tab, then a colon (or a tab). The label is matched first and
 * what precedes it is checked behind it: "(?:^|\t)[ \t]*" in front would be tried from every
 * tab of a long run of tabs, each time to the end of the run.
 */
function hasLabel(text: string, label: string, colonOptional = false): boolean {
  const colon = colonOptional ? "(?:[ \\t]*:|\\t)" : "[ \\t]*:";
  return new RegExp(`(?:${label})(?<=(?:^|\\t)[ \\t]*(?:${label}))${colon}`, "im").test(text);
}

function countLabels(text: string, labels: readonly string[], colonOptional: boolean): number {
  return labels.filter((label) => hasLabel(text, label, colonOptional)).length;
}
