/**
 * What the project's own Query fields cost, in the unit of the cost model (one object read by the
 * generated API). Each runs one saved Cypher query whose work grows with the graph rather than
 * with the selection, so a flat weight per call says more than its result's shape. A test checks
 * that every custom field of schema/50-search.graphql and 60-analytics.graphql has one.
 */
export const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  search: 50,
  overlaps: 1_000,
  connectionPaths: 1_000,
  topicActivity: 500,
  liaisonFlows: 500,
  documentTimeline: 500,
  bodyProfile: 500,
  neighbourhood: 500,
  focusGroupLineage: 200,
  awaitingReply: 500,
  responseTimes: 1_000,
  liaisonThread: 200,
  newSince: 200,
  liaisonStatementCount: 1,
};

/** Generated full-text fields (`liaisonStatementsByText`) run a Lucene query first: they cost this on top of their list. */
export const FULLTEXT_WEIGHT = 50;
