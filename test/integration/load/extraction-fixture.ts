/** Extractions written by hand, for loader tests that need exact control of what a document says. */
import { createHash } from "node:crypto";
import { extractionOf, type ExtractedEntity } from "../../../src/extract/extraction.js";
import { toGraphWrite, type GraphWrite } from "../../../src/load/graph-write.js";
import type { RelationType } from "../../../src/model/node-types.js";

export interface FixtureRelation {
  /** A document relation type, or any other string to make the write fail. */
  readonly type: RelationType | (string & {});
  /** Defaults to the document itself. */
  readonly from?: string;
  readonly to: string;
  readonly properties?: Record<string, string>;
}

export interface FixtureDocument {
  readonly id: string;
  /** The document's own words: a different text is a changed document. */
  readonly text: string;
  /** Every node a relation touches, except the document and nodes the graph already has. */
  readonly entities?: readonly ExtractedEntity[];
  readonly relations?: readonly FixtureRelation[];
}

/** What the loader would write for this document, through the loader's own toGraphWrite. */
export function fixtureWrite(doc: FixtureDocument): GraphWrite {
  const entities = [...(doc.entities ?? [])];
  const extraction = extractionOf(
    {
      id: doc.id,
      title: doc.text.split("\n")[0],
      text: doc.text,
      contentHash: createHash("sha256").update(doc.text).digest("hex"),
      format: "plain-text",
      file: `${doc.id}.txt`,
    },
    {
      entities,
      // Relation types are checked by the loader, not here: a test may pass an invalid one.
      relations: (doc.relations ?? []).map((r) => ({
        type: r.type as RelationType,
        from: r.from ?? doc.id,
        to: r.to,
        evidence: `${doc.id} names ${r.to}.`,
        ...(r.properties ? { properties: r.properties } : {}),
      })),
    },
  );
  return toGraphWrite(extraction, { keepContacts: false });
}

/** An organization the reference data does not know, as the extractor reports one. */
export function unknownBody(id: string, properties: Record<string, string | boolean> = {}): ExtractedEntity {
  return { type: "Organization", id, name: id.replace(/^.*:/, ""), properties: { resolved: false, ...properties } };
}
