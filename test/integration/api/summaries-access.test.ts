import { graphql, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "../../../src/api/build-schema.js";
import { removeDocuments } from "../../../src/load/remove-documents.js";
import { writeExtraction } from "../../../src/load/write-extraction.js";
import { useTestGraph } from "../../support/neo4j.js";
import { BLOCKCHAIN, DLT, summaryWrite, type SummaryDocument } from "../load/summaries-fixture.js";

// Two bodies that share a topic only through a restricted statement, and a public one between them.
const OWL = "test-suma:owl";
const LARK = "test-suma:lark";
const DOCUMENTS: readonly SummaryDocument[] = [
  { id: "test-suma-public", text: "Owl to Lark in the open", date: "2011-04-01", studyPeriod: "2009-2012", from: [OWL], to: [LARK], mentions: [BLOCKCHAIN] },
  { id: "test-suma-restricted", text: "Lark to Owl among members", date: "2010-06-01", studyPeriod: "2009-2012", from: [LARK], to: [OWL], mentions: [DLT, BLOCKCHAIN], access: "restricted" },
];
const RESTRICTED = "test-suma-restricted";

interface Answers {
  liaisonFlows: { flows: { from: string; to: string; count: number }[] };
  period: { flows: { from: string; to: string; count: number }[] };
  documentTimeline: { body: { id: string }; points: { period: string; count: number }[] }[];
  topicActivity: {
    bodies: { body: { id: string }; documentCount: number; firstSeen: string | null; evidence: { document: string | null }[] }[];
    timeline: { period: string; count: number }[];
  };
  overlaps: { b: { id: string }; evidence: { document: string | null }[] }[];
}

const QUERY = `{
  liaisonFlows(limit: 100) { flows { from to count } }
  period: liaisonFlows(studyPeriod: "2009-2012", limit: 100) { flows { from to count } }
  documentTimeline(bodies: ["${OWL}", "${LARK}"], granularity: YEAR) { body { id } points { period count } }
  topicActivity(topic: "${DLT}", limit: 200, evidenceLimit: 20) {
    bodies { body { id } documentCount firstSeen evidence { document } } timeline { period count }
  }
  overlaps(body: "${LARK}", limit: 100, evidenceLimit: 20, evidenceTopics: 200) { b { id } evidence { document } }
}`;

describe("analytics from the summaries, by access level", () => {
  const graph = useTestGraph();
  let schema: GraphQLSchema | undefined;
  const ids = DOCUMENTS.map((d) => d.id);

  beforeAll(async () => {
    await removeDocuments(graph.driver, graph.database, ids);
    for (const doc of DOCUMENTS) await writeExtraction(graph.driver, graph.database, summaryWrite(doc));
    schema = await buildSchema(graph.driver, graph.database);
  });
  afterAll(() => removeDocuments(graph.driver, graph.database, ids));

  const ask = async (access: readonly string[]): Promise<Answers> => {
    const result = await graphql({ schema: schema!, source: QUERY, contextValue: { sessionConfig: { database: graph.database }, access } });
    if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join("; "));
    return result.data as unknown as Answers;
  };
  const ours = (flows: Answers["liaisonFlows"]["flows"]) => flows.filter((f) => f.from.startsWith("test-suma:")).map((f) => `${f.from}>${f.to}:${f.count}`).sort();
  const body = (answers: Answers, id: string) => answers.topicActivity.bodies.find((b) => b.body.id === id);

  it("never count or cite a restricted statement for a public reader, and do for a member", async () => {
    const [reader, member] = [await ask(["public"]), await ask(["public", "restricted"])];

    expect(ours(reader.liaisonFlows.flows)).toEqual([`${OWL}>${LARK}:1`]);
    expect(ours(member.liaisonFlows.flows)).toEqual([`${LARK}>${OWL}:1`, `${OWL}>${LARK}:1`]);
    expect(ours(reader.period.flows)).toEqual([`${OWL}>${LARK}:1`]);
    expect(ours(member.period.flows)).toEqual([`${LARK}>${OWL}:1`, `${OWL}>${LARK}:1`]);

    expect(reader.documentTimeline.map((s) => [s.body.id, s.points])).toEqual([
      [OWL, [{ period: "2011", count: 1 }]],
      [LARK, []],
    ]);
    expect(member.documentTimeline.map((s) => [s.body.id, s.points])).toEqual([
      [OWL, [{ period: "2011", count: 1 }]],
      [LARK, [{ period: "2010", count: 1 }]],
    ]);

    // Lark's only statement on DLT is restricted: a public reader does not see Lark at all.
    expect(body(reader, LARK)).toBeUndefined();
    expect(body(member, LARK)).toMatchObject({ documentCount: 1, firstSeen: "2010-06-01" });
    expect(body(reader, OWL)).toMatchObject({ documentCount: 1, firstSeen: "2011-04-01", evidence: [{ document: "test-suma-public" }] });
    // The restricted statement mentions DLT and blockchain (narrower): it is cited for both but counted once.
    expect(body(member, LARK)?.evidence.map((e) => e.document)).toEqual([RESTRICTED, RESTRICTED]);
    expect(reader.topicActivity.timeline.find((p) => p.period === "2010")).toBeUndefined();
    expect(member.topicActivity.timeline.find((p) => p.period === "2010")).toEqual({ period: "2010", count: 1 });
    for (const b of reader.topicActivity.bodies) expect(b.evidence.map((e) => e.document)).not.toContain(RESTRICTED);

    expect(reader.overlaps.find((o) => o.b.id === OWL)).toBeUndefined();
    const pair = member.overlaps.find((o) => o.b.id === OWL);
    expect(pair?.evidence.map((e) => e.document).sort()).toEqual([RESTRICTED, "test-suma-public"].sort());
  });
});
