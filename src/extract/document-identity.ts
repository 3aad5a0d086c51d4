/** The statement's own id, text and content hash. */
import { createHash } from "node:crypto";
import { liaisonId } from "../model/canonical-ids.js";
import type { ParsedDocument } from "../parse/parsed-document.js";

/** ITU handles carry the study period: sp16 is the one WTSA-16 opened. */
const STUDY_PERIOD_OF_HANDLE: Readonly<Record<string, string>> = {
  "12": "2013-2016",
  "16": "2017-2020",
  "20": "2022-2024",
  "24": "2025-2028",
};

/** The abstract followed by the body, unless the body already repeats it. */
export function documentText(doc: ParsedDocument): string {
  const abstract = doc.abstract?.trim();
  const body = doc.body.trim();
  return abstract && !body.includes(abstract) ? `${abstract}\n\n${body}`.trim() : body;
}

/** Whitespace and Unicode normalization first, so that re-exports of one text hash alike. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text.normalize("NFC").replace(/\s+/g, " ").trim()).digest("hex");
}

export function documentId(doc: ParsedDocument, hash: string): string {
  const written = doc.id?.trim();
  if (!written) return `doc:${hash.slice(0, 16)}`;
  return liaisonId(written) ?? written;
}

export function studyPeriodOf(doc: ParsedDocument, id: string): string | undefined {
  return doc.studyPeriod ?? STUDY_PERIOD_OF_HANDLE[/^sp(\d{2})-/.exec(id)?.[1] ?? ""];
}
