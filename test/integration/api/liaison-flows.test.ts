import { describe, expect, it } from "vitest";
import { REF, ids, testDocument, useAnalyticsApi } from "./analytics-api.js";

interface Matrix {
  bodies: { type: string; id: string; name: string }[];
  flows: { from: string; to: string; count: number; datedByStudyPeriod: number }[];
}

const FLOWS = `query ($studyPeriod: String, $fromDate: String, $toDate: String, $limit: Int) {
  liaisonFlows(studyPeriod: $studyPeriod, fromDate: $fromDate, toDate: $toDate, limit: $limit) { bodies ${REF} flows { from to count datedByStudyPeriod } }
}`;

const SG16_TO_SG17 = testDocument({
  id: "test-flows-ls-2018", date: "2018-03-15", studyPeriod: "2017-2020", from: "ITU-T SG16", to: ["ITU-T SG17"],
});
const IETF_TO_SG17 = testDocument({
  id: "test-flows-ls-2023", date: "2023-06-01", studyPeriod: "2022-2024", from: "IETF", to: ["ITU-T SG17"], copiedTo: ["ITU-T TSAG"],
});

describe("liaisonFlows", () => {
  const api = useAnalyticsApi({ founding: true, documents: [SG16_TO_SG17, IETF_TO_SG17] });
  const flows = async (variables: Record<string, unknown> = {}) => (await api.query<{ liaisonFlows: Matrix }>(FLOWS, variables)).liaisonFlows;
  const count = (matrix: Matrix, from: string, to: string) => matrix.flows.find((f) => f.from === from && f.to === to)?.count;

  it("counts the founding document from ITU-T SG17 to ITU-T TSAG", async () => {
    const matrix = await flows();
    expect(count(matrix, "ITU-T SG17", "ITU-T TSAG")).toBe(1);
    expect(matrix.bodies).toEqual(
      expect.arrayContaining([
        { type: "StudyGroup", id: "ITU-T SG17", name: "ITU-T Study Group 17" },
        { type: "AdvisoryGroup", id: "ITU-T TSAG", name: "Telecommunication Standardization Advisory Group" },
      ]),
    );
    const shown = new Set(ids(matrix.bodies));
    for (const flow of matrix.flows) expect(shown.has(flow.from) && shown.has(flow.to)).toBe(true);
  });

  it("counts copies as flows too", async () => {
    const matrix = await flows();
    expect(count(matrix, "IETF", "ITU-T SG17")).toBe(1);
    expect(count(matrix, "IETF", "ITU-T TSAG")).toBe(1);
    expect(count(matrix, "ITU-T SG16", "ITU-T SG17")).toBe(1);
  });

  it("keeps the documents of one study period", async () => {
    const period = await flows({ studyPeriod: "2017-2020" });
    expect(count(period, "ITU-T SG17", "ITU-T TSAG")).toBe(1);
    expect(count(period, "ITU-T SG16", "ITU-T SG17")).toBe(1);
    expect(count(period, "IETF", "ITU-T SG17")).toBeUndefined();
    const later = await flows({ studyPeriod: "2022-2024" });
    expect(count(later, "ITU-T SG17", "ITU-T TSAG")).toBeUndefined();
    expect(count(later, "IETF", "ITU-T TSAG")).toBe(1);
  });

  it("keeps dated documents within an inclusive date range, partial dates covering their year or month", async () => {
    // The founding document has no date of its own, only its study period 2017-2020: it counts in
    // any range that overlaps those years, and says so.
    const undated = { from: "ITU-T SG17", to: "ITU-T TSAG", count: 1, datedByStudyPeriod: 1 };
    const year = await flows({ fromDate: "2018", toDate: "2018" });
    expect(year.flows).toEqual([{ from: "ITU-T SG16", to: "ITU-T SG17", count: 1, datedByStudyPeriod: 0 }, undated]);
    expect((await flows({ fromDate: "2018-03-15", toDate: "2018-03" })).flows).toEqual(year.flows);
    expect((await flows({ toDate: "2018-03-14" })).flows).toEqual([undated]);
    const since = await flows({ fromDate: "2023-06-01" });
    expect(since.flows).toEqual([
      { from: "IETF", to: "ITU-T SG17", count: 1, datedByStudyPeriod: 0 },
      { from: "IETF", to: "ITU-T TSAG", count: 1, datedByStudyPeriod: 0 },
    ]);
  });

  it("keeps the busiest bodies and the flows among them", async () => {
    const matrix = await flows({ limit: 2 });
    // SG17 sent one and received two; IETF and TSAG tie at two, and IETF comes first by id.
    expect(ids(matrix.bodies)).toEqual(["ITU-T SG17", "IETF"]);
    expect(matrix.flows).toEqual([{ from: "IETF", to: "ITU-T SG17", count: 1, datedByStudyPeriod: 0 }]);
  });
});
