import { describe, expect, it } from "vitest";
import type { GraphWrite } from "../../../src/load/graph-write.js";
import { LS, testDocument, useAnalyticsApi } from "./analytics-api.js";

/** An ITU-T document of 2017-2020 with no date of its own: its study period is all that places it. */
const UNDATED: GraphWrite = (() => {
  const write = testDocument({ id: "test-dates-ls-undated", date: "", studyPeriod: "2017-2020", from: "ITU-T SG17", to: ["ITU-T TSAG"] });
  const { date: _date, ...document } = write.document;
  return { ...write, document };
})();
const DATED_2021 = testDocument({ id: "test-dates-ls-2021", date: "2021-10-04", studyPeriod: "2017-2020", from: "ITU-T SG17", to: ["ITU-T TSAG"] });
const NEITHER: GraphWrite = (() => {
  const write = testDocument({ id: "test-dates-ls-neither", date: "", studyPeriod: "", from: "ITU-T SG17", to: ["ITU-T TSAG"] });
  const { date: _date, studyPeriod: _studyPeriod, ...document } = write.document;
  return { ...write, document };
})();

const FLOWS = `query ($fromDate: String, $toDate: String) {
  liaisonFlows(fromDate: $fromDate, toDate: $toDate) { flows { from to count datedByStudyPeriod } }
}`;

interface Flow {
  from: string;
  to: string;
  count: number;
  datedByStudyPeriod: number;
}

describe("documents dated only by their study period", () => {
  const api = useAnalyticsApi({ founding: true, documents: [UNDATED, DATED_2021, NEITHER] });
  const sg17ToTsag = async (fromDate?: string, toDate?: string) =>
    (await api.query<{ liaisonFlows: { flows: Flow[] } }>(FLOWS, { fromDate, toDate })).liaisonFlows.flows.find(
      (f) => f.from === "ITU-T SG17" && f.to === "ITU-T TSAG",
    );

  it("say how they are dated", async () => {
    const data = await api.query<{ liaisonStatements: { id: string; date: string | null; datedBy: string }[] }>(
      `query ($ids: [ID!]!) { liaisonStatements(where: { id: { in: $ids } }, sort: [{ id: ASC }]) { id date datedBy } }`,
      { ids: [UNDATED.documentId, DATED_2021.documentId, NEITHER.documentId] },
    );
    expect(data.liaisonStatements).toEqual([
      { id: "test-dates-ls-2021", date: "2021-10-04", datedBy: "DATE" },
      { id: "test-dates-ls-neither", date: null, datedBy: "NONE" },
      { id: "test-dates-ls-undated", date: null, datedBy: "STUDY_PERIOD" },
    ]);
  });

  it("count in what SG17 sent TSAG in 2017, marked as dated by study period", async () => {
    // The founding document and the undated one: both of 2017-2020 without a date.
    expect(await sg17ToTsag("2017", "2017")).toEqual({ from: "ITU-T SG17", to: "ITU-T TSAG", count: 2, datedByStudyPeriod: 2 });
    expect(await sg17ToTsag("2020-12-31", "2021-01")).toEqual({ from: "ITU-T SG17", to: "ITU-T TSAG", count: 2, datedByStudyPeriod: 2 });
  });

  it("stay out of a range their study period does not reach, where a dated document counts alone", async () => {
    expect(await sg17ToTsag("2021")).toEqual({ from: "ITU-T SG17", to: "ITU-T TSAG", count: 1, datedByStudyPeriod: 0 });
    expect(await sg17ToTsag(undefined, "2016-12")).toBeUndefined();
  });

  it("count with the dated ones when no range is asked, the document with neither date nor period too", async () => {
    expect(await sg17ToTsag()).toEqual({ from: "ITU-T SG17", to: "ITU-T TSAG", count: 4, datedByStudyPeriod: 0 });
  });
});

describe("closed sets are enums, dates are IsoDate", () => {
  const api = useAnalyticsApi({ founding: true });

  it("types granularity, kinds of body and a document's purpose as enums", async () => {
    const data = await api.query<{ __type: { enumValues: { name: string }[] } }[]>(
      `{ g: __type(name: "Granularity") { enumValues { name } } k: __type(name: "BodyKind") { enumValues { name } }
         p: __type(name: "DocumentPurpose") { enumValues { name } } d: __type(name: "DatedBy") { enumValues { name } } }`,
    );
    const names = (key: string) => (data as unknown as Record<string, { enumValues: { name: string }[] }>)[key]?.enumValues.map((v) => v.name);
    expect(names("g")).toEqual(["YEAR", "STUDY_PERIOD"]);
    expect(names("k")).toEqual(["StudyGroup", "AdvisoryGroup", "FocusGroup", "Question", "WorkingParty", "Organization"]);
    expect(names("p")).toEqual(["ACTION", "COMMENT", "INFORMATION", "RESPONSE", "PROPOSAL"]);
    expect(names("d")).toEqual(["DATE", "STUDY_PERIOD", "NONE"]);
  });

  it("reads the founding document's purpose as the enum value", async () => {
    const data = await api.query<{ liaisonStatements: { purpose: string }[] }>(
      `query ($id: ID!) { liaisonStatements(where: { id: { eq: $id } }) { purpose datedBy } }`,
      { id: LS },
    );
    expect(data.liaisonStatements).toEqual([{ purpose: "ACTION", datedBy: "STUDY_PERIOD" }]);
  });

  it("accepts enum values as literals and as variables", async () => {
    const literal = await api.query<{ documentTimeline: unknown[]; overlaps: unknown[] }>(
      "{ documentTimeline(granularity: STUDY_PERIOD, limit: 1) { points { period } } overlaps(kinds: [StudyGroup], limit: 1) { score } }",
    );
    expect(literal.documentTimeline).toHaveLength(1);
    const variable = await api.query<{ documentTimeline: unknown[] }>(
      "query ($g: Granularity) { documentTimeline(granularity: $g, limit: 1) { points { period } } }",
      { g: "STUDY_PERIOD" },
    );
    expect(variable.documentTimeline).toEqual(literal.documentTimeline);
  });

  it.each([
    ['{ topicActivity(topic: "blockchain", granularity: WEEK) { topics { id } } }', 'Value "WEEK" does not exist in "Granularity" enum.'],
    ['{ documentTimeline(granularity: "YEAR") { points { count } } }', 'Enum "Granularity" cannot represent non-enum value: "YEAR".'],
    ["{ overlaps(kinds: [Planet]) { score } }", 'Value "Planet" does not exist in "BodyKind" enum.'],
  ])("refuses %s before it runs", async (source, message) => {
    const errors = await api.errors(source);
    expect(errors.map((e) => e.message)).toEqual([expect.stringContaining(message)]);
  });

  it("serves dates as IsoDate, partial ones kept partial", async () => {
    const data = await api.query<{ __type: { fields: { name: string; type: { name: string | null } }[] } }>(
      '{ __type(name: "TopicBodyActivity") { fields { name type { name } } } }',
    );
    expect(data.__type.fields.filter((f) => f.name === "firstSeen" || f.name === "lastSeen").map((f) => f.type.name)).toEqual(["IsoDate", "IsoDate"]);
    const lineage = await api.query<{ focusGroupLineage: { establishedBy: { date: string }[] } }>(
      '{ focusGroupLineage(id: "FG DLT") { establishedBy { date } } }',
    );
    expect(lineage.focusGroupLineage.establishedBy).toEqual([{ date: "2017-05" }]);
  });
});
