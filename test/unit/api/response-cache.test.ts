import { describe, expect, it } from "vitest";
import { answerEtag, answerKey, graphqlParams, type AnswerInputs } from "../../../src/api/cache/cache-key.js";
import { ResponseCache } from "../../../src/api/cache/response-cache.js";
import { loadConfig } from "../../../src/config/config.js";

const answer = (version: number, body: string) => ({ version, body, contentType: "application/json" });

describe("the response cache", () => {
  it("keeps the most recently used answers within its entry bound", () => {
    const cache = new ResponseCache(2, 1_000);
    cache.set("a", answer(1, "A"));
    cache.set("b", answer(1, "B"));
    expect(cache.get("a", 1)?.body).toBe("A");
    cache.set("c", answer(1, "C"));
    // b was the least recently used: a was read after it was stored.
    expect(cache.get("b", 1)).toBeUndefined();
    expect(cache.get("a", 1)?.body).toBe("A");
    expect(cache.get("c", 1)?.body).toBe("C");
    expect(cache.size).toBe(2);
  });

  it("keeps its bodies within its byte bound and never keeps one larger than the bound", () => {
    const cache = new ResponseCache(100, 10);
    cache.set("a", answer(1, "12345"));
    cache.set("b", answer(1, "67890"));
    expect(cache.totalBytes).toBe(10);
    cache.set("c", answer(1, "x"));
    expect(cache.get("a", 1)).toBeUndefined();
    expect(cache.totalBytes).toBe(6);
    cache.set("huge", answer(1, "01234567890"));
    expect(cache.get("huge", 1)).toBeUndefined();
    expect(cache.get("c", 1)?.body).toBe("x");
    // Multi-byte characters count as the bytes they are sent as.
    cache.set("d", answer(1, "ééééé"));
    expect(cache.get("d", 1)?.bytes).toBe(10);
    expect(cache.totalBytes).toBe(10);
  });

  it("answers only for the version an answer was computed at, and drops older ones once a newer is seen", () => {
    const cache = new ResponseCache(10, 1_000);
    cache.set("q", answer(4, "old"));
    expect(cache.get("q", 4)?.body).toBe("old");
    expect(cache.get("q", 5)).toBeUndefined();
    expect(cache.size).toBe(0);
    // An answer computed from a replica still at an older version is not kept for anyone.
    cache.set("q", answer(4, "lagging"));
    expect(cache.get("q", 4)).toBeUndefined();
    cache.set("q", answer(5, "new"));
    expect(cache.get("q", 5)?.body).toBe("new");
  });

  it("is off when either bound is 0", () => {
    for (const cache of [new ResponseCache(0, 1_000), new ResponseCache(10, 0)]) {
      expect(cache.enabled).toBe(false);
      cache.set("q", answer(1, "A"));
      expect(cache.get("q", 1)).toBeUndefined();
    }
  });
});

describe("the cache key", () => {
  const base: AnswerInputs = {
    access: ["public"],
    accept: "application/json",
    params: { query: "query Q($id: ID!, $n: Int) { x }", operationName: "Q", variables: { id: "a", n: 1 }, extensions: null },
    day: "2026-12-02",
  };

  it("is the same for the same request, whatever the order of the variables", () => {
    expect(answerKey(base)).toBe(answerKey({ ...base, params: { ...base.params, variables: { n: 1, id: "a" } } }));
  });

  it("differs by reader access, query, operation, variables, accepted type and day", () => {
    const key = answerKey(base);
    const variants: AnswerInputs[] = [
      { ...base, access: ["public", "restricted"] },
      { ...base, params: { ...base.params, query: "query Q($id: ID!, $n: Int) { y }" } },
      { ...base, params: { ...base.params, operationName: null } },
      { ...base, params: { ...base.params, variables: { id: "b", n: 1 } } },
      { ...base, accept: "application/graphql-response+json" },
      { ...base, day: "2026-12-03" },
    ];
    for (const variant of variants) expect(answerKey(variant)).not.toBe(key);
  });

  it("makes an ETag of the graph version and the key", () => {
    expect(answerEtag(7, "abc")).toBe('"7-abc"');
  });

  it("reads the parameters of a GET and of a POST, and none from what it cannot key", () => {
    const search = new URLSearchParams({ query: "{ x }", variables: '{"a":1}', operationName: "Op" });
    expect(graphqlParams("GET", search, undefined)).toEqual({ query: "{ x }", operationName: "Op", variables: { a: 1 }, extensions: null });
    expect(graphqlParams("POST", new URLSearchParams(), { query: "{ x }", variables: { a: 1 } })).toEqual({
      query: "{ x }",
      operationName: null,
      variables: { a: 1 },
      extensions: null,
    });
    expect(graphqlParams("GET", new URLSearchParams({ query: "{ x }", variables: "{not json" }), undefined)).toBeUndefined();
    expect(graphqlParams("GET", new URLSearchParams(), undefined)).toBeUndefined();
    expect(graphqlParams("POST", new URLSearchParams(), [{ query: "{ x }" }])).toBeUndefined();
    expect(graphqlParams("POST", new URLSearchParams(), "{ x }")).toBeUndefined();
    expect(graphqlParams("POST", new URLSearchParams(), { query: "{ x }", operationName: 3 })).toBeUndefined();
  });
});

describe("the response cache settings", () => {
  it("default to a bounded cache and take 0 to turn it off", () => {
    expect(loadConfig({}).responseCache).toEqual({ maxEntries: 1_000, maxBytes: 64 * 1024 * 1024 });
    expect(loadConfig({ RESPONSE_CACHE_MAX_ENTRIES: "0" }).responseCache.maxEntries).toBe(0);
  });

  it("refuse a value that is not a count, naming the variable", () => {
    expect(() => loadConfig({ RESPONSE_CACHE_MAX_BYTES: "lots" })).toThrow(/RESPONSE_CACHE_MAX_BYTES/);
    expect(() => loadConfig({ RESPONSE_CACHE_MAX_ENTRIES: "-1" })).toThrow(/RESPONSE_CACHE_MAX_ENTRIES/);
  });
});
