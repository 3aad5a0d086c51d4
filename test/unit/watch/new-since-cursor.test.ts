import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "../../../src/api/resolvers/new-since.js";

describe("the newSince cursor", () => {
  it("gives back the position it was made from, as a URL-safe string", () => {
    const position = { t: "2026-12-02T05:40:00.123456789Z", id: "ietf-liaison-1660" };
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
    expect(decodeCursor(encodeCursor({ t: null, id: "" }))).toEqual({ t: null, id: "" });
  });

  it.each([
    ["not base64 JSON", "not-a-cursor"],
    ["a JSON value of another shape", Buffer.from(JSON.stringify([1, 2])).toString("base64url")],
    ["a time that is not one", Buffer.from(JSON.stringify({ t: "yesterday", id: "x" })).toString("base64url")],
    ["an id that is not a string", Buffer.from(JSON.stringify({ t: null, id: 7 })).toString("base64url")],
  ])("refuses %s as BAD_USER_INPUT", (_what, cursor) => {
    let caught: unknown;
    try {
      decodeCursor(cursor);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GraphQLError);
    expect((caught as GraphQLError).extensions.code).toBe("BAD_USER_INPUT");
    expect((caught as GraphQLError).message).toBe("cursor is not one newSince returned; start again without it");
  });
});
