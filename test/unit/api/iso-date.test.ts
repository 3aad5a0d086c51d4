import { Kind } from "graphql";
import { describe, expect, it } from "vitest";
import { isIsoDate, isoDateScalar } from "../../../src/api/iso-date.js";

describe("IsoDate", () => {
  it.each(["2017", "2017-05", "2017-05-01", "2016-02-29", "2020-12-31"])("accepts %s", (value) => {
    expect(isIsoDate(value)).toBe(true);
    expect(isoDateScalar.parseValue(value)).toBe(value);
    expect(isoDateScalar.serialize(value)).toBe(value);
  });

  it.each(["2017-13", "2017-00", "2017-02-30", "2017-02-29", "17/05/2017", "2017-5", "2017-05-01T10:00", "", " 2017"])("refuses %j", (value) => {
    expect(isIsoDate(value)).toBe(false);
    expect(() => isoDateScalar.parseValue(value)).toThrow(/an IsoDate is an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it("refuses what is not a string, as a value and as a literal", () => {
    expect(() => isoDateScalar.parseValue(2017)).toThrow(/got 2017/);
    expect(() => isoDateScalar.parseLiteral({ kind: Kind.INT, value: "2017" }, {})).toThrow(/IsoDate/);
    expect(isoDateScalar.parseLiteral({ kind: Kind.STRING, value: "2017-05" }, {})).toBe("2017-05");
  });

  it("fails loudly on a stored date of another shape", () => {
    expect(() => isoDateScalar.serialize("May 2017")).toThrow(/stored date "May 2017" is not an ISO 8601 date/);
  });
});
