/**
 * Collects entities and relations while the pattern modules run, so that each module only says
 * what it found: duplicates, ordering and the derived role lists are handled here once.
 *
 * It also bounds what one document may put into the graph: a crafted file can name thousands of
 * bodies in sentences of any length, and every relation carries its sentence as evidence. Past
 * the caps, relations are not kept and the extraction says so in a warning; an evidence string
 * longer than its cap is cut, with an ellipsis.
 */
import type { CanonicalEntity } from "../model/canonical-ids.js";
import type { RelationType } from "../model/node-types.js";
import type { Contact } from "../parse/parsed-document.js";
import type {
  ExtractedDocument,
  ExtractedEntity,
  ExtractedRelation,
  Extraction,
  PropertyValue,
} from "./extraction.js";

export interface ExtractionCaps {
  /** Relations kept per document; the header's come first, so senders and recipients are never lost. */
  readonly maxRelations: number;
  /** Characters of evidence per document, all relations together. */
  readonly maxEvidenceChars: number;
  /** Characters of one evidence string; longer ones are cut and end with an ellipsis. */
  readonly maxEvidenceLength: number;
}

export const DEFAULT_EXTRACTION_CAPS: ExtractionCaps = {
  maxRelations: 2_000,
  maxEvidenceChars: 2_000_000,
  maxEvidenceLength: 2_000,
};

let processCaps: ExtractionCaps = DEFAULT_EXTRACTION_CAPS;

/**
 * The caps of every builder this process creates from now on: set once by the process that
 * extracts (the ingest worker) from the run's configuration.
 */
export function setExtractionCaps(caps: Partial<ExtractionCaps>): void {
  processCaps = { ...DEFAULT_EXTRACTION_CAPS, ...caps };
}

export function extractionCaps(): ExtractionCaps {
  return processCaps;
}

const ELLIPSIS = "\u2026";

/** At most `max` characters, the last an ellipsis when cut; never splits a surrogate pair. */
export function cutEvidence(evidence: string, max: number): string {
  if (evidence.length <= max) return evidence;
  let end = Math.max(max - 1, 0);
  const last = evidence.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${evidence.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

export class ExtractionBuilder {
  private readonly entityById = new Map<string, ExtractedEntity>();
  private readonly relationByKey = new Map<string, ExtractedRelation>();
  private readonly warningSet = new Set<string>();
  private evidenceChars = 0;
  private overRelations = 0;
  private overEvidence = 0;
  private shortened = 0;

  constructor(
    readonly documentId: string,
    private readonly caps: ExtractionCaps = processCaps,
  ) {}

  /** Registers an entity; properties already known are kept, new ones added. */
  entity(entity: CanonicalEntity | ExtractedEntity, properties?: Record<string, PropertyValue>): ExtractedEntity {
    const existing = this.entityById.get(entity.id);
    const added = { ...entity.properties, ...properties };
    if (existing) {
      existing.properties = { ...added, ...existing.properties };
      return existing;
    }
    const created: ExtractedEntity = { type: entity.type, id: entity.id, name: entity.name };
    if (Object.keys(added).length > 0) created.properties = added;
    this.entityById.set(created.id, created);
    return created;
  }

  get(id: string): ExtractedEntity | undefined {
    return this.entityById.get(id);
  }

  /** Entities registered so far, oldest first. */
  known(): ExtractedEntity[] {
    return [...this.entityById.values()];
  }

  /**
   * One relation per (type, from, to): the first evidence is kept, later sentences can only add
   * properties (a clause found after the reference itself).
   */
  relate(
    type: RelationType,
    from: string,
    to: string,
    evidence: string,
    properties?: Record<string, string>,
  ): ExtractedRelation | undefined {
    if (from === to) return undefined;
    const key = `${type}\u0000${from}\u0000${to}`;
    const existing = this.relationByKey.get(key);
    if (existing) {
      if (properties) existing.properties = { ...properties, ...existing.properties };
      return existing;
    }
    if (this.relationByKey.size >= this.caps.maxRelations) {
      this.overRelations += 1;
      return undefined;
    }
    const kept = cutEvidence(evidence, this.caps.maxEvidenceLength);
    if (this.evidenceChars + kept.length > this.caps.maxEvidenceChars) {
      this.overEvidence += 1;
      return undefined;
    }
    if (kept !== evidence) this.shortened += 1;
    this.evidenceChars += kept.length;
    const relation: ExtractedRelation = { type, from, to, evidence: kept };
    if (properties && Object.keys(properties).length > 0) relation.properties = { ...properties };
    this.relationByKey.set(key, relation);
    return relation;
  }

  has(type: RelationType, from: string, to: string): boolean {
    return this.relationByKey.has(`${type}\u0000${from}\u0000${to}`);
  }

  warn(message: string): void {
    this.warningSet.add(message);
  }

  build(document: ExtractedDocument, contacts: readonly Contact[]): Extraction {
    this.warnCaps();
    const relations = [...this.relationByKey.values()];
    const touched = new Set(relations.flatMap((r) => [r.from, r.to]));
    const entities = [...this.entityById.values()].filter((e) => touched.has(e.id));
    const targets = (type: RelationType, from?: string): ExtractedEntity[] =>
      relations
        .filter((r) => r.type === type && (from === undefined || r.from === from))
        .map((r) => this.entityById.get(r.to))
        .filter((e): e is ExtractedEntity => e !== undefined);
    const unique = (list: ExtractedEntity[]) => [...new Map(list.map((e) => [e.id, e])).values()];
    return {
      document,
      from: targets("SENT_BY", document.id),
      to: targets("SENT_TO", document.id),
      cc: targets("COPIED_TO", document.id),
      proposes: unique(targets("PROPOSES")),
      references: targets("REFERENCES", document.id),
      topics: targets("MENTIONS", document.id).filter((e) => e.type === "Topic"),
      entities,
      relations,
      contacts: [...contacts],
      warnings: [...this.warningSet],
    };
  }

  private warnCaps(): void {
    const { maxRelations, maxEvidenceChars, maxEvidenceLength } = this.caps;
    if (this.overRelations > 0) this.warn(`more than ${maxRelations} relations: ${this.overRelations} not kept`);
    if (this.overEvidence > 0) this.warn(`more than ${maxEvidenceChars} characters of evidence: ${this.overEvidence} relations not kept`);
    if (this.shortened > 0) this.warn(`${this.shortened} evidence strings longer than ${maxEvidenceLength} characters cut`);
  }
}
