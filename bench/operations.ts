/** The GraphQL operations timed: every analytic, with the arguments a dashboard would send. */
export interface Operation {
  readonly name: string;
  readonly source: string;
}

const REF = "{ type id name }";
const EVIDENCE = `{ body topic via ${REF} relation document sentence source }`;
const RELATION = "{ type from to document evidence source date clause }";

export const OPERATIONS: readonly Operation[] = [
  {
    name: "overlaps (all bodies)",
    source: `{ overlaps(limit: 20) { a ${REF} b ${REF} sharedTopics ${REF} score evidence ${EVIDENCE} } }`,
  },
  {
    name: "overlaps (heat map, no evidence)",
    // As the dashboard's heat map asks: a count, and the few topics its tooltip names.
    source: `{ overlaps(limit: 100) { a ${REF} b ${REF} sharedTopicCount sharedTopics(first: 12) ${REF} score } }`,
  },
  {
    name: "overlaps (SG17, DLT)",
    source: `{ overlaps(body: "ITU-T SG17", topic: "topic:distributed-ledger-technology") { b ${REF} score evidence ${EVIDENCE} } }`,
  },
  {
    name: "topicActivity (DLT)",
    source: `{ topicActivity(topic: "topic:distributed-ledger-technology") {
      topics ${REF} bodies { body ${REF} evidence ${EVIDENCE} documentCount firstSeen lastSeen } timeline { period count } } }`,
  },
  {
    name: "liaisonFlows (all)",
    source: `{ liaisonFlows { bodies ${REF} flows { from to count } } }`,
  },
  {
    name: "liaisonFlows (2017-2020)",
    source: `{ liaisonFlows(studyPeriod: "2017-2020") { bodies ${REF} flows { from to count } } }`,
  },
  {
    name: "liaisonFlows (2019-03..2019-05)",
    source: `{ liaisonFlows(fromDate: "2019-03", toDate: "2019-05") { bodies ${REF} flows { from to count } } }`,
  },
  {
    name: "documentTimeline (busiest 10)",
    source: `{ documentTimeline { body ${REF} points { period count } } }`,
  },
  {
    name: "bodyProfile (SG17)",
    source: `{ bodyProfile(id: "ITU-T SG17") { body ${REF} topics ${EVIDENCE} questions ${REF} focusGroups ${REF}
      sent ${REF} received ${REF} proposals { by ${REF} target ${REF} document evidence } references ${REF} } }`,
  },
  {
    name: "connectionPaths (SG17-TSAG)",
    source: `{ connectionPaths(from: "ITU-T SG17", to: "ITU-T TSAG") { length nodes ${REF} relations ${RELATION} } }`,
  },
  {
    name: "connectionPaths (X.1402-WHO)",
    source: `{ connectionPaths(from: "ITU-T X.1402", to: "WHO", maxHops: 6) { length nodes ${REF} relations ${RELATION} } }`,
  },
  {
    name: "focusGroupLineage (FG Blockchain)",
    source: `{ focusGroupLineage(id: "ITU-T FG Blockchain") { focusGroup ${REF} status
      proposals { by ${REF} document evidence } consideredBy ${RELATION} establishedBy ${RELATION}
      parents ${RELATION} references ${RELATION} published ${REF} } }`,
  },
  {
    name: "neighbourhood (blockchain)",
    source: `{ neighbourhood(id: "topic:blockchain") { nodes ${REF} relations ${RELATION} } }`,
  },
  {
    name: "neighbourhood (SG17, 200)",
    source: `{ neighbourhood(id: "ITU-T SG17", limit: 200) { nodes ${REF} relations ${RELATION} } }`,
  },
];
