import { describe, expect, it } from "vitest";
// @ts-expect-error: the dashboard is plain JavaScript served as is, without type declarations.
import { continuousPeriods } from "../../../src/api/static/js/activity.js";

// Regression: years without any document were left out of the activity charts, so 2016 and 2019
// looked adjacent when nothing was sent in between.
describe("the activity charts' periods", () => {
  it("keeps the years without documents between the first and the last", () => {
    expect(continuousPeriods(["2019", "2016", "2017"])).toEqual(["2016", "2017", "2018", "2019"]);
  });

  it("leaves study periods and single years as they are", () => {
    expect(continuousPeriods(["2022-2024", "2017-2020"])).toEqual(["2017-2020", "2022-2024"]);
    expect(continuousPeriods(["2020"])).toEqual(["2020"]);
    expect(continuousPeriods([])).toEqual([]);
  });
});
