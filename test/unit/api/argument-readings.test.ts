import { describe, expect, it } from "vitest";
import { argumentReadings } from "../../../src/api/resolvers/analytics/argument-readings.js";

describe("argumentReadings", () => {
  it("reads the value as an id first, then the canonical-id normalizer's reading, then reference names", () => {
    expect(argumentReadings("Study Group 17", "body")[1]).toEqual(["ITU-T SG17", "ITU-R SG17", "ITU-D SG17"]);
    expect(argumentReadings("ITU-T SG 17", "body")).toEqual([["ITU-T SG 17"], ["ITU-T SG17"], []]);
    expect(argumentReadings("TSAG", "body")[1]).toEqual(["ITU-T TSAG"]);
    expect(argumentReadings("FG DLT", "body")[1]).toEqual(["ITU-T FG DLT"]);
    expect(argumentReadings("Q14/17", "entity")[1]).toContain("Q14/17");
    expect(argumentReadings("X.509", "entity")[1]).toContain("ITU-T X.509");
  });

  it("reads a study group without its Sector in every Sector", () => {
    expect(argumentReadings("SG5", "body")[1]).toEqual(["ITU-T SG5", "ITU-R SG5", "ITU-D SG5"]);
  });

  it("finds reference names and aliases regardless of case, for the kinds the argument takes", () => {
    expect(argumentReadings("ccamp", "body")[2]).toEqual(["IETF CCAMP"]);
    expect(argumentReadings("CCAMP", "body")[2]).toEqual(["IETF CCAMP"]);
    expect(argumentReadings("distributed ledger", "topic")[2]).toEqual(["topic:distributed-ledger-technology"]);
    expect(argumentReadings("DLT", "topic")[2]).toEqual(["topic:distributed-ledger-technology"]);
    // A topic is not a body: a body argument does not read it.
    expect(argumentReadings("blockchain", "body")[2]).toEqual([]);
    expect(argumentReadings("Distributed Ledger Technologies", "entity")[2]?.sort()).toEqual([
      "ITU-T FG DLT",
      "topic:distributed-ledger-technology",
    ]);
  });

  it("reads a topic's name as its id", () => {
    expect(argumentReadings("distributed ledger technology", "topic")[1]).toEqual(["topic:distributed-ledger-technology"]);
  });
});
