/** Node labels of the graph (docs/ARCHITECTURE.md). Every node also carries `Entity`. */
export const NODE_TYPES = [
  "StudyGroup",
  "AdvisoryGroup",
  "FocusGroup",
  "Question",
  "WorkingParty",
  "Organization",
  "Topic",
  "Resolution",
  "Recommendation",
  "Specification",
  "Document",
  "Report",
  "Workshop",
  "LiaisonStatement",
  "StudyPeriod",
] as const;

export type NodeType = (typeof NODE_TYPES)[number];

/** Labels whose nodes also carry `Body`: they can send, receive, propose or study. */
export const BODY_TYPES = [
  "StudyGroup",
  "AdvisoryGroup",
  "FocusGroup",
  "Question",
  "WorkingParty",
  "Organization",
] as const satisfies readonly NodeType[];

export type BodyType = (typeof BODY_TYPES)[number];

/**
 * Relations a document may support (they carry `sourceDocument`). The loader removes them by
 * type when a document changes, refuses any other type in a document's write, and each has a
 * relationship index on `sourceDocument` (cypher/migrations, checked by a test).
 */
export const DOCUMENT_RELATION_TYPES = [
  "SENT_BY",
  "SENT_TO",
  "COPIED_TO",
  "PROPOSES",
  "CONSIDERS",
  "REFERENCES",
  "MENTIONS",
  "REPLIES_TO",
  "ASKS",
  "UNDER_AUSPICES_OF",
  "ESTABLISHED",
  "PART_OF",
  "STUDIES",
  "ORGANIZED",
  "PUBLISHED",
  "RESPONSIBLE_FOR",
  "COLLABORATES_WITH",
] as const;

/** Every relation type: the document-derived ones, and two that are reference facts only. */
export const RELATION_TYPES = [...DOCUMENT_RELATION_TYPES, "BROADER", "ACTIVE_IN"] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

export type DocumentRelationType = (typeof DOCUMENT_RELATION_TYPES)[number];

export function isNodeType(value: string): value is NodeType {
  return (NODE_TYPES as readonly string[]).includes(value);
}

export function isBodyType(value: string): value is BodyType {
  return (BODY_TYPES as readonly string[]).includes(value);
}

export function isDocumentRelationType(value: string): value is DocumentRelationType {
  return (DOCUMENT_RELATION_TYPES as readonly string[]).includes(value);
}
