import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { overlaps, type OverlapsArgs } from "../../../src/api/resolvers/analytics/overlaps.js";
import { toCypherParams, toPlain } from "../../../src/api/resolvers/analytics/run-analytic.js";
import { savedQuery } from "../../../src/api/saved-query.js";
import { writeExtraction } from "../../../src/load/write-extraction.js";
import { BLOCKCHAIN, DLT, SMART_CONTRACTS, VEHICULAR, summaryWrite, type SummaryDocument } from "../load/summaries-fixture.js";
import { useAnalyticsApi } from "./analytics-api.js";

// Bodies the reference data does not know, with topic sets made to tie: Ash, Birch and Cedar
// (the latter only for a member) mention the same two topics, in two study periods.
const ASH = "test-ovl:ash";
const BIRCH = "test-ovl:birch";
const CEDAR = "test-ovl:cedar";
const DOGWOOD = "test-ovl:dogwood";
const ELM = "test-ovl:elm";
const DOCUMENTS: readonly SummaryDocument[] = [
  { id: "test-ovl-1", text: "Ash to Elm", date: "2010-03-01", studyPeriod: "2009-2012", from: [ASH], to: [ELM], mentions: [DLT, BLOCKCHAIN] },
  { id: "test-ovl-2", text: "Birch to Ash", date: "2011-05-01", studyPeriod: "2009-2012", from: [BIRCH], to: [ASH], mentions: [DLT, BLOCKCHAIN] },
  { id: "test-ovl-3", text: "Cedar to Ash, members only", date: "2014-01-01", studyPeriod: "2013-2016", from: [CEDAR], to: [ASH], mentions: [BLOCKCHAIN, DLT], access: "restricted" },
  { id: "test-ovl-4", text: "Dogwood to Elm", date: "2015-02-01", studyPeriod: "2013-2016", from: [DOGWOOD], to: [ELM], mentions: [VEHICULAR, DLT] },
  { id: "test-ovl-5", text: "Elm to Dogwood", date: "2018-06-01", studyPeriod: "2017-2020", from: [ELM], to: [DOGWOOD], mentions: [SMART_CONTRACTS, VEHICULAR, DLT] },
  { id: "test-ovl-6", text: "Birch to ITU-T SG17", date: "2019-09-01", studyPeriod: "2017-2020", from: [BIRCH], to: ["ITU-T SG17"], mentions: [BLOCKCHAIN] },
];

const KINDS: OverlapsArgs["kinds"][] = [null, ["StudyGroup"], ["Organization"]];
const BODIES = [null, "ITU-T SG17", ASH, "Q14/17"];
const TOPICS = [null, DLT];
const PERIODS = [null, "2009-2012", "2017-2020"];

interface Case {
  readonly args: OverlapsArgs;
  readonly access: string[];
  readonly withEvidence: boolean;
}

/** Every kind, body, topic and study period together; minShared, limit, evidence and access vary along. */
function cases(): Case[] {
  const all: Case[] = [];
  for (const kinds of KINDS) for (const body of BODIES) for (const topic of TOPICS) for (const studyPeriod of PERIODS) {
    const n = all.length;
    all.push({
      args: { kinds, body, topic, studyPeriod, minShared: 1 + (n % 2), limit: [100, 3, 7][n % 3]!, evidenceLimit: [3, 0, 20][n % 3]!,
              evidenceTopics: [200, 5, 1, 0][Math.floor(n / 3) % 4]! },
      access: n % 4 < 2 ? ["public", "restricted"] : ["public"],
      withEvidence: n % 5 !== 4,
    });
  }
  return all;
}

const label = (c: Case) => JSON.stringify({ ...c.args, access: c.access, withEvidence: c.withEvidence });

/**
 * The API scores overlaps outside the database (overlaps-bodies, score-overlaps.ts,
 * overlaps-evidence); cypher/queries/overlaps.cypher, the query for Neo4j Browser, does it all in one
 * statement. Both must give the same answer, to the order of the pairs and of their evidence.
 */
describe("overlaps, scored by the API and by the single-statement query", () => {
  const api = useAnalyticsApi({ founding: true });
  const ids = DOCUMENTS.map((d) => d.id);

  beforeAll(async () => {
    await api.graph.removeDocuments(ids);
    for (const doc of DOCUMENTS) await writeExtraction(api.graph.driver, api.graph.database, summaryWrite(doc));
  });
  afterAll(() => api.graph.removeDocuments(ids));

  const split = (c: Case) =>
    overlaps(api.graph, c.args, { sessionConfig: { database: api.graph.database }, access: c.access }, { withEvidence: c.withEvidence });
  const single = async (c: Case) => {
    const { kinds, body, topic, studyPeriod, minShared, limit, evidenceLimit, evidenceTopics } = c.args;
    const params = {
      ...toCypherParams({ kinds: kinds ?? null, body: body ?? null, topic: topic ?? null, studyPeriod: studyPeriod ?? null }),
      ...toCypherParams({ minShared: minShared!, limit: limit!, evidenceLimit: evidenceLimit!, evidenceTopics: evidenceTopics!, withEvidence: c.withEvidence }),
      access: c.access,
    };
    const { records } = await api.graph.driver.executeQuery(savedQuery("overlaps"), params, { database: api.graph.database, routing: "READ" });
    return records.map((r) => toPlain(r.toObject()));
  };

  it("covers ties, cuts through them, and excludes a body's own Questions", async () => {
    const member = { args: { limit: 100, evidenceLimit: 0 }, access: ["public", "restricted"], withEvidence: false };
    const pairs = await split(member);
    const keys = pairs.map((p) => `${p.a.id} | ${p.b.id}`);
    expect(keys).toEqual(expect.arrayContaining([`${ASH} | ${BIRCH}`, `${ASH} | ${CEDAR}`, `${BIRCH} | ${CEDAR}`]));
    expect(keys).not.toContain("ITU-T SG17 | Q14/17");
    const tied = pairs.filter((p) => p.a.id.startsWith("test-ovl:") && p.score === 1);
    expect(tied.length).toBeGreaterThanOrEqual(3);
    expect(await split({ ...member, access: ["public"] })).not.toContainEqual(expect.objectContaining({ b: expect.objectContaining({ id: CEDAR }) }));
  });

  it.each(cases().map((c) => [label(c), c] as const))("gives the same answer for %s", async (_, c) => {
    const [byApi, bySingleStatement] = await Promise.all([split(c), single(c)]);
    expect(byApi).toEqual(bySingleStatement);
  });
});
