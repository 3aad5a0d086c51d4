import type { PropertyValue } from "../extract/extraction.js";
import type { GraphWrite } from "./graph-write.js";

/** One document as cypher/load/upsert-documents.cypher takes it. */
export interface UpsertRow {
  readonly documentId: string;
  readonly document: GraphWrite["document"];
  readonly entities: readonly { id: string; labels: string[]; said: Record<string, PropertyValue> }[];
  readonly relations: GraphWrite["relations"];
}

/**
 * The rows of a batch's upsert. What a document says about an entity goes as one map with its
 * name in it (the name is one of the properties the provenance rules weigh), built here once
 * rather than per row in the database. The write hash is computed from the GraphWrite, never
 * from these rows.
 */
export function upsertRows(writes: readonly GraphWrite[]): UpsertRow[] {
  return writes.map((write) => ({
    documentId: write.documentId,
    document: write.document,
    entities: write.entities.map((entity) => ({ id: entity.id, labels: entity.labels, said: { ...entity.properties, name: entity.name } })),
    relations: write.relations,
  }));
}
