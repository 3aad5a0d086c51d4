import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../../src/app.js";
import { encodeCursor } from "../../../src/api/resolvers/new-since.js";
import { startTestApi } from "../../e2e/api/start-test-api.js";
import { useTestGraph } from "../../support/neo4j.js";

// newSince through the whole API: statements in the order the graph received them, paged by the
// cursor, with the watch rules each matches; a restricted statement only for members.

const SECRET = "new-since-test-secret-0123456789abcdef";
const TOPIC = "topic:test-new-since-quokka";
const WATCH = "test-new-since-quokka";
// Received far in the future, so every statement other tests write comes before these.
const FIXTURE = `
  MERGE (t:Entity {id: $topic}) SET t:Topic, t.name = "quokka husbandry"
  CREATE (w:Watch {id: "watch:topic:" + $topic, name: $watch, kind: "topic", target: $topic, createdAt: datetime()})
  WITH t
  UNWIND [
    {id: "test-new-since-1", at: "2999-01-01T00:00:01Z", access: null, topic: true},
    {id: "test-new-since-2", at: "2999-01-01T00:00:02Z", access: null, topic: false},
    {id: "test-new-since-2r", at: "2999-01-01T00:00:02.500Z", access: "restricted", topic: true},
    {id: "test-new-since-3", at: "2999-01-01T00:00:03Z", access: null, topic: false},
    {id: "test-new-since-4", at: "2999-01-01T00:00:03Z", access: null, topic: true}
  ] AS s
  CREATE (d:Entity:LiaisonStatement {id: s.id, name: s.id, title: "Statement " + s.id, date: "2026-04-01", ingestedAt: datetime(s.at)})
  SET d.access = s.access
  FOREACH (_ IN CASE WHEN s.topic THEN [1] ELSE [] END | CREATE (d)-[:MENTIONS {sourceDocument: s.id, evidence: "quokka"}]->(t))
`;

interface Page {
  cursor: string;
  statements: { id: string; title: string; date: string }[];
  matches: { watch: string; statement: string }[];
}

describe("newSince", () => {
  const graph = useTestGraph();
  let app: App | undefined;
  let memberToken = "";
  const cleanup = async () => {
    await graph.rows(`MATCH (n:Entity) WHERE n.id STARTS WITH "test-new-since" OR n.id = $topic DETACH DELETE n`, { topic: TOPIC });
    await graph.rows(`MATCH (w:Watch {name: $watch}) DELETE w`, { watch: WATCH });
  };

  beforeAll(async () => {
    await cleanup();
    await graph.rows(FIXTURE, { topic: TOPIC, watch: WATCH });
    app = await startTestApi({ AUTH_JWT_SECRET: SECRET });
    memberToken = await new SignJWT({ roles: ["member"] })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("analyst")
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(SECRET));
  }, 300_000);

  afterAll(async () => {
    await app?.stop();
    await cleanup();
  });

  const ask = async (variables: { cursor?: string; limit?: number }, bearer?: string) => {
    const response = await fetch(app!.api.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({
        query: `query ($cursor: String, $limit: Int) { newSince(cursor: $cursor, limit: $limit) { cursor statements { id title date } matches { watch statement } } }`,
        variables,
      }),
    });
    return (await response.json()) as { data?: { newSince: Page }; errors?: { message: string; extensions: { code: string } }[] };
  };
  const page = async (variables: { cursor?: string; limit?: number }, bearer?: string): Promise<Page> => {
    const answer = await ask(variables, bearer);
    expect(answer.errors).toBeUndefined();
    return answer.data!.newSince;
  };
  const ours = (p: Page) => p.statements.map((s) => s.id).filter((id) => id.startsWith("test-new-since"));
  /** Just before the fixtures: what a poller holding the cursor of an earlier page would pass. */
  const beforeFixtures = encodeCursor({ t: "2998-12-31T23:59:59Z", id: "" });

  it("walks every statement from the start, page by page, ending with the latest received", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 100; pages++) {
      const current = await page({ limit: 500, ...(cursor ? { cursor } : {}) });
      if (current.statements.length === 0) {
        expect(current.cursor).toBe(cursor);
        break;
      }
      seen.push(...current.statements.map((s) => s.id));
      cursor = current.cursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(-4)).toEqual(["test-new-since-1", "test-new-since-2", "test-new-since-3", "test-new-since-4"]);
  }, 120_000);

  it("pages with the cursor, ties on the same instant by id, and names the matching watch rules", async () => {
    const first = await page({ cursor: beforeFixtures, limit: 2 });
    expect(ours(first)).toEqual(["test-new-since-1", "test-new-since-2"]);
    expect(first.statements[0]).toEqual({ id: "test-new-since-1", title: "Statement test-new-since-1", date: "2026-04-01" });
    expect(first.matches).toEqual([{ watch: WATCH, statement: "test-new-since-1" }]);
    const second = await page({ cursor: first.cursor, limit: 2 });
    expect(ours(second)).toEqual(["test-new-since-3", "test-new-since-4"]);
    expect(second.matches).toEqual([{ watch: WATCH, statement: "test-new-since-4" }]);
    const third = await page({ cursor: second.cursor, limit: 2 });
    expect(third.statements).toEqual([]);
    expect(third.cursor).toBe(second.cursor);
  });

  it("lists a restricted statement and its matches for members only", async () => {
    const anonymous = await page({ cursor: beforeFixtures, limit: 10 });
    expect(ours(anonymous)).not.toContain("test-new-since-2r");
    expect(anonymous.matches.map((m) => m.statement)).not.toContain("test-new-since-2r");
    const member = await page({ cursor: beforeFixtures, limit: 10 }, memberToken);
    expect(ours(member)).toEqual(["test-new-since-1", "test-new-since-2", "test-new-since-2r", "test-new-since-3", "test-new-since-4"]);
    expect(member.matches.map((m) => m.statement)).toEqual(["test-new-since-1", "test-new-since-2r", "test-new-since-4"]);
  });

  it("refuses a cursor it did not give and a limit out of range", async () => {
    const forged = await ask({ cursor: "not-a-cursor" });
    expect(forged.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(forged.errors?.[0]?.message).toContain("cursor is not one newSince returned");
    const tooMany = await ask({ limit: 501 });
    expect(tooMany.errors?.[0]?.message).toBe("limit must be from 1 to 500");
  });
});
