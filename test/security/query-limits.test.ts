import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startApiProcess, type ApiProcess } from "./support/api-process.js";
import { aliasedSearches, fragmentFanOut, HEAVIEST_ALLOWED_SEARCH, interfaceNesting } from "./support/attack-queries.js";
import { codesOf, HEALTH_BOUND_MS, postGraphql, REFUSAL_BOUND_MS, underAttack } from "./support/attack.js";

// Each attack against the API as `npm start` runs it: refused with a clear code, in
// bounded time, while /health keeps answering, and the process stays up.
describe("hostile GraphQL queries", () => {
  let api: ApiProcess;

  beforeAll(async () => {
    api = await startApiProcess();
  });

  afterAll(async () => {
    await api?.stop();
  });

  afterEach(() => {
    expect(api.alive(), api.log()).toBe(true);
  });

  const refusedQuickly = async (query: string, codes: readonly string[]) => {
    const outcome = await underAttack(api.url, () => postGraphql(api.graphqlUrl, query));
    expect(outcome.result.status).toBe(400);
    expect(codes).toContain(codesOf(outcome.result)[0]);
    expect(outcome.elapsedMs).toBeLessThan(REFUSAL_BOUND_MS);
    expect(outcome.slowestHealthMs).toBeLessThan(HEALTH_BOUND_MS);
    return outcome.result;
  };

  it("refuses the 300-byte interface-nesting query and every variant of it up to the depth limit", async () => {
    const original = interfaceNesting(10, "(limit:200)");
    expect(original.length).toBeLessThan(400);
    await refusedQuickly(original, ["QUERY_TOO_COMPLEX"]);
    for (let levels = 2; levels <= 11; levels++) {
      await refusedQuickly(interfaceNesting(levels, "(limit:200)"), ["QUERY_TOO_COMPLEX", "QUERY_TOO_DEEP"]);
      if (levels > 2) await refusedQuickly(interfaceNesting(levels, ""), ["QUERY_TOO_COMPLEX", "QUERY_TOO_DEEP"]);
    }
    // Two levels with the default list sizes is an ordinary query: it is answered, and quickly.
    const ordinary = await underAttack(api.url, () => postGraphql(api.graphqlUrl, interfaceNesting(2, "")));
    expect(ordinary.result.body).toEqual({ data: { bodies: [] } });
    expect(ordinary.slowestHealthMs).toBeLessThan(HEALTH_BOUND_MS);
  });

  it("refuses the same nesting with lists of one, where only the size of the generated Cypher grows", async () => {
    // Cheap in objects, but every level through the Body interface multiplies the generated Cypher by six.
    const answer = await refusedQuickly(interfaceNesting(6, "(limit:1)"), ["QUERY_TOO_COMPLEX"]);
    expect(answer.body.errors?.[0]?.message).toMatch(/database query branches/);
    const small = await postGraphql(api.graphqlUrl, interfaceNesting(2, "(limit:1)"));
    expect(small.body).toEqual({ data: { bodies: [] } });
  });

  it.each([22, 40])("refuses a fan-out of %i fragments that each spread the next twice", async (count) => {
    const query = fragmentFanOut(count);
    expect(query.length).toBeLessThan(2_000);
    const answer = await refusedQuickly(query, ["QUERY_TOO_COMPLEX"]);
    expect(answer.body.errors?.[0]?.extensions?.cost).toBeDefined();
  });

  it("refuses a query deeper than the limit", async () => {
    let selection = "id";
    for (let level = 0; level < 8; level++) selection = `questions { studyGroup { ${selection} } }`;
    await refusedQuickly(`{ studyGroups { ${selection} } }`, ["QUERY_TOO_DEEP"]);
  });

  it("refuses an alias bomb of 1,000 searches before any reaches the database", async () => {
    await refusedQuickly(aliasedSearches(1_000), ["QUERY_TOO_LARGE", "TOO_MANY_ALIASES"]);
    const few = Array.from({ length: 16 }, (_, i) => `a${i}: search(text: "ledger") { id }`).join(" ");
    await refusedQuickly(`{ ${few} }`, ["TOO_MANY_ALIASES"]);
  });

  it("refuses a document of too many tokens, and too many directives", async () => {
    await refusedQuickly(`{ ${"__typename ".repeat(3_000)} }`, ["QUERY_TOO_LARGE"]);
    await refusedQuickly(`{ ${"__typename @include(if: true) ".repeat(11)} }`, ["TOO_MANY_DIRECTIVES"]);
  });

  it("keeps serving other clients while many clients send the most database work one request may ask for", async () => {
    const heavy = HEAVIEST_ALLOWED_SEARCH;
    const outcome = await underAttack(api.url, async () => {
      const flood = Array.from({ length: 20 }, () => postGraphql(api.graphqlUrl, heavy));
      const bystander = postGraphql(api.graphqlUrl, '{ studyGroups(where: { id: { eq: "ITU-T SG17" } }) { id } }');
      return { flood: await Promise.all(flood), bystander: await bystander };
    });
    expect(outcome.result.bystander.body).toEqual({ data: { studyGroups: [{ id: "ITU-T SG17" }] } });
    for (const answer of outcome.result.flood) {
      // Each one either ran or was told to come back later; none saw the database "unavailable".
      expect([200, 503]).toContain(answer.status);
      if (answer.status === 503) expect(codesOf(answer)).toContain("SERVER_BUSY");
      expect(codesOf(answer)).not.toContain("DATABASE_UNAVAILABLE");
    }
    expect(outcome.slowestHealthMs).toBeLessThan(HEALTH_BOUND_MS);
  });

  it("refuses negative list arguments as BAD_USER_INPUT and clamps huge ones", async () => {
    for (const [query, argument] of [
      ['{ studyGroups(limit: -1) { id } }', "limit"],
      ['{ studyGroups(offset: -5) { id } }', "offset"],
      ['{ studyGroups { questions(limit: -1) { id } } }', "limit"],
      ['{ studyGroupsConnection(first: -3) { edges { node { id } } } }', "first"],
    ] as const) {
      const answer = await refusedQuickly(query, ["BAD_USER_INPUT"]);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ argument });
      expect(JSON.stringify(answer.body)).not.toMatch(/Neo4j|Cypher|detail/i);
    }
    const variable = await postGraphql(api.graphqlUrl, "query ($n: Int) { studyGroups(limit: $n) { id } }", { n: -1 });
    expect(variable.status).toBe(400);
    expect(codesOf(variable)).toEqual(["BAD_USER_INPUT"]);
    const huge = await postGraphql(api.graphqlUrl, "{ studyGroups(limit: 2147483647) { id } }");
    expect(huge.status).toBe(200);
    expect((huge.body.data as { studyGroups: unknown[] }).studyGroups.length).toBeLessThanOrEqual(200);
  });
});
