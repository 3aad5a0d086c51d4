import { describe, expect, it } from "vitest";
import { dropTrailingRules, normalizeBody } from "../../../src/parse/normalize-body.js";

describe("normalizeBody", () => {
  it("rejoins hard-wrapped lines and keeps list items apart", () => {
    const text = [
      "SG 13 informs SG 17 that Question 22/13 has started new work on",
      "trust provisioning for distributed ledger based non-",
      "financial services.",
      "",
      "Comments are invited on:",
      "- the certificate profile;",
      "- revocation.",
    ].join("\n");
    expect(normalizeBody(text)).toBe(
      "SG 13 informs SG 17 that Question 22/13 has started new work on trust provisioning for distributed ledger based non-financial services." +
        "\n\nComments are invited on:\n\n- the certificate profile;\n\n- revocation.",
    );
  });

  it("treats every line as a paragraph in Word text and collapses spaces", () => {
    expect(normalizeBody("First  paragraph.\t\nSecond.\n\n\n\nThird.", "paragraph-per-line")).toBe(
      "First paragraph.\n\nSecond.\n\nThird.",
    );
  });

  it("drops closing rules", () => {
    expect(dropTrailingRules("Text.\n\n______________\n")).toBe("Text.");
    expect(dropTrailingRules("Text.\n-----\n=====")).toBe("Text.");
  });
});
