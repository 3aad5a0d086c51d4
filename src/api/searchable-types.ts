/** The node types the full-text index `entity_text` covers (cypher/migrations/006-cited-documents.cypher). */
export const SEARCHABLE_TYPES: readonly string[] = [
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
];
