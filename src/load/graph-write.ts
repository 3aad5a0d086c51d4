import { createHash } from "node:crypto";
import path from "node:path";
import type { Extraction, ExtractedEntity, PropertyValue } from "../extract/extraction.js";
import { stricter, type AccessLevel } from "../model/access-level.js";
import { isBodyType } from "../model/node-types.js";

export interface GraphWrite {
  readonly documentId: string;
  /** Hash of what the document says; an unchanged document is not written again. */
  readonly writeHash: string;
  /** Hash of the file it was read from and of what its extraction depended on (source-hash.ts), when known. */
  readonly sourceHash?: string;
  readonly document: Record<string, PropertyValue>;
  readonly entities: readonly { id: string; name: string; labels: string[]; properties: Record<string, PropertyValue> }[];
  readonly relations: readonly { type: string; from: string; to: string; evidence: string; properties: Record<string, string> }[];
}

export interface GraphWriteOptions {
  /** Keep contact persons' names and e-mail addresses on the document node. Off by default. */
  readonly keepContacts: boolean;
  /** The level ingestion was asked for (`--access`); a document marked stricter keeps its own. */
  readonly access?: AccessLevel;
  /**
   * The file's source hash (source-hash.ts), kept on the statement so that the file, unchanged,
   * is found without being read. Not part of the write hash: a new extractor version that reads
   * the same file the same way leaves the statement unchanged.
   */
  readonly sourceHash?: string;
}

/**
 * What the loader writes for one extraction. Contacts stay out of the graph unless asked for:
 * liaison statements name people, and the graph is shared.
 */
export function toGraphWrite(extraction: Extraction, options: GraphWriteOptions): GraphWrite {
  const doc = extraction.document;
  const document: Record<string, PropertyValue> = {
    id: doc.id,
    name: doc.title ?? doc.id,
    text: doc.text,
    contentHash: doc.contentHash,
    format: doc.format,
    source: path.basename(doc.file),
    access: stricter(options.access, doc.access),
  };
  for (const key of ["title", "date", "deadline", "studyPeriod", "purpose", "url", "abstract"] as const) {
    const value = doc[key];
    if (value !== undefined) document[key] = value;
  }
  if (options.keepContacts && extraction.contacts.length > 0) {
    document.contacts = extraction.contacts.map((c) =>
      [c.name, c.email ? `<${c.email}>` : undefined, c.affiliation ? `(${c.affiliation})` : undefined, c.role ? `[${c.role}]` : undefined]
        .filter(Boolean)
        .join(" "),
    );
  }
  const entities = extraction.entities.filter((e) => e.id !== doc.id).map(toEntityRow);
  // What a restricted document says about other nodes (SG17 PROPOSES a focus group) would be read
  // on those nodes, where no filter on documents applies: only its own relations are written.
  const own = document.access === "public" ? extraction.relations : extraction.relations.filter((r) => r.from === doc.id);
  const relations = own.map((r) => ({
    type: r.type,
    from: r.from,
    to: r.to,
    evidence: r.evidence,
    properties: { ...(r.properties ?? {}) },
  }));
  // Entities count by id and labels only. Any change of the text changes `document` already;
  // for the same text, names and properties still vary with what the graph knows (a body this
  // document introduced is found again through the graph's names, without the properties the
  // extractor's own patterns gave it), and that must not make an unchanged document look changed.
  const touched = entities.map((e) => [e.id, e.labels]);
  const writeHash = createHash("sha256").update(JSON.stringify({ document, touched, relations })).digest("hex");
  const { sourceHash } = options;
  if (sourceHash === undefined) return { documentId: doc.id, writeHash, document: { ...document, writeHash }, entities, relations };
  return { documentId: doc.id, writeHash, sourceHash, document: { ...document, writeHash, sourceHash }, entities, relations };
}

/**
 * Properties the loader and the reference graph own: an extracted entity cannot set them (a
 * `source` would make a document's node pass for a reference node, and the others are the
 * loader's bookkeeping). `name` is the entity's own field.
 */
const RESERVED_PROPERTIES = new Set(["id", "name", "source", "firstSeenIn", "propertySources", "writeHash", "sourceHash"]);

function toEntityRow(entity: ExtractedEntity) {
  const labels = isBodyType(entity.type) ? [entity.type, "Body"] : [entity.type];
  const properties = Object.fromEntries(Object.entries(entity.properties ?? {}).filter(([key]) => !RESERVED_PROPERTIES.has(key)));
  return { id: entity.id, name: entity.name, labels, properties };
}
