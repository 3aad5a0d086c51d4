/**
 * The `--json` shape of an ingest run: one object, keys always present (absent scalars are null)
 * and always in the same order, so that two runs over the same files print the same bytes.
 * Contacts are left out whatever --keep-contacts says: stdout ends up in logs and CI artifacts.
 */
import type { ExtractedEntity, Extraction } from "../extract/extraction.js";
import type { IngestedDocument, IngestFailure, IngestOutcome, IngestRun } from "./ingest-run.js";

export interface JsonEntity {
  readonly type: string;
  readonly id: string;
  readonly name: string;
}

export interface JsonRelation {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly evidence: string;
}

export interface JsonDocument {
  readonly file: string;
  readonly id: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly studyPeriod: string | null;
  readonly purpose: string | null;
  readonly from: readonly JsonEntity[];
  readonly to: readonly JsonEntity[];
  readonly cc: readonly JsonEntity[];
  readonly proposes: readonly JsonEntity[];
  /** What the document cites: the targets of its REFERENCES and of its REPLIES_TO. */
  readonly references: readonly JsonEntity[];
  readonly topics: readonly JsonEntity[];
  readonly relations: readonly JsonRelation[];
  /** What could not be found (sender, recipients, date, an unknown body); the document went in. */
  readonly warnings: readonly string[];
  /** Failures that kept part of the document out; empty for a document that was written. */
  readonly errors: readonly string[];
  readonly outcome: IngestOutcome;
}

export interface JsonRun {
  readonly documents: readonly JsonDocument[];
  readonly failed: readonly IngestFailure[];
}

export function toJsonRun(run: Pick<IngestRun, "documents" | "failed">): JsonRun {
  return {
    documents: run.documents.map(toJsonDocument),
    failed: run.failed.map((failure) => ({ file: failure.file, error: failure.error })),
  };
}

export function toJsonDocument(ingested: IngestedDocument): JsonDocument {
  const { extraction } = ingested;
  const doc = extraction.document;
  return {
    file: ingested.file,
    id: doc.id,
    title: doc.title ?? null,
    date: doc.date ?? null,
    studyPeriod: doc.studyPeriod ?? null,
    purpose: doc.purpose ?? null,
    from: extraction.from.map(toJsonEntity),
    to: extraction.to.map(toJsonEntity),
    cc: extraction.cc.map(toJsonEntity),
    proposes: extraction.proposes.map(toJsonEntity),
    references: citedEntities(extraction).map(toJsonEntity),
    topics: extraction.topics.map(toJsonEntity),
    relations: extraction.relations.map((r) => ({ type: r.type, from: r.from, to: r.to, evidence: r.evidence })),
    warnings: [...ingested.warnings],
    errors: [],
    outcome: ingested.outcome,
  };
}

/** What the document cites: what it references and what it replies to (a reply cites its original). */
function citedEntities(extraction: Extraction): ExtractedEntity[] {
  const byId = new Map(extraction.entities.map((e) => [e.id, e]));
  const replied = extraction.relations
    .filter((r) => r.type === "REPLIES_TO" && r.from === extraction.document.id)
    .map((r) => byId.get(r.to))
    .filter((e): e is ExtractedEntity => e !== undefined);
  return [...new Map([...extraction.references, ...replied].map((e) => [e.id, e])).values()];
}

export function toJsonEntity(entity: ExtractedEntity): JsonEntity {
  return { type: entity.type, id: entity.id, name: entity.name };
}

export function formatJsonRun(run: Pick<IngestRun, "documents" | "failed">): string {
  return `${JSON.stringify(toJsonRun(run), null, 2)}\n`;
}
