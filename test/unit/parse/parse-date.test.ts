import { describe, expect, it } from "vitest";
import { parseDate } from "../../../src/parse/parse-date.js";

describe("parseDate", () => {
  it.each([
    ["21 March 2017", "2017-03-21"],
    ["March 21, 2017", "2017-03-21"],
    ["2017-03-21", "2017-03-21"],
    ["21/03/2017", "2017-03-21"],
    ["21.03.2017", "2017-03-21"],
    ["2017/3/1", "2017-03-01"],
    ["20-29 March 2017", "2017-03-20"],
    ["20 \u2013 29 March 2017", "2017-03-20"],
    ["Geneva, 20-29 March 2017", "2017-03-20"],
    ["Agreed at SG17 meeting (Geneva, 20-29 March 2017)", "2017-03-20"],
    ["Geneva, 28 February - 3 March 2017", "2017-02-28"],
    ["SG20 e-meeting, 3 February 2025", "2025-02-03"],
    ["1st of May, 2017", "2017-05-01"],
    ["Sept. 5 2019", "2019-09-05"],
    ["March 20-29, 2017", "2017-03-20"],
    ["03/21/2017", "2017-03-21"],
    ["2024-01-15 Action Taken", "2024-01-15"],
    ["29 February 2024", "2024-02-29"],
  ])("%s -> %s", (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each([["29 February 2023"], ["31/04/2017"], ["March 2017"], ["none"], [""], ["SG17"], ["2017-13-01"]])(
    "%s -> undefined",
    (text) => {
      expect(parseDate(text)).toBeUndefined();
    },
  );

  it("takes the first date written", () => {
    expect(parseDate("Posted 5 April 2017, submitted 2017-04-03")).toBe("2017-04-05");
  });

  it("accepts undefined", () => {
    expect(parseDate(undefined)).toBeUndefined();
  });
});
