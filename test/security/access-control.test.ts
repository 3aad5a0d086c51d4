import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { rebuildSummaries } from "../../src/load/summaries.js";
import { startTestApi } from "../e2e/api/start-test-api.js";
import { useTestGraph } from "../support/neo4j.js";

const SECRET = "access-control-test-secret-0123456789";
const SENDER = "test-acl:sender";
const FOCUS_GROUP = "test-acl:fg";
const TOPIC = "topic:test-acl-quokka";
const PUBLIC_DOC = "test-acl-public";
const RESTRICTED_DOC = "test-acl-restricted";

// Two documents from the same sender to the same recipient, one public (no access property, as
// every document ingested before access levels), one restricted that also mentions a topic,
// refers to a focus group and supports a proposal of it. Another body studies the topic publicly.
const FIXTURE = `
MERGE (s:Entity:Body:Organization {id: $sender}) SET s.name = "Acl Sender Organization"
MERGE (r:Entity:Body:Organization {id: "test-acl:recipient"}) SET r.name = "Acl Recipient Organization"
MERGE (o:Entity:Body:Organization {id: "test-acl:studier"}) SET o.name = "Acl Studier Organization"
MERGE (t:Entity:Topic {id: $topic}) SET t.name = "quokka husbandry"
MERGE (f:Entity:Body:FocusGroup {id: $fg}) SET f.name = "Acl Focus Group", f.status = "PROPOSED"
MERGE (pub:Entity:LiaisonStatement {id: $public})
  SET pub.name = "Public wombat statement", pub.title = "Wombats", pub.date = "2023-03-01", pub.studyPeriod = "2022-2024"
MERGE (sec:Entity:LiaisonStatement {id: $restricted})
  SET sec.name = "Restricted zanzibar statement", sec.title = "Zanzibar", sec.date = "2024-05-01",
      sec.studyPeriod = "2022-2024", sec.access = "restricted", sec.text = "The zanzibar plan for quokka husbandry."
MERGE (pub)-[:SENT_BY {sourceDocument: $public, evidence: "Acl Sender writes about wombats."}]->(s)
MERGE (pub)-[:SENT_TO {sourceDocument: $public, purpose: "INFORMATION", evidence: "To Acl Recipient."}]->(r)
MERGE (sec)-[:SENT_BY {sourceDocument: $restricted, evidence: "Acl Sender writes about zanzibar."}]->(s)
MERGE (sec)-[:SENT_TO {sourceDocument: $restricted, purpose: "ACTION", evidence: "To Acl Recipient."}]->(r)
MERGE (sec)-[:MENTIONS {sourceDocument: $restricted, evidence: "The zanzibar plan for quokka husbandry."}]->(t)
MERGE (sec)-[:REFERENCES {sourceDocument: $restricted, evidence: "See the Acl Focus Group."}]->(f)
MERGE (s)-[:PROPOSES {sourceDocument: $restricted, evidence: "Acl Sender proposes the Acl Focus Group for zanzibar."}]->(f)
MERGE (o)-[:STUDIES {source: "test fixture"}]->(t)
`;

const ids = (list: readonly { id: string }[] | null | undefined) => (list ?? []).map((item) => item.id).sort();

/**
 * Each query of the API with the answer it gives about the fixture: the restricted document (or
 * what only it supports) is absent for an anonymous reader and present for a member.
 */
// Answers are untyped JSON; each case reads the part it checks.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = any;

const CASES: readonly { name: string; query: string; read: (data: Answer) => unknown; anonymous: unknown; member: unknown }[] = [
  {
    name: "liaisonStatements",
    query: `{ liaisonStatements(where: { id: { startsWith: "test-acl" } }) { id access } }`,
    read: (d) => d.liaisonStatements.map((ls: { id: string; access: string }) => `${ls.id}:${ls.access}`).sort(),
    anonymous: [`${PUBLIC_DOC}:public`],
    member: [`${PUBLIC_DOC}:public`, `${RESTRICTED_DOC}:restricted`],
  },
  {
    name: "liaisonStatementsConnection count",
    query: `{ liaisonStatementsConnection(where: { id: { startsWith: "test-acl" } }) { aggregate { count { nodes } } } }`,
    read: (d) => d.liaisonStatementsConnection.aggregate.count.nodes,
    anonymous: 1,
    member: 2,
  },
  {
    name: "entities",
    query: `{ entities(where: { id: { eq: "${RESTRICTED_DOC}" } }) { id } }`,
    read: (d) => ids(d.entities),
    anonymous: [],
    member: [RESTRICTED_DOC],
  },
  {
    name: "a body's documents, nested and counted",
    query: `{ organizations(where: { id: { eq: "${SENDER}" } }) { sent { id } sentConnection { totalCount } } }`,
    read: (d) => [ids(d.organizations[0].sent), d.organizations[0].sentConnection.totalCount],
    anonymous: [[PUBLIC_DOC], 1],
    member: [[PUBLIC_DOC, RESTRICTED_DOC], 2],
  },
  {
    name: "the same through the Body interface",
    query: `{ bodies(where: { id: { eq: "${SENDER}" } }) { sent { id } } }`,
    read: (d) => ids(d.bodies[0].sent),
    anonymous: [PUBLIC_DOC],
    member: [PUBLIC_DOC, RESTRICTED_DOC],
  },
  {
    name: "a topic's documents",
    query: `{ topics(where: { id: { eq: "${TOPIC}" } }) { mentionedIn { id } mentionedInConnection { edges { properties { evidence } } } } }`,
    read: (d) => [ids(d.topics[0].mentionedIn), d.topics[0].mentionedInConnection.edges.length],
    anonymous: [[], 0],
    member: [[RESTRICTED_DOC], 1],
  },
  {
    name: "full-text liaisonStatementsByText",
    query: `{ liaisonStatementsByText(phrase: "zanzibar") { edges { node { id } } } }`,
    read: (d) => d.liaisonStatementsByText.edges.map((e: { node: { id: string } }) => e.node.id).filter((id: string) => id.startsWith("test-acl")),
    anonymous: [],
    member: [RESTRICTED_DOC],
  },
  {
    name: "search",
    query: `{ search(text: "zanzibar") { id } }`,
    read: (d) => ids(d.search).filter((id) => id.startsWith("test-acl")),
    anonymous: [],
    member: [RESTRICTED_DOC],
  },
  {
    name: "overlaps",
    query: `{ overlaps(body: "${SENDER}", topic: "${TOPIC}") { b { id } evidence { document } } }`,
    read: (d) => d.overlaps.map((o: { b: { id: string }; evidence: { document: string | null }[] }) => [o.b.id, o.evidence.map((e) => e.document)]),
    anonymous: [],
    member: [["test-acl:studier", [RESTRICTED_DOC, null]]],
  },
  {
    name: "topicActivity",
    query: `{ topicActivity(topic: "${TOPIC}") { bodies { body { id } documentCount } timeline { count } } }`,
    read: (d) => [d.topicActivity.bodies.map((b: { body: { id: string }; documentCount: number }) => `${b.body.id}:${b.documentCount}`).sort(), d.topicActivity.timeline],
    anonymous: [["test-acl:studier:0"], []],
    member: [["test-acl:sender:1", "test-acl:studier:0"], [{ count: 1 }]],
  },
  {
    name: "liaisonFlows",
    query: `{ liaisonFlows(studyPeriod: "2022-2024", limit: 100) { flows { from to count } } }`,
    read: (d) => d.liaisonFlows.flows.filter((f: { from: string }) => f.from === SENDER),
    anonymous: [{ from: SENDER, to: "test-acl:recipient", count: 1 }],
    member: [{ from: SENDER, to: "test-acl:recipient", count: 2 }],
  },
  {
    name: "documentTimeline",
    query: `{ documentTimeline(bodies: ["${SENDER}"], granularity: STUDY_PERIOD) { points { period count } } }`,
    read: (d) => d.documentTimeline[0].points,
    anonymous: [{ period: "2022-2024", count: 1 }],
    member: [{ period: "2022-2024", count: 2 }],
  },
  {
    name: "bodyProfile",
    query: `{ bodyProfile(id: "${SENDER}") { sent { id } topics { topic } proposals { document } } }`,
    read: (d) => [ids(d.bodyProfile.sent), d.bodyProfile.topics.length, d.bodyProfile.proposals.map((p: { document: string }) => p.document)],
    anonymous: [[PUBLIC_DOC], 0, []],
    member: [[PUBLIC_DOC, RESTRICTED_DOC], 1, [RESTRICTED_DOC]],
  },
  {
    name: "connectionPaths",
    query: `{ connectionPaths(from: "${SENDER}", to: "${FOCUS_GROUP}") { length } }`,
    read: (d) => d.connectionPaths.map((p: { length: number }) => p.length),
    anonymous: [],
    member: [1],
  },
  {
    name: "focusGroupLineage",
    query: `{ focusGroupLineage(id: "${FOCUS_GROUP}") { proposals { document evidence } } }`,
    read: (d) => d.focusGroupLineage.proposals.map((p: { document: string }) => p.document),
    anonymous: [],
    member: [RESTRICTED_DOC],
  },
  {
    name: "neighbourhood",
    query: `{ neighbourhood(id: "${SENDER}") { nodes { id } relations { document } } }`,
    read: (d) => [ids(d.neighbourhood.nodes), d.neighbourhood.relations.some((r: { document: string }) => r.document === RESTRICTED_DOC)],
    anonymous: [[PUBLIC_DOC, SENDER], false],
    member: [[FOCUS_GROUP, PUBLIC_DOC, SENDER, RESTRICTED_DOC].sort(), true],
  },
];

describe("access control", () => {
  const graph = useTestGraph();
  let app: App | undefined;
  let memberToken = "";

  // The fixture is written in Cypher, not by the loader, so the analytics' summaries are rebuilt
  // after each change to it.
  const cleanup = async () => {
    await graph.rows(`MATCH (n:Entity) WHERE n.id STARTS WITH "test-acl" OR n.id = $topic DETACH DELETE n`, { topic: TOPIC });
    await rebuildSummaries(graph.driver, graph.database);
  };

  beforeAll(async () => {
    await cleanup();
    await graph.rows(FIXTURE, { sender: SENDER, topic: TOPIC, fg: FOCUS_GROUP, public: PUBLIC_DOC, restricted: RESTRICTED_DOC });
    await rebuildSummaries(graph.driver, graph.database);
    app = await startTestApi({ AUTH_JWT_SECRET: SECRET });
    memberToken = await token({ roles: ["member"] });
  });

  afterAll(async () => {
    await app?.stop();
    await cleanup();
  });

  const token = (claims: Record<string, unknown>, secret = SECRET, expires = "5m") =>
    new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject("analyst").setExpirationTime(expires).sign(new TextEncoder().encode(secret));

  const ask = async (query: string, bearer?: string) => {
    const response = await fetch(app!.api.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] } };
  };

  it.each(CASES)("$name: the restricted document is absent for an anonymous reader and present for a member", async (c) => {
    const anonymous = await ask(c.query);
    expect(anonymous.body.errors).toBeUndefined();
    expect(c.read(anonymous.body.data)).toEqual(c.anonymous);
    const member = await ask(c.query, memberToken);
    expect(member.body.errors).toBeUndefined();
    expect(c.read(member.body.data)).toEqual(c.member);
  });

  it("reads a token without the member role as a reader", async () => {
    const reader = await ask(CASES[0]!.query, await token({ roles: ["reader"] }));
    expect(CASES[0]!.read(reader.body.data)).toEqual(CASES[0]!.anonymous);
  });

  it.each([
    ["a forged token", () => token({ roles: ["member"] }, "a-guessed-secret-that-is-long-enough!!")],
    ["an expired token", () => token({ roles: ["member"] }, SECRET, "-1m")],
    ["a token that is not a JWT", async () => "member"],
  ])("answers %s with 401, never with anonymous data", async (_name, make) => {
    const answer = await ask(CASES[0]!.query, await make());
    expect(answer.status).toBe(401);
    expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(answer.body.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    expect(answer.body.data).toBeUndefined();
  });

  it("answers any token with 401 when the server has no key to verify it", async () => {
    const keyless = await startTestApi();
    try {
      const response = await fetch(keyless.api.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${memberToken}` },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe("UNAUTHENTICATED");
    } finally {
      await keyless.stop();
    }
  });

  it("requires a token when PUBLIC_READ is off", async () => {
    const closed = await startTestApi({ AUTH_JWT_SECRET: SECRET, PUBLIC_READ: "false" });
    try {
      const anonymous = await fetch(closed.api.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get("www-authenticate")).toBe("Bearer");
      const member = await fetch(closed.api.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${memberToken}` },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(await member.json()).toEqual({ data: { __typename: "Query" } });
    } finally {
      await closed.stop();
    }
  });
});
