import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/extract/split-sentences.js";

describe("splitSentences", () => {
  it.each([
    [
      "Blockchain enables supply chain management, online voting, medical records etc.\nRecognizing the crosscutting nature, SG 17 proposes.",
      ["Blockchain enables supply chain management, online voting, medical records etc.", "Recognizing the crosscutting nature, SG 17 proposes."],
    ],
    [
      "See Rec. ITU-T X.509 and Q.14/17, e.g. for PKI, and No. 5 of the list. It is done.",
      ["See Rec. ITU-T X.509 and Q.14/17, e.g. for PKI, and No. 5 of the list.", "It is done."],
    ],
    [
      "Topics such as DLT, IoT, i.e. networks etc. are studied. Next one!",
      ["Topics such as DLT, IoT, i.e. networks etc. are studied.", "Next one!"],
    ],
    ["Version 1.5 of X.509 applies. The ITU-T view differs.", ["Version 1.5 of X.509 applies.", "The ITU-T view differs."]],
    ["A heading without a stop\n\nA paragraph.", ["A heading without a stop", "A paragraph."]],
    ["He said “Stop.” Then he left.", ["He said “Stop.”", "Then he left."]],
    ["Topics:\n- blockchain\n- DLT", ["Topics:", "- blockchain", "- DLT"]],
    ["Contact J. Smith of the U.S. delegation for details.", ["Contact J. Smith of the U.S. delegation for details."]],
    [
      "including the role of ITU-T in standardization.  Such approach would also help.",
      ["including the role of ITU-T in standardization.", "Such approach would also help."],
    ],
    ["Resolution 89 (Rev. Hammamet, 2016) applies. Is it so? Yes.", ["Resolution 89 (Rev. Hammamet, 2016) applies.", "Is it so?", "Yes."]],
    ["  \n\n  ", []],
  ])("%j", (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it("returns exact slices of the input", () => {
    const text = "First  sentence with  double spaces. Second one.";
    for (const sentence of splitSentences(text)) expect(text).toContain(sentence);
  });
});
