/**
 * One node per liaison statement, however it is cited. An ITU statement is ingested under its
 * handle (`sp16-sg15-oLS-00102`, which the template reader derives from "SG15-LS102" and the
 * study period), while a reply cites it by its number ("SG15-LS102"): the number is turned into
 * the same handle, so that the reply's REPLIES_TO and the statement meet whichever is ingested
 * first (the cited one is kept as a stub node until its own ingestion fills it).
 */
import type { CanonicalEntity } from "../model/canonical-ids.js";
import { handleNameFromLsNumber } from "../parse/itu-handle.js";
import { studyPeriodFromCode } from "../parse/study-period.js";
import type { ExtractionBuilder } from "./extraction-builder.js";

/**
 * The last day of each World Telecommunication Standardization Assembly, with the code of the
 * period it opened: a document dated after it belongs to that period (WTSA-20 met in 2022).
 */
const ASSEMBLY_ENDS: ReadonlyArray<readonly [date: string, code: string]> = [
  ["2024-10-24", "sp24"],
  ["2022-03-09", "sp20"],
  ["2016-11-03", "sp16"],
  ["2012-11-29", "sp13"],
];

/** The ITU-T study period a dated document falls in (ISO date, at least yyyy-mm). */
export function studyPeriodAt(date: string | undefined): string | undefined {
  if (!date || !/^\d{4}-\d{2}/.test(date)) return undefined;
  const code = ASSEMBLY_ENDS.find(([end]) => date > end)?.[1];
  return code ? studyPeriodFromCode(code) : undefined;
}

const ITU_NUMBER = /^(?:SG\d{1,2}|TSAG)-LS\d{1,5}$/;

/**
 * The entity a cited liaison statement stands for: an ITU number becomes the handle of the
 * citing document's study period (a statement answers one of its own period, or of the end of
 * the previous one: the one case this cannot tell apart).
 */
export function citedLiaison(entity: CanonicalEntity, studyPeriod: string | undefined): CanonicalEntity {
  if (entity.type !== "LiaisonStatement" || !ITU_NUMBER.test(entity.id)) return entity;
  const handle = handleNameFromLsNumber(entity.id, studyPeriod);
  return handle ? { type: "LiaisonStatement", id: handle, name: entity.id } : entity;
}

/** A statement's own id: its ITU number as the handle its citations use (see citedLiaison). */
export function ownLiaisonId(id: string, studyPeriod: string | undefined, date: string | undefined): string {
  return citedLiaison({ type: "LiaisonStatement", id, name: id }, studyPeriod ?? studyPeriodAt(date)).id;
}

/**
 * The citing document's study period, per extraction: header fields are read before any sentence
 * (src/extract/extract-document.ts), so the period is known by the time sentences cite liaisons.
 * Kept beside the builder rather than in the shared context, which carries no document fields.
 */
const citingPeriods = new WeakMap<ExtractionBuilder, string | undefined>();

export function setCitingPeriod(builder: ExtractionBuilder, studyPeriod: string | undefined): void {
  citingPeriods.set(builder, studyPeriod);
}

export function citingPeriod(builder: ExtractionBuilder): string | undefined {
  return citingPeriods.get(builder);
}
