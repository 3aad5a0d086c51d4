/** The node types the full-text index `entity_text` covers (cypher/migrations/003-fulltext.cypher). */
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
  "Report",
  "Workshop",
  "LiaisonStatement",
];
