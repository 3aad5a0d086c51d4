import { describe, expect, it } from "vitest";
import { detectFormat } from "../../../src/parse/detect-format.js";

describe("detectFormat", () => {
  it("recognizes the ITU notification by its announcement", () => {
    expect(detectFormat("A new liaison statement has been received from SG17.\n\nText")).toBe("itu-notification");
  });

  it("recognizes an ITU template from its labels and title block, in any file type", () => {
    const template = "LIAISON STATEMENT\nSource: ITU-T SG17\nTitle: LS on X\nFor action to: TSAG\n\nText";
    expect(detectFormat(template)).toBe("itu-ls-template");
    expect(detectFormat(template, "docx")).toBe("itu-ls-template");
    expect(detectFormat(template, "markdown")).toBe("itu-ls-template");
    expect(detectFormat("**Source:** ITU-T SG17  \n**Approval:** SG17 meeting  \n**For action to:** TSAG\n\n# Text", "markdown")).toBe(
      "itu-ls-template",
    );
  });

  it("recognizes Datatracker pages by URL or by their distinctive labels", () => {
    expect(detectFormat("See https://datatracker.ietf.org/liaison/42/\nFrom: x")).toBe("ietf-datatracker");
    expect(detectFormat("From Group\tIETF CCAMP\nTo Group\tITU-T SG 15\n\nBody")).toBe("ietf-datatracker");
  });

  it("falls back on the extension for free text", () => {
    expect(detectFormat("From: SG17\nTo: TSAG\n\nText")).toBe("plain-text");
    expect(detectFormat("From: SG17\n\nText", "docx")).toBe("docx");
    expect(detectFormat("From: SG17\n\nText", "markdown")).toBe("markdown");
    expect(detectFormat("# LS on X\n\nSee [the report](https://example.org).")).toBe("markdown");
  });

  it("does not take mail headers with a For action line for a template", () => {
    expect(detectFormat("From: SG 13\nFor action to: SG 17\n\nText")).toBe("plain-text");
  });
});
