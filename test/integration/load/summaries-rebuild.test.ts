import { readFileSync } from "node:fs";
import { graphql, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "../../../src/api/build-schema.js";
import { rebuildSummaries } from "../../../src/load/summaries.js";
import { runCli } from "../../e2e/cli/run-cli.js";
import { useTestGraph } from "../../support/neo4j.js";
import { BLOCKCHAIN, DLT, SMART_CONTRACTS } from "./summaries-fixture.js";

// A graph written by a bulk writer that bypasses the loader, so no summary counts it.
const BODIES = ["test-sumraw:heron", "test-sumraw:ibis", "test-sumraw:crane"];
const BULK_WRITE = readFileSync(new URL("./bulk-write-graph.cypher", import.meta.url), "utf8");
const documents = Array.from({ length: 12 }, (_, i) => {
  const id = `test-sumraw-${i}`;
  const [from, to, cc] = [BODIES[i % 3]!, BODIES[(i + 1) % 3]!, BODIES[(i + 2) % 3]!];
  const properties: Record<string, string> = { id, name: id, title: id, studyPeriod: i < 6 ? "2017-2020" : "2022-2024" };
  if (i % 4 !== 3) properties.date = `${2017 + Math.floor(i / 2)}-0${1 + (i % 9)}-15`;
  if (i % 5 === 4) properties.access = "restricted";
  const mentions = [[DLT], [BLOCKCHAIN, SMART_CONTRACTS], [DLT, BLOCKCHAIN]][i % 3]!;
  return {
    properties,
    relations: [
      { type: "SENT_BY", to: from },
      { type: "SENT_TO", to },
      ...(i % 2 === 0 ? [{ type: "COPIED_TO", to: cc }] : []),
      ...mentions.map((topic) => ({ type: "MENTIONS", to: topic })),
    ],
  };
});

const QUERY = `query ($bodies: [ID!]) {
  liaisonFlows(limit: 100) { flows { from to count } }
  documentTimeline(bodies: $bodies, granularity: STUDY_PERIOD) { body { id } points { period count } }
  topicActivity(topic: "${DLT}", limit: 200) { bodies { body { id } documentCount firstSeen lastSeen } }
}`;
interface Answers {
  liaisonFlows: { flows: { from: string; to: string; count: number }[] };
  documentTimeline: { body: { id: string }; points: { period: string; count: number }[] }[];
  topicActivity: { bodies: { body: { id: string }; documentCount: number; firstSeen: string | null; lastSeen: string | null }[] };
}

describe("summaries rebuild on a graph the loader did not write", () => {
  const graph = useTestGraph();
  let schema: GraphQLSchema | undefined;
  const cleanup = () => graph.rows("MATCH (n:Entity) WHERE n.id STARTS WITH 'test-sumraw' DETACH DELETE n");

  beforeAll(async () => {
    await cleanup();
    await graph.rows(BULK_WRITE, { bodies: BODIES, topics: [], targets: [], documents });
    schema = await buildSchema(graph.driver, graph.database);
  });
  afterAll(async () => {
    await cleanup();
    // The raw statements' summaries go with them.
    await rebuildSummaries(graph.driver, graph.database);
  });

  const ask = async (): Promise<Answers> => {
    const result = await graphql({ schema: schema!, source: QUERY, variableValues: { bodies: BODIES }, contextValue: { sessionConfig: { database: graph.database } } });
    if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join("; "));
    return result.data as unknown as Answers;
  };
  const answers = (a: Answers) => ({
    flows: a.liaisonFlows.flows.filter((f) => f.from.startsWith("test-sumraw")).map((f) => `${f.from}>${f.to}:${f.count}`).sort(),
    timeline: a.documentTimeline.map((s) => [s.body.id, s.points]),
    activity: a.topicActivity.bodies.filter((b) => b.body.id.startsWith("test-sumraw")).map((b) => [b.body.id, b.documentCount, b.firstSeen, b.lastSeen]).sort(),
  });

  /** The same answers read from the documents themselves, as the analytics read them before summaries. */
  const fromDocuments = async () => {
    const flows = await graph.rows<{ flow: string }>(
      `MATCH (d:LiaisonStatement)-[:SENT_BY]->(s:Body) WHERE s.id STARTS WITH 'test-sumraw'
       MATCH (d)-[:SENT_TO|COPIED_TO]->(r:Body) WHERE r <> s
       WITH s.id AS from, r.id AS to, count(DISTINCT d) AS n
       RETURN from + ">" + to + ":" + toString(n) AS flow ORDER BY flow`,
    );
    const timeline = await graph.rows<{ id: string; points: { period: string; count: number }[] }>(
      `UNWIND $bodies AS id
       MATCH (b:Body {id: id})
       CALL (b) {
         OPTIONAL MATCH (b)<-[:SENT_BY]-(d:LiaisonStatement)
         WITH d.studyPeriod AS period, count(d) AS n WHERE period IS NOT NULL
         WITH period, n ORDER BY period
         RETURN collect({period: period, count: n}) AS points
       }
       RETURN id, points`,
      { bodies: BODIES },
    );
    const activity = await graph.rows<{ row: [string, number, string | null, string | null] }>(
      `MATCH (b:Body)<-[:SENT_BY]-(d:LiaisonStatement)-[:MENTIONS]->(:Topic)-[:BROADER*0..6]->(:Topic {id: $dlt})
       WHERE b.id STARTS WITH 'test-sumraw'
       WITH b, count(DISTINCT d) AS n, min(d.date) AS first, max(d.date) AS last
       RETURN [b.id, n, first, last] AS row ORDER BY b.id`,
      { dlt: DLT },
    );
    return { flows: flows.map((f) => f.flow), timeline: timeline.map((t) => [t.id, t.points]), activity: activity.map((a) => a.row) };
  };

  it("gives the answers the documents give, through the standards-graph command", async () => {
    const expected = await fromDocuments();
    expect(expected.flows.length).toBeGreaterThan(3);
    expect(expected.activity).toHaveLength(3);
    // Before the rebuild nothing summarizes the bulk-written statements.
    expect(answers(await ask()).flows).toEqual([]);

    const run = await runCli(["summaries", "rebuild"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Summaries rebuilt from \d+ liaison statements/);

    expect(answers(await ask())).toEqual(expected);
  });

  it("explains its usage and refuses an unknown action", async () => {
    const help = await runCli(["summaries", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: standards-graph summaries rebuild");
    const wrong = await runCli(["summaries", "refresh"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("unknown summaries action 'refresh'");
  });
});
