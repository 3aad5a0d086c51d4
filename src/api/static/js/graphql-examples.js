/**
 * Ready-made queries for the GraphQL IDE at /graphql: one for every analytics field of
 * schema/60-analytics.graphql, the liaison process ones of schema/65-process.graphql, and the
 * generated queries people ask most. The one list of them; a
 * unit test validates each against the built schema, so a schema change that breaks one fails there.
 *
 * Arguments whose values are a closed set (granularity, kinds of body) are left at their defaults,
 * so the examples read the same whether the schema spells those as strings or enums.
 *
 * Every generated example starts from an index (test/integration/schema/generated-query-plans.test.ts
 * profiles the Cypher each one sends); one that genuinely lists every node of a label says so in
 * `wholeLabelReads`, label by label, with the reason.
 */
export const EXAMPLES = [
  {
    name: "Overlaps: bodies that work on the same topics",
    query: `query Overlaps($body: ID) {
  overlaps(body: $body, limit: 10, evidenceLimit: 1) {
    a { id name }
    b { id name }
    score
    sharedTopics { id name }
    evidence { body topic relation document sentence }
  }
}`,
    variables: { body: "ITU-T SG17" },
  },
  {
    name: "Topic activity: who works on a topic, and when",
    query: `query TopicActivity($topic: ID!) {
  topicActivity(topic: $topic, limit: 10) {
    topic { id name }
    topics { id name }
    bodies { body { id name type } documentCount firstSeen lastSeen }
    timeline { period count }
  }
}`,
    variables: { topic: "topic:distributed-ledger-technology" },
  },
  {
    name: "Liaison flows: who writes to whom",
    query: `query LiaisonFlows($studyPeriod: String) {
  liaisonFlows(studyPeriod: $studyPeriod, limit: 15) {
    bodies { id name type }
    flows { from to count }
  }
}`,
    variables: {},
  },
  {
    name: "Document timeline: documents sent per body per year",
    query: `query DocumentTimeline($bodies: [ID!]) {
  documentTimeline(bodies: $bodies) {
    body { id name }
    points { period count }
  }
}`,
    variables: { bodies: ["ITU-T SG17", "ITU-T TSAG"] },
  },
  {
    name: "Body profile: everything about one body",
    query: `query BodyProfile($id: ID!) {
  bodyProfile(id: $id, limit: 10) {
    body { id name type }
    questions { id name }
    focusGroups { id name }
    sent { id name }
    received { id name }
    proposals { by { id } target { id name } document evidence }
    references { id name type }
  }
}`,
    variables: { id: "ITU-T SG17" },
  },
  {
    name: "Connection paths: how two entities are linked",
    query: `query ConnectionPaths($from: ID!, $to: ID!) {
  connectionPaths(from: $from, to: $to, maxHops: 3, limit: 3) {
    length
    nodes { id name type }
    relations { type from to document evidence }
  }
}`,
    variables: { from: "ITU-T SG17", to: "ITU-T TSAG" },
  },
  {
    name: "Focus group lineage: proposed, established, produced",
    query: `query FocusGroupLineage($id: ID!) {
  focusGroupLineage(id: $id) {
    focusGroup { id name }
    status
    proposals { by { id } document evidence }
    consideredBy { from document evidence }
    establishedBy { from date source }
    parents { to }
    references { type to clause }
    published { id name }
  }
}`,
    variables: { id: "ITU-T FG DLT" },
  },
  {
    name: "Neighbourhood: a node and what it is linked to",
    query: `query Neighbourhood($id: ID!) {
  neighbourhood(id: $id, limit: 20) {
    nodes { id name type }
    relations { type from to document evidence }
  }
}`,
    variables: { id: "topic:blockchain" },
  },
  {
    name: "Awaiting reply: requests no answer has met yet",
    query: `query AwaitingReply($body: ID) {
  awaitingReply(body: $body, limit: 20) {
    statement { id title date deadline }
    sentBy { id }
    addressee { id name }
    purpose
    actions
    daysOverdue
    daysWaiting
  }
}`,
    variables: {},
  },
  {
    name: "Response times: how fast bodies answer each other",
    query: `query ResponseTimes($studyPeriod: String) {
  responseTimes(studyPeriod: $studyPeriod) {
    from { id }
    to { id }
    asked
    answered
    shareAnswered
    medianDays
    p90Days
  }
}`,
    variables: {},
  },
  {
    name: "Liaison thread: a statement with its replies and what it answers",
    query: `query LiaisonThread($id: ID!) {
  liaisonThread(id: $id) {
    id
    bodies { id name }
    statements {
      id
      title
      date
      deadline
      stub
      sentBy { id }
      recipients { body { id } purpose }
      asks { body { id } action }
      repliesTo { to evidence }
    }
  }
}`,
    variables: { id: "sp16-sg17-oLS-00014" },
  },
  {
    name: "Search: bodies, topics and documents by name",
    query: `query Search($text: String!) {
  search(text: $text, limit: 10) { type id name score }
}`,
    variables: { text: "ledger" },
  },
  {
    name: "A study group with its Questions and focus groups",
    query: `query StudyGroup($id: ID!) {
  studyGroups(where: { id: { eq: $id } }) {
    id
    name
    periodsConnection { edges { properties { title } node { id } } }
    questions { id title }
    focusGroups { id name status }
  }
}`,
    variables: { id: "ITU-T SG17" },
  },
  {
    name: "Focus groups by status",
    query: `{
  focusGroups(where: { status: { eq: "CONCLUDED" } }, sort: [{ id: ASC }]) {
    id
    name
    established
    concluded
    parent { id }
  }
}`,
    variables: {},
  },
  {
    name: "Liaison statements: newest first, with senders and recipients",
    query: `{
  liaisonStatements(sort: [{ date: DESC }], limit: 10) {
    id
    title
    date
    studyPeriod
    sentBy { id }
    sentToConnection { edges { properties { purpose } node { id } } }
  }
}`,
    variables: {},
    wholeLabelReads: { LiaisonStatement: "lists the newest statements of the whole graph: every statement is a candidate" },
  },
  {
    name: "Statements a body sent, newest first, with their recipients",
    query: `query StatementsSentBy($body: ID!) {
  bodies(where: { id: { eq: $body } }) {
    id
    name
    sentConnection(first: 50, sort: [{ node: { date: DESC } }, { node: { id: ASC } }]) {
      edges { node { id title date sentTo { id } } }
    }
  }
}`,
    variables: { body: "ITU-T SG17" },
  },
  {
    name: "Statements a body received, newest first, with purpose and sender",
    query: `query StatementsReceivedBy($body: ID!) {
  bodies(where: { id: { eq: $body } }) {
    id
    name
    receivedConnection(first: 50, sort: [{ node: { date: DESC } }, { node: { id: ASC } }]) {
      edges { properties { ... on SentTo { purpose } } node { id title date sentBy { id } } }
    }
  }
}`,
    variables: { body: "ITU-T SG17" },
  },
  {
    name: "One liaison statement with the sentences behind its relations",
    query: `query Document($id: ID!) {
  liaisonStatements(where: { id: { eq: $id } }) {
    id
    title
    date
    url
    abstract
    sentBy { id name }
    sentToConnection { edges { properties { purpose evidence } node { id } } }
    mentionsConnection { edges { properties { evidence } node { id name } } }
    repliesTo { id title }
    replies { id title }
  }
}`,
    variables: { id: "sp16-sg17-oLS-00014" },
  },
  {
    name: "Counts",
    query: `{
  liaisonStatementCount
  topicsConnection { aggregate { count { nodes } } }
  focusGroupsConnection { aggregate { count { nodes } } }
}`,
    variables: {},
    wholeLabelReads: {
      Topic: "counts every topic the reader may see (a few hundred reference nodes)",
      FocusGroup: "counts every focus group the reader may see (a few dozen reference nodes)",
    },
  },
];
