/**
 * Collects entities and relations while the pattern modules run, so that each module only says
 * what it found: duplicates, ordering and the derived role lists are handled here once.
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

export class ExtractionBuilder {
  private readonly entityById = new Map<string, ExtractedEntity>();
  private readonly relationByKey = new Map<string, ExtractedRelation>();
  private readonly warningSet = new Set<string>();

  constructor(readonly documentId: string) {}

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
    const relation: ExtractedRelation = { type, from, to, evidence };
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
}
