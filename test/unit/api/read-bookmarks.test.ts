import { describe, expect, it } from "vitest";
import { readBookmarks } from "../../../src/api/http/read-bookmarks.js";

describe("readBookmarks", () => {
  it("reads none when the header is absent or blank", () => {
    expect(readBookmarks({})).toEqual({ ok: true, bookmarks: [] });
    expect(readBookmarks({ "neo4j-bookmarks": " , " })).toEqual({ ok: true, bookmarks: [] });
  });

  it("splits comma-separated and repeated headers, trims and drops duplicates", () => {
    expect(readBookmarks({ "neo4j-bookmarks": "FB:kcwQ1a, FB:kcwQ2b ,FB:kcwQ1a" })).toEqual({ ok: true, bookmarks: ["FB:kcwQ1a", "FB:kcwQ2b"] });
    expect(readBookmarks({ "neo4j-bookmarks": ["FB:a+/=", "FB:b_-"] as unknown as string })).toEqual({ ok: true, bookmarks: ["FB:a+/=", "FB:b_-"] });
  });

  it("refuses text that is not a bookmark, quoting the start of it", () => {
    const refused = readBookmarks({ "neo4j-bookmarks": "FB:ok, DROP DATABASE neo4j" });
    expect(refused).toEqual({ ok: false, reason: expect.stringContaining('"DROP DATABASE neo4j", which is not a Neo4j bookmark') as string });
    const long = readBookmarks({ "neo4j-bookmarks": `FB:${"a".repeat(300)}` });
    expect(long.ok).toBe(false);
    expect(!long.ok && long.reason).toContain(`"FB:${"a".repeat(37)}..."`);
  });

  it("refuses more bookmarks than any database set needs", () => {
    const many = Array.from({ length: 17 }, (_, i) => `FB:b${i}`).join(",");
    expect(readBookmarks({ "neo4j-bookmarks": many })).toEqual({ ok: false, reason: expect.stringContaining("lists 17 bookmarks; at most 16") as string });
  });
});
