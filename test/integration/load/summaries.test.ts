import { describe, expect, it } from "vitest";
import { removeDocuments } from "../../../src/load/remove-documents.js";
import { rebuildSummaries } from "../../../src/load/summaries.js";
import { BLOCKCHAIN, DLT, SMART_CONTRACTS, VEHICULAR, allSummaries, summary, type SummaryDocument, useSummaryDocuments } from "./summaries-fixture.js";

// Bodies no reference names, so the keys checked below hold only this file's documents.
const ALPHA = "test-sum:alpha";
const BETA = "test-sum:beta";
const GAMMA = "test-sum:gamma";
const DELTA = "test-sum:delta";
const TSAG = "ITU-T TSAG";
const X1401 = "ITU-T X.1401";
const X1402 = "ITU-T X.1402";

const DOCUMENTS: readonly SummaryDocument[] = [
  { id: "test-sum-1", text: "Alpha on ledgers and chains", date: "2018-03-01", studyPeriod: "2017-2020", from: [ALPHA], to: [TSAG], cc: [GAMMA], mentions: [DLT, BLOCKCHAIN], references: [X1401] },
  { id: "test-sum-2", text: "Alpha on chains and contracts", date: "2019-07-15", studyPeriod: "2017-2020", from: [ALPHA], to: [BETA], mentions: [BLOCKCHAIN, SMART_CONTRACTS], references: [X1401, X1402] },
  { id: "test-sum-3", text: "Alpha, undated", studyPeriod: "2017-2020", from: [ALPHA], to: [TSAG], mentions: [DLT] },
  { id: "test-sum-4", text: "Alpha and Beta jointly, for members", date: "2023-02-01", studyPeriod: "2022-2024", from: [ALPHA, BETA], to: [GAMMA], mentions: [DLT, VEHICULAR], references: [X1402], access: "restricted" },
  { id: "test-sum-5", text: "Gamma answers", date: "2022-11-30", studyPeriod: "2022-2024", from: [GAMMA], to: [ALPHA], cc: [TSAG], mentions: [BLOCKCHAIN] },
  { id: "test-sum-6", text: "Delta without a study period", date: "2024-01-10", from: [DELTA], to: [ALPHA], mentions: [SMART_CONTRACTS] },
  { id: "test-sum-7", text: "Beta, neither dated nor in a period, for members", from: [BETA], to: [ALPHA, TSAG], mentions: [VEHICULAR], access: "restricted" },
  { id: "test-sum-8", text: "Alpha on all of it", date: "2020-05-05", studyPeriod: "2017-2020", from: [ALPHA], to: [BETA], mentions: [DLT, BLOCKCHAIN, SMART_CONTRACTS] },
];
const IDS = DOCUMENTS.map((d) => d.id);
const byId = (id: string) => DOCUMENTS.find((d) => d.id === id)!;

describe("loader-kept summaries", () => {
  const { graph, write } = useSummaryDocuments(DOCUMENTS);

  /** The summaries as the loader left them, then as a rebuild from scratch computes them. */
  const keptAndRebuilt = async () => {
    const kept = await allSummaries(graph);
    const report = await rebuildSummaries(graph.driver, graph.database, { batchSize: 3 });
    const rebuilt = await allSummaries(graph);
    return { kept, rebuilt, report };
  };

  it("after ingestion, equal what a rebuild computes from scratch, property by property", async () => {
    const { kept, rebuilt, report } = await keptAndRebuilt();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(rebuilt);
    expect(report.bodyTopics + report.bodyFlows + report.bodyTopicTotals + report.topicPeriods + report.bodyPeriods + report.bodyTraffic
      + report.bodyFlowDates + report.bodyReferences + report.bodyRecent).toBe(rebuilt.length);
    // A joint statement counts for each sender; a restricted one under its own level.
    expect(await summary(graph, "BodyPeriod", `${BETA}|restricted|2022-2024|2023`)).toMatchObject({ documents: 1 });
    expect(await summary(graph, "BodyPeriod", `${BETA}|restricted||`)).toMatchObject({ documents: 1 });
    // Narrower topics count once per document in the tree of DLT: 1, 2 and 8 mention several of it.
    expect(await summary(graph, "BodyTopicTotal", `${ALPHA}|${DLT}|tree|public`)).toMatchObject({
      documents: 4, firstDate: "2018-03-01", lastDate: "2020-05-05",
    });
    expect(await summary(graph, "BodyTopicTotal", `${ALPHA}|${DLT}|self|public`)).toMatchObject({ documents: 3 });
    expect(await summary(graph, "BodyTopic", `${ALPHA}|${BLOCKCHAIN}|public|2017-2020`)).toMatchObject({
      documents: 3, firstDate: "2018-03-01", lastDate: "2020-05-05", recent: ["test-sum-8", "test-sum-2", "test-sum-1"],
    });
    // The undated document comes after the dated ones among the newest.
    expect((await summary(graph, "BodyTopic", `${ALPHA}|${DLT}|public|2017-2020`))?.recent).toEqual(["test-sum-8", "test-sum-1", "test-sum-3"]);
    expect(await summary(graph, "BodyFlow", `${ALPHA}|${GAMMA}|public|2017-2020`)).toMatchObject({ documents: 1, dated: 1 });
    expect(await summary(graph, "BodyFlow", `${BETA}|${ALPHA}|restricted|`)).toMatchObject({ documents: 1, dated: 0 });
    // Gamma: copied on 1; sent 5 to Alpha with TSAG copied (two flows); sent 4 by Alpha and Beta jointly (two flows).
    expect(await summary(graph, "BodyTraffic", `${GAMMA}|public|2017-2020`)).toMatchObject({ flows: 1 });
    expect(await summary(graph, "BodyTraffic", `${GAMMA}|public|2022-2024`)).toMatchObject({ flows: 2 });
    expect(await summary(graph, "BodyTraffic", `${GAMMA}|restricted|2022-2024`)).toMatchObject({ flows: 2 });
    // Dated flows by year and by month, undated ones (3, and 7 with no study period) once.
    expect(await summary(graph, "BodyFlowDate", `${ALPHA}|${GAMMA}|public|2017-2020|year|2018`)).toMatchObject({ documents: 1 });
    expect(await summary(graph, "BodyFlowDate", `${ALPHA}|${GAMMA}|public|2017-2020|month|2018-03`)).toMatchObject({ documents: 1 });
    expect(await summary(graph, "BodyFlowDate", `${ALPHA}|${TSAG}|public|2017-2020|year|2018`)).toMatchObject({ documents: 1 });
    expect(await summary(graph, "BodyFlowDate", `${ALPHA}|${TSAG}|public|2017-2020|undated|`)).toMatchObject({
      span: "undated", bucket: "", documents: 1,
    });
    expect(await summary(graph, "BodyFlowDate", `${BETA}|${TSAG}|restricted||undated|`)).toMatchObject({ documents: 1 });
    expect(await summary(graph, "BodyFlowDate", `${ALPHA}|${BETA}|public|2017-2020|year|2019`)).toMatchObject({ documents: 1 });
    expect(await summary(graph, "BodyFlowDate", `${ALPHA}|${BETA}|public|2017-2020|undated|`)).toBeUndefined();
    // References: what the body sent refers to, per access level.
    expect(await summary(graph, "BodyReference", `${ALPHA}|${X1401}|public`)).toMatchObject({ documents: 2 });
    expect(await summary(graph, "BodyReference", `${ALPHA}|${X1402}|public`)).toMatchObject({ documents: 1 });
    expect(await summary(graph, "BodyReference", `${BETA}|${X1402}|restricted`)).toMatchObject({ documents: 1 });
    // Newest first, the undated last, with their dates.
    expect(await summary(graph, "BodyRecent", `${ALPHA}|sent|public`)).toMatchObject({
      documents: 4, recent: ["test-sum-8", "test-sum-2", "test-sum-1", "test-sum-3"],
      recentDates: ["2020-05-05", "2019-07-15", "2018-03-01", ""],
    });
    expect(await summary(graph, "BodyRecent", `${ALPHA}|received|public`)).toMatchObject({ documents: 2, recent: ["test-sum-6", "test-sum-5"] });
    expect(await summary(graph, "BodyRecent", `${TSAG}|received|restricted`)).toMatchObject({ documents: 1, recent: ["test-sum-7"] });
  });

  it("after rewrites, a change of access level and of date, and removals, still equal a rebuild", async () => {
    // New text under the same id: no copy to Gamma, smart contracts only.
    await write({ ...byId("test-sum-1"), text: "Alpha on contracts, revised", cc: [], mentions: [SMART_CONTRACTS] });
    // The same statement, now for members only.
    await write({ ...byId("test-sum-8"), access: "restricted" });
    // A later date: the last date of Alpha's blockchain summary moves with it.
    await write({ ...byId("test-sum-2"), date: "2021-01-01" });
    // Undated from now on: its flow leaves its year and month for the undated ones.
    await write({ ...byId("test-sum-6"), date: undefined });
    await removeDocuments(graph.driver, graph.database, ["test-sum-3", "test-sum-5"]);

    expect(await summary(graph, "BodyTopic", `${ALPHA}|${BLOCKCHAIN}|public|2017-2020`)).toMatchObject({
      documents: 1, firstDate: "2021-01-01", lastDate: "2021-01-01", recent: ["test-sum-2"],
    });
    expect(await summary(graph, "BodyTopicTotal", `${ALPHA}|${DLT}|tree|public`)).toMatchObject({
      documents: 2, firstDate: "2018-03-01", lastDate: "2021-01-01",
    });
    expect(await summary(graph, "BodyTopicTotal", `${ALPHA}|${DLT}|tree|restricted`)).toMatchObject({
      documents: 2, firstDate: "2020-05-05", lastDate: "2023-02-01",
    });
    expect(await summary(graph, "BodyTopicTotal", `${ALPHA}|${DLT}|self|public`)).toBeUndefined();
    expect(await summary(graph, "BodyFlow", `${ALPHA}|${GAMMA}|public|2017-2020`)).toBeUndefined();
    expect(await summary(graph, "BodyPeriod", `${GAMMA}|public|2022-2024|2022`)).toBeUndefined();
    expect(await summary(graph, "BodyFlowDate", `${ALPHA}|${TSAG}|public|2017-2020|undated|`)).toBeUndefined();
    expect(await summary(graph, "BodyFlowDate", `${DELTA}|${ALPHA}|public||year|2024`)).toBeUndefined();
    expect(await summary(graph, "BodyFlowDate", `${DELTA}|${ALPHA}|public||undated|`)).toMatchObject({ documents: 1 });

    const { kept, rebuilt } = await keptAndRebuilt();
    expect(kept).toEqual(rebuilt);
  });

  it("hold no summary of removed documents", async () => {
    await removeDocuments(graph.driver, graph.database, IDS);
    const left = await graph.rows<{ n: number }>(
      "MATCH (s:Summary) WHERE any(v IN [s.body, s.from, s.to] WHERE v STARTS WITH 'test-sum:') RETURN count(s) AS n",
    );
    expect(left[0]?.n).toBe(0);
  });
});
