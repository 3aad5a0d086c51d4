import { graphql, Kind, parse, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSchema, readTypeDefs } from "../../../src/api/build-schema.js";
import { useTestGraph } from "../../support/neo4j.js";

describe("the generated GraphQL API over the reference graph", () => {
  const graph = useTestGraph();
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await buildSchema(graph.driver, graph.database);
  });

  const run = async (source: string, variableValues?: Record<string, unknown>) => {
    const result = await graphql({ schema, source, variableValues, contextValue: { sessionConfig: { database: graph.database } } });
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, unknown>;
  };

  it("returns a study group with its Questions, focus groups and per-period titles", async () => {
    const data = await run(`{
      studyGroups(where: { id: { eq: "ITU-T SG16" } }) {
        id name
        questions { id title }
        focusGroups(sort: [{ id: ASC }]) { id }
        periodsConnection(sort: [{ node: { id: ASC } }]) { edges { properties { title } node { id } } }
      }
    }`);
    expect(data).toEqual({
      studyGroups: [
        {
          id: "ITU-T SG16",
          name: "ITU-T Study Group 16",
          questions: [{ id: "Q22/16", title: "Distributed ledger technologies and e-services" }],
          focusGroups: [{ id: "ITU-T FG AI4H" }, { id: "ITU-T FG VM" }],
          periodsConnection: {
            edges: [
              { properties: { title: null }, node: { id: "2017-2020" } },
              { properties: { title: "Multimedia and related digital technologies" }, node: { id: "2022-2024" } },
            ],
          },
        },
      ],
    });
  });

  it("filters focus groups by parent and status", async () => {
    const data = await run(`{
      focusGroups(where: { status: { eq: "CONCLUDED" }, parent: { some: { id: { eq: "ITU-T TSAG" } } } }, sort: [{ id: ASC }]) { id }
    }`);
    expect(data).toEqual({ focusGroups: [{ id: "ITU-T FG DFS" }, { id: "ITU-T FG DLT" }, { id: "ITU-T FG MV" }] });
  });

  it("returns a topic with everything that studies it", async () => {
    const data = await run(`{
      topics(where: { id: { eq: "topic:distributed-ledger-technology" } }) {
        name aliases
        studiedBy { __typename id }
        narrower { id }
      }
    }`);
    const [topic] = (data.topics as { name: string; aliases: string[]; studiedBy: { __typename: string; id: string }[]; narrower: { id: string }[] }[]);
    expect(topic?.name).toBe("distributed ledger technology");
    expect(topic?.aliases).toContain("DLT");
    expect(topic?.studiedBy.map((b) => `${b.__typename} ${b.id}`).sort()).toEqual([
      "FocusGroup ITU-T FG DLT",
      "Question Q14/17",
      "Question Q22/16",
    ]);
    expect(topic?.narrower.map((t) => t.id)).toContain("topic:blockchain");
  });

  it("finds FG DLT and Q22/16 by full-text search for 'ledger', ranked and typed", async () => {
    const data = await run(`{ search(text: "ledger", limit: 10) { type id name score } }`);
    const hits = data.search as { type: string; id: string; score: number }[];
    expect(hits.map((h) => `${h.type} ${h.id}`)).toEqual(expect.arrayContaining(["FocusGroup ITU-T FG DLT", "Question Q22/16"]));
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("restricts search to the types asked for and rejects unknown ones", async () => {
    const data = await run(`{ search(text: "ledger", types: ["Question"]) { type id } }`);
    const ids = (data.search as { type: string; id: string }[]).map((h) => `${h.type} ${h.id}`).sort();
    expect(ids).toEqual(["Question Q14/17", "Question Q22/16"]);
    const bad = await graphql({ schema, source: `{ search(text: "x", types: ["Person"]) { id } }`, contextValue: { sessionConfig: { database: graph.database } } });
    expect(bad.errors?.[0]?.message).toMatch(/^unknown types Person; known: StudyGroup/);
  });

  it("walks a list with cursors without gaps or repeats", async () => {
    const all = (await run(`{ topics(sort: [{ id: ASC }], limit: 500) { id } }`)).topics as { id: string }[];
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const data = await run(
        `query Page($after: String) { topicsConnection(first: 7, after: $after, sort: [{ id: ASC }]) {
          edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const connection = data.topicsConnection as { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      seen.push(...connection.edges.map((e) => e.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.map((t) => t.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("counts with connection aggregates exactly as many nodes as the graph has", async () => {
    const data = await run(`{
      studyGroupsConnection { aggregate { count { nodes } } }
      focusGroupsConnection { aggregate { count { nodes } } }
      topicsConnection { aggregate { count { nodes } } }
    }`);
    const [row] = await graph.rows<{ sg: number; fg: number; topics: number }>(
      `CALL () { MATCH (n:StudyGroup) RETURN count(n) AS sg } CALL () { MATCH (n:FocusGroup) RETURN count(n) AS fg }
       CALL () { MATCH (n:Topic) RETURN count(n) AS topics } RETURN sg, fg, topics`,
    );
    expect(data).toEqual({
      studyGroupsConnection: { aggregate: { count: { nodes: row?.sg } } },
      focusGroupsConnection: { aggregate: { count: { nodes: row?.fg } } },
      topicsConnection: { aggregate: { count: { nodes: row?.topics } } },
    });
    // The reference graph: 12 ITU-T, 6 ITU-R and 2 ITU-D study groups.
    expect(row?.sg).toBe(20);
  });

  it("caps list sizes: no query gets the whole graph at once", async () => {
    const result = await graphql({ schema, source: `{ topics(limit: 100000) { id } }`, contextValue: { sessionConfig: { database: graph.database } } });
    expect((result.data?.topics as unknown[]).length).toBeLessThanOrEqual(500);
    const defaults = await run(`{ liaisonStatements { id } questions { id } }`);
    expect((defaults.questions as unknown[]).length).toBeLessThanOrEqual(50);
  });

  it("has no mutations in the public schema", () => {
    expect(schema.getMutationType()).toBeUndefined();
  });

  it("documents every type and field a dashboard author sees", () => {
    // The SDL of schema/ is what we write; the generated types document themselves.
    const undocumented: string[] = [];
    for (const definition of parse(readTypeDefs()).definitions) {
      if (!("name" in definition) || !definition.name || !("fields" in definition)) continue;
      const name = definition.name.value;
      // The root Query type is split over files; its fields carry the documentation.
      if (name !== "Query" && definition.kind !== Kind.OBJECT_TYPE_EXTENSION && !("description" in definition && definition.description)) {
        undocumented.push(name);
      }
      for (const field of definition.fields ?? []) {
        if (!field.description) undocumented.push(`${name}.${field.name.value}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
