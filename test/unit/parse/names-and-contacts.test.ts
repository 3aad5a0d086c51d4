import { describe, expect, it } from "vitest";
import { parseContactBlock, parseContactList } from "../../../src/parse/contacts.js";
import { recipientsFrom } from "../../../src/parse/recipients.js";
import { splitNames } from "../../../src/parse/split-names.js";
import { handleNameFromLsNumber, findItuHandle } from "../../../src/parse/itu-handle.js";
import { studyPeriodFromCode, studyPeriodFromText } from "../../../src/parse/study-period.js";

describe("splitNames", () => {
  it("splits on commas, semicolons, line breaks and 'and' between bodies", () => {
    expect(splitNames("ITU-T SG2, SG3; SG 5 and TSAG\nIETF & 3GPP.")).toEqual(["ITU-T SG2", "SG3", "SG 5", "TSAG", "IETF", "3GPP"]);
  });

  it("keeps 'and' inside a name, commas inside parentheses, and drops placeholders", () => {
    expect(splitNames("JCA on IoT and Smart Cities, ITU-T SG17 (Security, identity)")).toEqual([
      "JCA on IoT and Smart Cities",
      "ITU-T SG17 (Security, identity)",
    ]);
    expect(splitNames("-")).toEqual([]);
    expect(splitNames("N/A")).toEqual([]);
    expect(splitNames("TSAG, TSAG")).toEqual(["TSAG"]);
  });

  it("can leave commas alone for a Source line", () => {
    expect(splitNames("Rapporteur for Q14/17, ITU-T SG17", { commas: false })).toEqual(["Rapporteur for Q14/17, ITU-T SG17"]);
  });
});

describe("recipientsFrom", () => {
  it("reads a purpose written after a name", () => {
    expect(recipientsFrom("ITU-T SG 17 (for action), TSAG (for info), SG 13", "INFORMATION")).toEqual([
      { name: "ITU-T SG 17", role: "ACTION" },
      { name: "TSAG", role: "INFORMATION" },
      { name: "SG 13", role: "INFORMATION" },
    ]);
  });
});

describe("contacts", () => {
  it("parses lists of 'Name <mail>' entries", () => {
    expect(parseContactList('"Example, Ivan" <ivan@example.org>, judy@example.net; Karl Example', "To Contact")).toEqual([
      { name: "Example, Ivan", email: "ivan@example.org", role: "To Contact" },
      { email: "judy@example.net", role: "To Contact" },
      { name: "Karl Example", role: "To Contact" },
    ]);
  });

  it("parses the template's contact block", () => {
    expect(
      parseContactBlock(["Alice Example", "Example Corp.", "Examplia", "Tel.: +99 1", "E-mail: mailto:alice@example.org"]),
    ).toEqual({ name: "Alice Example", email: "alice@example.org", affiliation: "Example Corp., Examplia", role: "Contact" });
  });
});

describe("ITU handles and study periods", () => {
  it("reads every part of a handle link", () => {
    expect(findItuHandle("at http://handle.itu.int/11.1002/ls/sp16-sg17-oLS-00014.docx.")).toEqual({
      name: "sp16-sg17-oLS-00014",
      url: "http://handle.itu.int/11.1002/ls/sp16-sg17-oLS-00014.docx",
      studyPeriodCode: "sp16",
      studyPeriod: "2017-2020",
      group: "sg17",
      direction: "outgoing",
      number: "00014",
    });
    expect(findItuHandle("https://handle.itu.int/11.1002/ls/sp20-fg-ai4h-iLS-00003")?.group).toBe("fg-ai4h");
  });

  it("maps study period codes and texts", () => {
    expect(["sp13", "sp16", "sp20", "sp24", "SP16", "sp99"].map(studyPeriodFromCode)).toEqual([
      "2013-2016",
      "2017-2020",
      "2022-2024",
      "2025-2028",
      "2017-2020",
      undefined,
    ]);
    expect(studyPeriodFromText("STUDY PERIOD 2017 \u2013 2020")).toBe("2017-2020");
    expect(studyPeriodFromText("2017-2030")).toBeUndefined();
  });

  it("derives a handle name from an LS number and a study period", () => {
    expect(handleNameFromLsNumber("SG17-LS14", "2017-2020")).toBe("sp16-sg17-oLS-00014");
    expect(handleNameFromLsNumber("TSAG-LS 5", "2025-2028")).toBe("sp24-tsag-oLS-00005");
    expect(handleNameFromLsNumber("SG17-LS14", undefined)).toBeUndefined();
    expect(handleNameFromLsNumber("TD 123 (PLEN/17)", "2017-2020")).toBeUndefined();
  });
});
