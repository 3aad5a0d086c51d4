/** What extraction produces from one document: the loader writes it in one transaction. */
import type { Contact, DocumentFormat } from "../parse/parsed-document.js";
import type { AccessLevel } from "../model/access-level.js";
import type { NodeType, RelationType } from "../model/node-types.js";

export type PropertyValue = string | number | boolean | string[];

export interface ExtractedEntity {
  type: NodeType;
  id: string;
  name: string;
  /** e.g. `status: "PROPOSED"` for a proposed focus group; assembly, place, year for a resolution. */
  properties?: Record<string, PropertyValue>;
}

export interface ExtractedRelation {
  type: RelationType;
  /** Canonical ids; the document's own id for relations of the liaison statement. */
  from: string;
  to: string;
  /** The sentence (or header line) the relation was read from, exactly as in the document. */
  evidence: string;
  /** e.g. `purpose` of SENT_TO, `clause` of REFERENCES. */
  properties?: Record<string, string>;
}

export type DocumentPurpose = "ACTION" | "COMMENT" | "INFORMATION" | "RESPONSE" | "PROPOSAL";

export interface ExtractedDocument {
  id: string;
  title?: string;
  date?: string;
  /** When the sender wants its answer (yyyy-mm-dd): the header's deadline, else one the text writes. */
  deadline?: string;
  studyPeriod?: string;
  purpose?: DocumentPurpose;
  url?: string;
  abstract?: string;
  /** The document's own marking of who may read it, when it has one. */
  access?: AccessLevel;
  text: string;
  /** `sha256` of the normalized text, hex. */
  contentHash: string;
  format: DocumentFormat;
  file: string;
}

export interface Extraction {
  document: ExtractedDocument;
  from: ExtractedEntity[];
  to: ExtractedEntity[];
  cc: ExtractedEntity[];
  proposes: ExtractedEntity[];
  references: ExtractedEntity[];
  topics: ExtractedEntity[];
  /** Every entity any relation touches (except the document itself), each once. */
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  /** Returned as read; whether people become nodes is the loader's decision. */
  contacts: Contact[];
  warnings: string[];
}

/**
 * An extraction of `document` with nothing found but what `found` gives: for a statement known
 * only by its own fields (a file skipped unread) and for fixtures that spell out a few parts.
 */
export function extractionOf(document: ExtractedDocument, found: Partial<Omit<Extraction, "document">> = {}): Extraction {
  return {
    document,
    from: [],
    to: [],
    cc: [],
    proposes: [],
    references: [],
    topics: [],
    entities: [],
    relations: [],
    contacts: [],
    warnings: [],
    ...found,
  };
}
