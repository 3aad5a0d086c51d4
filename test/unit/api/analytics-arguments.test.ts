import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import {
  idArg,
  idListArg,
  integerArg,
  isoDateArg,
  kindsArg,
  oneOfArg,
  requiredIdArg,
  studyPeriodArg,
} from "../../../src/api/resolvers/analytics/arguments.js";

/** The BAD_USER_INPUT error a check throws, or undefined when it accepts the value. */
function refusal(check: () => unknown): { message: string; argument: unknown } | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    expect(error.extensions.code).toBe("BAD_USER_INPUT");
    return { message: error.message, argument: error.extensions.argument };
  }
}

describe("analytics argument checks", () => {
  it("take an integer within its range, or the default when left out", () => {
    expect(integerArg(undefined, "limit", 20, 1, 100)).toBe(20);
    expect(integerArg(null, "limit", 20, 1, 100)).toBe(20);
    expect(integerArg(1, "limit", 20, 1, 100)).toBe(1);
    expect(integerArg(100, "limit", 20, 1, 100)).toBe(100);
    expect(refusal(() => integerArg(0, "limit", 20, 1, 100))).toEqual({ message: "limit must be an integer from 1 to 100", argument: "limit" });
    expect(refusal(() => integerArg(2.5, "limit", 20, 1, 100))).toBeDefined();
  });

  it("accept ISO 8601 dates, possibly partial, that exist on the calendar", () => {
    for (const date of ["2017", "2017-05", "2017-05-01", "2016-02-29", "2028-12-31"]) expect(isoDateArg(date, "fromDate")).toBe(date);
    expect(isoDateArg(null, "fromDate")).toBeNull();
    for (const date of ["2017-13", "2017-00", "2017-02-29", "2017-04-31", "17-05-01", "2017/05/01", "2017-5-1", "2017-05-01T00:00"]) {
      expect(refusal(() => isoDateArg(date, "toDate")), date).toMatchObject({ argument: "toDate" });
    }
  });

  it("accept body kinds only, naming the unknown ones", () => {
    expect(kindsArg(["StudyGroup", "Question", "StudyGroup"])).toEqual(["StudyGroup", "Question"]);
    expect(kindsArg([])).toBeNull();
    expect(kindsArg(undefined)).toBeNull();
    expect(refusal(() => kindsArg(["Topic", "Planet"]))?.message).toMatch(/^unknown kinds Topic, Planet; known: StudyGroup, AdvisoryGroup/);
  });

  it("accept study periods written as two ascending years", () => {
    expect(studyPeriodArg("2017-2020")).toBe("2017-2020");
    expect(studyPeriodArg(undefined)).toBeNull();
    for (const period of ["2017", "2020-2017", "2017-20", "2017 - 2020"]) expect(refusal(() => studyPeriodArg(period))).toBeDefined();
  });

  it("trim ids and refuse empty ones", () => {
    expect(idArg(" ITU-T SG17 ", "body")).toBe("ITU-T SG17");
    expect(idArg(null, "body")).toBeUndefined();
    expect(refusal(() => idArg("   ", "body"))?.argument).toBe("body");
    expect(refusal(() => requiredIdArg("", "id"))?.argument).toBe("id");
    expect(refusal(() => idArg("x".repeat(301), "id"))).toBeDefined();
  });

  it("keep list ids in order without duplicates, up to a maximum", () => {
    expect(idListArg(["b", "a", "b"], "bodies", 3)).toEqual(["b", "a"]);
    expect(idListArg(null, "bodies", 3)).toBeNull();
    expect(refusal(() => idListArg(["a", "b", "c", "d"], "bodies", 3))?.message).toBe("bodies takes at most 3 ids");
  });

  it("accept one of a set of values", () => {
    expect(oneOfArg(undefined, "granularity", ["YEAR", "STUDY_PERIOD"], "YEAR")).toBe("YEAR");
    expect(oneOfArg("STUDY_PERIOD", "granularity", ["YEAR", "STUDY_PERIOD"], "YEAR")).toBe("STUDY_PERIOD");
    expect(refusal(() => oneOfArg("year", "granularity", ["YEAR", "STUDY_PERIOD"], "YEAR"))?.message).toBe(
      'unknown granularity "year"; known: YEAR, STUDY_PERIOD',
    );
  });
});
