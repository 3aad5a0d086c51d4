import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { graphql, type GraphQLSchema } from "graphql";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GENERATED_QUERIES, handWrittenCypher, type GeneratedQuery } from "../../../bench/generated-queries.js";
import { buildSchema } from "../../../src/api/build-schema.js";
import { ingestFile } from "../../support/ingest.js";
import { useTestGraph } from "../../support/neo4j.js";

// Three small statements between two study groups, one of them for members only.
const FIXTURES: Record<string, string> = {
  "sg11-to-sg13.txt": `From: ITU-T SG 11
To: ITU-T SG 13
Date: 2024-05-02
Title: LS on test specifications for signalling interworking

ITU-T SG 11 informs ITU-T SG 13 that it has progressed its test specifications for signalling interworking and invites comments.
`,
  "sg11-to-sg13-restricted.txt": `From: ITU-T SG 11
To: ITU-T SG 13
Date: 2024-06-10
Access: TIES (members only)
Title: LS on a draft test plan for signalling interworking

ITU-T SG 11 shares with ITU-T SG 13 a draft test plan for signalling interworking for review.
`,
  "sg13-to-sg11.txt": `From: ITU-T SG 13
To: ITU-T SG 11
Date: 2024-07-01
Title: Reply on test specifications for signalling interworking

ITU-T SG 13 thanks ITU-T SG 11 for its liaison statement on test specifications and will consider them.
`,
};

const LEVELS = { reader: ["public"], member: ["public", "restricted"] } as const;

/** Lists compared as sets: the GraphQL API and a hand-written query may list unsorted things in different orders. */
function unordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unordered).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (neo4j.isInt(value)) return value.toNumber();
  // Keys sorted too, so that two equal maps print the same whichever order they were built in.
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, unordered(v)]),
    );
  }
  return value;
}

/** The ids of a sorted connection's nodes, in order. */
function orderedIds(data: unknown, connection: string): string[] {
  const bodies = (data as { bodies: Record<string, { edges: { node: { id: string } }[] }>[] }).bodies;
  return bodies.flatMap((b) => b[connection]!.edges.map((e) => e.node.id));
}

/**
 * The benchmark times each documented generated query against hand-written Cypher
 * (bench/generated-queries.ts, bench/cypher/); the comparison only means something if both give
 * the same answer, for every reader.
 */
describe("the hand-written Cypher of the benchmark", () => {
  const graph = useTestGraph();
  let schema: GraphQLSchema;
  let folder: string;
  const ids: string[] = [];

  beforeAll(async () => {
    schema = await buildSchema(graph.driver, graph.database, { accessControl: true });
    folder = mkdtempSync(path.join(tmpdir(), "hand-written-cypher-"));
    for (const [name, text] of Object.entries(FIXTURES)) {
      writeFileSync(path.join(folder, name), text);
      ids.push((await ingestFile(graph.driver, graph.database, path.join(folder, name))).documentId);
    }
  });

  afterAll(async () => {
    await graph.removeDocuments(ids);
    rmSync(folder, { recursive: true, force: true });
  });

  const variablesFor = (query: GeneratedQuery): Record<string, unknown> => {
    if (query.name === "lookup-by-id") return { id: ids[0] };
    if (query.name === "statements-sent-by-body") return { body: "ITU-T SG11" };
    if (query.name === "statements-received-by-body") return { body: "ITU-T SG13" };
    return { ...query.variables };
  };

  const answers = async (query: GeneratedQuery, access: readonly string[]) => {
    const variables = variablesFor(query);
    const generated = await graphql({
      schema,
      source: query.graphql,
      variableValues: variables,
      contextValue: { jwt: { roles: [], access: [...access] }, sessionConfig: { database: graph.database } },
    });
    expect(generated.errors, query.name).toBeUndefined();
    const { records } = await graph.driver.executeQuery(handWrittenCypher(query), { ...variables, access }, { database: graph.database, routing: "READ" });
    expect(records.length, query.name).toBe(1);
    return { generated: generated.data as Record<string, unknown>, hand: records[0]!.get("data") as Record<string, unknown> };
  };

  it("names the queries the benchmark needs, each with its Cypher file", () => {
    expect(GENERATED_QUERIES.map((q) => q.name)).toEqual(
      expect.arrayContaining(["lookup-by-id", "statements-sent-by-body", "statement-count", "study-group-with-questions"]),
    );
    for (const query of GENERATED_QUERIES) expect(query.cypherFile).toBe(`bench/cypher/${query.name}.cypher`);
  });

  for (const [reader, access] of Object.entries(LEVELS)) {
    it.each(GENERATED_QUERIES.map((q) => [q.name, q] as const))(`%s: the same answer as GraphQL for a ${reader}`, async (_name, query) => {
      const { generated, hand } = await answers(query, access);
      expect(unordered(hand)).toEqual(unordered(generated));
      if (query.name === "statements-sent-by-body") expect(orderedIds(hand, "sentConnection")).toEqual(orderedIds(generated, "sentConnection"));
      if (query.name === "statements-received-by-body") {
        expect(orderedIds(hand, "receivedConnection")).toEqual(orderedIds(generated, "receivedConnection"));
      }
    });
  }

  it("answers with the fixture's statements, the restricted one for members only", async () => {
    const sent = GENERATED_QUERIES.find((q) => q.name === "statements-sent-by-body")!;
    const forReader = await answers(sent, LEVELS.reader);
    const forMember = await answers(sent, LEVELS.member);
    expect(orderedIds(forReader.generated, "sentConnection")).toEqual([ids[0]]);
    expect(orderedIds(forMember.generated, "sentConnection")).toEqual([ids[1], ids[0]]);
    const lookup = GENERATED_QUERIES.find((q) => q.name === "lookup-by-id")!;
    const found = (await answers(lookup, LEVELS.reader)).generated.liaisonStatements as { id: string; sentBy: { id: string }[] }[];
    expect(found.map((s) => [s.id, s.sentBy.map((b) => b.id)])).toEqual([[ids[0], ["ITU-T SG11"]]]);
  });

  it("counts from the count store exactly what the generated aggregate counts, for each level", async () => {
    const source = `{ liaisonStatementCount liaisonStatementsConnection { aggregate { count { nodes } } } }`;
    const counts: Record<string, number> = {};
    for (const [reader, access] of Object.entries(LEVELS)) {
      const result = await graphql({ schema, source, contextValue: { jwt: { roles: [], access: [...access] }, sessionConfig: { database: graph.database } } });
      expect(result.errors).toBeUndefined();
      const data = result.data as { liaisonStatementCount: number; liaisonStatementsConnection: { aggregate: { count: { nodes: number } } } };
      expect(data.liaisonStatementCount, reader).toBe(data.liaisonStatementsConnection.aggregate.count.nodes);
      counts[reader] = data.liaisonStatementCount;
    }
    const [row] = await graph.rows<{ all: number; restricted: number }>(
      `MATCH (s:LiaisonStatement) RETURN count(s) AS all, count(CASE WHEN s.access = "restricted" THEN 1 END) AS restricted`,
    );
    expect(counts.member).toBe(row!.all);
    expect(counts.reader).toBe(row!.all - row!.restricted);
    expect(row!.restricted).toBeGreaterThanOrEqual(1);
  });

  it("counts every statement in the in-process schema without access rules, and none for a reader without levels", async () => {
    const open = await buildSchema(graph.driver, graph.database);
    const all = await graphql({ schema: open, source: "{ liaisonStatementCount }", contextValue: { sessionConfig: { database: graph.database } } });
    expect(all.errors).toBeUndefined();
    const [row] = await graph.rows<{ all: number }>("MATCH (s:LiaisonStatement) RETURN count(s) AS all");
    expect(all.data).toEqual({ liaisonStatementCount: row!.all });
    const none = await graphql({ schema, source: "{ liaisonStatementCount }", contextValue: { jwt: { roles: [], access: [] }, sessionConfig: { database: graph.database } } });
    expect(none.errors).toBeUndefined();
    expect(none.data).toEqual({ liaisonStatementCount: 0 });
  });
});
