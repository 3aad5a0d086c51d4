import { int } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { savedQuery } from "../../../src/api/saved-query.js";
import { REF, ids, testDocument, useAnalyticsApi } from "./analytics-api.js";

interface Series {
  body: { type: string; id: string; name: string };
  points: { period: string; count: number }[];
}

const TIMELINE = `query ($bodies: [ID!], $granularity: Granularity, $limit: Int) {
  documentTimeline(bodies: $bodies, granularity: $granularity, limit: $limit) { body ${REF} points { period count } }
}`;

const documents = [
  testDocument({ id: "test-timeline-ls-1", date: "2018-03-15", studyPeriod: "2017-2020", from: "ITU-T SG16", to: ["ITU-T SG17"] }),
  testDocument({ id: "test-timeline-ls-2", date: "2019-11-02", studyPeriod: "2017-2020", from: "ITU-T SG16", to: ["ITU-T TSAG"] }),
  testDocument({ id: "test-timeline-ls-3", date: "2023-06-01", studyPeriod: "2022-2024", from: "ITU-T SG16", to: ["IETF"] }),
  restricted(testDocument({ id: "test-timeline-ls-4", date: "2023-07-01", studyPeriod: "2022-2024", from: "ITU-T SG2", to: ["ITU-T SG16"] })),
];

function restricted(write: ReturnType<typeof testDocument>): ReturnType<typeof testDocument> {
  return { ...write, document: { ...write.document, access: "restricted" } };
}

describe("documentTimeline", () => {
  const api = useAnalyticsApi({ founding: true, documents });
  const timeline = async (variables: Record<string, unknown>) =>
    (await api.query<{ documentTimeline: Series[] }>(TIMELINE, variables)).documentTimeline;

  it("counts documents per year, leaving undated ones out", async () => {
    const series = await timeline({ bodies: ["ITU-T SG16", "ITU-T SG17"], granularity: "YEAR" });
    expect(series).toEqual([
      {
        body: { type: "StudyGroup", id: "ITU-T SG16", name: "ITU-T Study Group 16" },
        points: [
          { period: "2018", count: 1 },
          { period: "2019", count: 1 },
          { period: "2023", count: 1 },
        ],
      },
      { body: { type: "StudyGroup", id: "ITU-T SG17", name: "ITU-T Study Group 17" }, points: [] },
    ]);
  });

  it("counts documents per study period, in the order the bodies were asked for, by id or name", async () => {
    const series = await timeline({ bodies: ["SG17", "ITU-T SG17", "Study Group 16"], granularity: "STUDY_PERIOD" });
    expect(ids(series.map((s) => s.body))).toEqual(["ITU-T SG17", "ITU-T SG16"]);
    expect(series[0]?.points).toEqual([{ period: "2017-2020", count: 1 }]);
    expect(series[1]?.points).toEqual([
      { period: "2017-2020", count: 2 },
      { period: "2022-2024", count: 1 },
    ]);
  });

  it("refuses an unknown body rather than leaving it out", async () => {
    const errors = await api.errors(TIMELINE, { bodies: ["ITU-T SG17", "no such body"] });
    expect(errors).toMatchObject([{ code: "BAD_USER_INPUT", argument: "bodies" }]);
    expect(errors[0]?.message.startsWith('bodies: no body is known as "no such body"')).toBe(true);
  });

  it("without bodies, shows the busiest senders first", async () => {
    const series = await timeline({ granularity: "STUDY_PERIOD", limit: 2 });
    expect(ids(series.map((s) => s.body))).toEqual(["ITU-T SG16", "ITU-T SG17"]);
  });

  it("ranks the busiest senders as counting the documents each sent does, for each access level", async () => {
    const rankings: string[][] = [];
    for (const access of [["public"], ["public", "restricted"]]) {
      const ranked = await api.graph.rows<{ body: { id: string } }>(savedQuery("document-timeline"), { bodies: null, granularity: "YEAR", limit: int(100), access });
      const direct = await api.graph.rows<{ id: string }>(
        `MATCH (d:LiaisonStatement)-[r:SENT_BY]->(b:Body)
         WHERE r.sourceDocument = d.id AND coalesce(d.access, "public") IN $access
         WITH b, count(DISTINCT d) AS sent
         ORDER BY sent DESC, b.id
         LIMIT 100
         RETURN b.id AS id`,
        { access },
      );
      expect(ids(ranked.map((r) => r.body)), access.join("+")).toEqual(direct.map((r) => r.id));
      rankings.push(direct.map((r) => r.id));
    }
    expect(rankings[0]).not.toContain("ITU-T SG2");
    expect(rankings[1]).toContain("ITU-T SG2");
  });

  it("defaults to years", async () => {
    const [series] = await timeline({ bodies: ["ITU-T SG16"] });
    expect(series?.points.map((p) => p.period)).toEqual(["2018", "2019", "2023"]);
  });
});
