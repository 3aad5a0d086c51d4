import { describe, expect, it } from "vitest";
import { documentNumber, repliedNumbers } from "../../../src/parse/header/document-number.js";
import { parseText } from "../../../src/parse/read-document.js";

describe("a statement's own number and the numbers it answers", () => {
  it("takes a number that names its body as the statement's own", () => {
    expect(documentNumber(["SG13-LS136"])).toBe("SG13-LS136");
    expect(documentNumber(["COM 2 - LS 42"])).toBe("COM2-LS42");
    expect(documentNumber(["Tdoc S6-252007"])).toBe("S6-252007");
    expect(repliedNumbers(["SG13-LS136"])).toEqual([]);
  });

  // Regression: a reply whose title names the statement it answers took that number as its own,
  // and so became the original in the graph.
  it.each([
    ["LS/r to ITU-T SG9 on video coding work (SG9-LS 77) [from ITU-T SG16]", "SG9-LS 77"],
    ["Reply to TSAG-LS11 on working methods", "TSAG-LS11"],
    ["Response to LS S2-1901234 on network slicing", "S2-1901234"],
  ])("reads %j as answering %j, never as its own number", (line, cited) => {
    expect(documentNumber([line])).toBeUndefined();
    expect(repliedNumbers([line])).toEqual([cited]);
  });

  it("keeps the own number of a header that also names the statement answered", () => {
    expect(documentNumber(["SG16-LS30", "LS/r to SG9 (SG9-LS77)"])).toBe("SG16-LS30");
  });

  it("makes the answered statement a related document of the reply", () => {
    const doc = parseText(
      "reply.txt",
      "LS/r to ITU-T SG9 on video coding work (SG9-LS 77) [from ITU-T SG16]\nFrom: ITU-T SG16\nTo: ITU-T SG9\n\nSG16 thanks SG9 for its liaison.\n",
    );
    expect(doc.id).toBeUndefined();
    expect(doc.relatedDocuments).toEqual(["SG9-LS 77"]);
  });
});
