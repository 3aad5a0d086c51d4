import { describe, expect, it } from "vitest";
import { decodeText, normalizeText, sniffBinary } from "../../../src/parse/decode-text.js";

describe("decodeText", () => {
  it("strips a UTF-8 BOM", () => {
    expect(decodeText(Buffer.from("\uFEFFFrom: SG17", "utf8"))).toBe("From: SG17");
  });

  it("reads Windows-1252 smart quotes and dashes when the bytes are not UTF-8", () => {
    expect(decodeText(Buffer.from([0x93, 0x42, 0x94, 0x20, 0x96, 0x20, 0x92, 0x80, 0xe9]))).toBe(
      "\u201cB\u201d \u2013 \u2019\u20ac\u00e9",
    );
  });

  it("reads UTF-16 with a BOM", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("SG17 \u201cX\u201d", "utf16le")]);
    expect(sniffBinary(le)).toEqual({ binary: false });
    expect(decodeText(le)).toBe("SG17 \u201cX\u201d");
  });
});

describe("normalizeText", () => {
  it("turns CRLF, CR and form feeds into line feeds and drops zero-width characters", () => {
    expect(normalizeText("\uFEFFa\r\nb\rc\fd\u200Be")).toBe("a\nb\nc\nde");
  });
});

describe("sniffBinary", () => {
  it("accepts text with tabs and line breaks", () => {
    expect(sniffBinary(Buffer.from("Source:\tSG17\r\n"))).toEqual({ binary: false });
  });

  it("rejects NUL bytes", () => {
    expect(sniffBinary(Buffer.from([0x41, 0x00, 0x42]))).toEqual({ binary: true, reason: "contains NUL bytes" });
  });
});
