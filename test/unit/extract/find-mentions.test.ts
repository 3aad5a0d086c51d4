import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/extract/find-date.js";
import { findMentions } from "../../../src/extract/find-mentions.js";
import { Gazetteer } from "../../../src/extract/gazetteer.js";
import { readTitle } from "../../../src/extract/read-title.js";

const mentioned = (sentence: string) => findMentions(sentence).map((m) => [m.entity.id, m.text]);

describe("findMentions", () => {
  it.each([
    [
      "the FG Chairman said FG DLT and FG-ML5G, FG NET-2030 and FG-AI4NDM.",
      [["ITU-T FG DLT", "FG DLT"], ["ITU-T FG ML5G", "FG-ML5G"], ["ITU-T FG NET-2030", "FG NET-2030"], ["ITU-T FG AI4NDM", "FG-AI4NDM"]],
    ],
    [
      "the Focus Group on Quantum Information Technology for Networks (FG-QIT4N), a Focus Group on metaverse and a Focus Group on “Digital Twins” under TSAG",
      [
        ["ITU-T FG QIT4N", "Focus Group on Quantum Information Technology for Networks (FG-QIT4N)"],
        ["ITU-T FG MV", "Focus Group on metaverse"],
        ["ITU-T FG Digital Twins", "Focus Group on “Digital Twins”"],
        ["ITU-T TSAG", "TSAG"],
      ],
    ],
    [
      "see Annex A.1, Figure B.2, clause 7.2, X.509, Q.14/17, G.709/Y.1331 and Recommendations ITU-T G.8275.1 and G.8275.2",
      [
        ["ITU-T X.509", "X.509"], ["Q14/17", "Q.14/17"], ["ITU-T G.709", "G.709"], ["ITU-T Y.1331", "Y.1331"],
        ["ITU-T G.8275.1", "Recommendations ITU-T G.8275.1"], ["ITU-T G.8275.2", "G.8275.2"],
      ],
    ],
    [
      "ITU-R SG 5, ITU-D SG2, COM 17, SGX, Study Groups 13 and 20, Questions 6/17 and 14/17",
      [
        ["ITU-R SG5", "ITU-R SG 5"], ["ITU-D SG2", "ITU-D SG2"], ["ITU-T SG17", "COM 17"],
        ["ITU-T SG13", "Study Groups 13 and 20"], ["ITU-T SG20", "Study Groups 13 and 20"],
        ["Q6/17", "Questions 6/17 and 14/17"], ["Q14/17", "Questions 6/17 and 14/17"],
      ],
    ],
    [
      "IETF CCAMP, the TEAS WG, IETF RFC 8345, 3GPP SA3, JTC1/SC27, ISO/TC 307, WHO and who",
      [
        ["IETF CCAMP", "IETF CCAMP"], ["IETF TEAS", "TEAS WG"], ["IETF", "IETF"], ["RFC 8345", "RFC 8345"], ["3GPP SA3", "3GPP SA3"],
        ["ISO/IEC JTC 1/SC 27", "JTC1/SC27"], ["ISO/TC 307", "ISO/TC 307"], ["WHO", "WHO"],
      ],
    ],
    [
      "sp16-sg17-oLS-00014, WTSA-16 Resolution 89 and Res. 40 (Rev. Dubai, 2012)",
      [["sp16-sg17-oLS-00014", "sp16-sg17-oLS-00014"], ["WTSA-16 Resolution 89", "WTSA-16 Resolution 89"], ["WTSA-12 Resolution 40", "Res. 40 (Rev. Dubai, 2012)"]],
    ],
    ["other ITU-T Study Groups and the associated Study Groups; such a Focus Group; the ITU-T; Q&A", []],
  ])("%s", (sentence, expected) => {
    expect(mentioned(sentence)).toEqual(expected);
  });
});

describe("findDates", () => {
  it("reads the forms documents use", () => {
    expect(findDates("on March 21, 2017, 21-22 March 2017, 2017-03-21 and in May 2018").map((d) => d.date)).toEqual([
      "2017-03-21",
      "2017-03-21",
      "2017-03-21",
      "2018-05",
    ]);
  });
});

describe("readTitle", () => {
  it("reads quoted and title-case titles", () => {
    expect(readTitle("workshop on “Security Aspects of Blockchain” on", 11)?.title).toBe("Security Aspects of Blockchain");
    expect(readTitle("on the Distributed Ledger Technologies and Financial Inclusion, a", 7)?.title).toBe(
      "Distributed Ledger Technologies and Financial Inclusion",
    );
    expect(readTitle("on the progress of work", 7)).toBeUndefined();
  });
});

describe("findMentions with a gazetteer from the graph", () => {
  it("prefers the graph's focus groups and organizations to guessed ids", () => {
    const gazetteer = new Gazetteer([
      {
        type: "FocusGroup",
        id: "ITU-T FG DPM",
        name: "Focus Group on Data Processing and Management to support IoT and Smart Cities & Communities",
        aliases: ["FG-DPM"],
      },
      { type: "Organization", id: "ETSI ISG PDL", name: "ETSI ISG Permissioned Distributed Ledger", aliases: ["ISG PDL"] },
    ]);
    const sentence =
      "The Focus Group on Data Processing and Management to support IoT and Smart Cities & Communities and ISG PDL agreed.";
    expect(findMentions(sentence, gazetteer).map((m) => m.entity.id)).toEqual(["ITU-T FG DPM", "ETSI ISG PDL"]);
  });
});
