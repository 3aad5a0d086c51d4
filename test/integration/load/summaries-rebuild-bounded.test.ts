import { readFileSync } from "node:fs";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { splitStatements } from "../../../src/graph/cypher-file.js";
import { rebuildSummaries } from "../../../src/load/summaries.js";
import { useTestGraph } from "../../support/neo4j.js";

// The rebuild computes each kind body by body (or topic by topic) so that a transaction holds one
// busy body's documents, not every document. summaries-rebuild-single-pass.cypher is the rebuild
// as it was, one pass over every statement per kind: both must give the same nodes, property by
// property, on a graph written in bulk with the cases a per-body split could get wrong.
const SINGLE_PASS = splitStatements(readFileSync(new URL("./summaries-rebuild-single-pass.cypher", import.meta.url), "utf8"));
const P = "test-sumeq";
const [A, B, C] = [`${P}:heron`, `${P}:ibis`, `${P}:crane`];
const [ROOT, MID, LEAF] = [`${P}:topic-root`, `${P}:topic-mid`, `${P}:topic-leaf`];
const TARGET = `${P}:x1402`;

const BULK_WRITE = readFileSync(new URL("./bulk-write-graph.cypher", import.meta.url), "utf8");

interface Relation { type: string; to: string; source?: string }
const doc = (i: number, properties: Record<string, string>, relations: Relation[]) => ({
  properties: { id: `${P}-${String(i).padStart(2, "0")}`, name: `${P}-${i}`, title: `${P}-${i}`, ...properties },
  relations,
});
const documents = [
  // A topic and its ancestor mentioned together: one document for the "tree" counts.
  doc(0, { date: "2019-03-01", studyPeriod: "2017-2020" }, [
    { type: "SENT_BY", to: A }, { type: "SENT_TO", to: B }, { type: "COPIED_TO", to: C },
    { type: "MENTIONS", to: LEAF }, { type: "MENTIONS", to: ROOT },
  ]),
  // Two senders that are also recipients of each other; undated and restricted.
  doc(1, { access: "restricted" }, [
    { type: "SENT_BY", to: A }, { type: "SENT_BY", to: B }, { type: "SENT_TO", to: B }, { type: "SENT_TO", to: C },
    { type: "MENTIONS", to: MID },
  ]),
  // Sent to its own sender, with a date shorter than a month, referring to a target.
  doc(2, { date: "2020", studyPeriod: "2017-2020" }, [
    { type: "SENT_BY", to: A }, { type: "SENT_TO", to: A }, { type: "COPIED_TO", to: B },
    { type: "MENTIONS", to: LEAF }, { type: "REFERENCES", to: TARGET },
  ]),
  // Every relation twice, and the same recipient as SENT_TO and COPIED_TO.
  doc(3, { date: "2021-06-30", studyPeriod: "2021-2024", access: "restricted" }, [
    { type: "SENT_BY", to: A }, { type: "SENT_BY", to: A }, { type: "SENT_TO", to: B }, { type: "COPIED_TO", to: B },
    { type: "MENTIONS", to: MID }, { type: "MENTIONS", to: MID }, { type: "REFERENCES", to: TARGET }, { type: "REFERENCES", to: TARGET },
  ]),
  // Relations another document asserted do not count for this one.
  doc(4, { date: "2022-01-10", studyPeriod: "2021-2024" }, [
    { type: "SENT_BY", to: C }, { type: "SENT_BY", to: B, source: `${P}-00` }, { type: "SENT_TO", to: A, source: `${P}-00` },
    { type: "SENT_TO", to: B }, { type: "MENTIONS", to: ROOT, source: `${P}-00` }, { type: "MENTIONS", to: LEAF },
  ]),
  // Neither recipients nor topics.
  doc(5, { date: "2018-11-11" }, [{ type: "SENT_BY", to: C }]),
  // More than the 20 newest one body–topic keeps, with ties on the date broken by id, and undated ones.
  ...Array.from({ length: 33 }, (_, k) =>
    doc(10 + k, k % 7 === 6 ? { studyPeriod: "2021-2024" } : { date: `2023-0${1 + (k % 3)}-15`, studyPeriod: "2021-2024" }, [
      { type: "SENT_BY", to: B }, { type: "SENT_TO", to: k % 2 === 0 ? A : C },
      { type: "MENTIONS", to: k % 3 === 0 ? LEAF : MID },
    ]),
  ),
];

describe("summaries rebuilt body by body", () => {
  const graph = useTestGraph();
  const cleanup = () => graph.rows(`MATCH (n:Entity) WHERE n.id STARTS WITH '${P}' DETACH DELETE n`);
  const snapshot = () =>
    graph.rows<{ kind: string[]; properties: Record<string, unknown> }>(
      `MATCH (s:Summary)
       RETURN [l IN labels(s) WHERE l <> "Summary"] AS kind, properties(s) AS properties
       ORDER BY s.key, kind`,
    );
  const singlePass = async (batchSize: number) => {
    const session = graph.driver.session({ database: graph.database });
    try {
      await session.run("MATCH (s:Summary) CALL (s) { DELETE s } IN TRANSACTIONS OF 10000 ROWS");
      for (const statement of SINGLE_PASS) await session.run(statement, { batchSize: neo4j.int(batchSize) });
    } finally {
      await session.close();
    }
  };

  beforeAll(async () => {
    await cleanup();
    await graph.rows(BULK_WRITE, {
      bodies: [A, B, C],
      topics: [{ id: ROOT }, { id: MID, broader: ROOT }, { id: LEAF, broader: MID }],
      targets: [TARGET],
      documents,
    });
  });
  afterAll(async () => {
    await cleanup();
    await rebuildSummaries(graph.driver, graph.database);
  });

  it("equal the single pass over every statement, node by node, in one or several bodies per transaction", async () => {
    await singlePass(5000);
    const expected = await snapshot();
    const ours = expected.filter((s) => JSON.stringify(s.properties).includes(P));
    // The cases above reach every kind, both scopes and both directions.
    const kinds = new Set(ours.map((s) => s.kind.join()));
    expect([...kinds].sort()).toEqual(
      ["BodyFlow", "BodyFlowDate", "BodyPeriod", "BodyRecent", "BodyReference", "BodyTopic", "BodyTopicTotal", "BodyTraffic", "TopicPeriod"],
    );
    expect(ours.find((s) => s.properties.key === `${B}|${MID}|public|2021-2024`)?.properties.recent).toHaveLength(20);

    for (const batchSize of [1, 2, 1000]) {
      await rebuildSummaries(graph.driver, graph.database, { batchSize });
      expect(await snapshot()).toEqual(expected);
    }
  });
});
