import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { viewerFor } from "../../../src/api/auth/access.js";
import { createAuthenticator } from "../../../src/api/auth/authenticate.js";
import type { AuthConfig } from "../../../src/config/config.js";

const SECRET = "a-test-secret-of-at-least-32-bytes!!";
const BASE: AuthConfig = { jwtSecret: undefined, jwksUrl: undefined, issuer: undefined, audience: undefined, rolesClaim: "roles", publicRead: true };

const hs256 = (claims: Record<string, unknown>, secret = SECRET, expires = "5m") =>
  new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setIssuedAt().setSubject("analyst").setExpirationTime(expires).sign(new TextEncoder().encode(secret));

describe("viewerFor", () => {
  it("maps roles to access levels, ignoring unknown roles", () => {
    expect(viewerFor([], undefined)).toMatchObject({ roles: ["reader"], access: ["public"] });
    expect(viewerFor(["member"], "a")).toMatchObject({ roles: ["member"], access: ["public", "restricted"] });
    expect(viewerFor(["editor", "admin"], "a")).toMatchObject({ roles: ["editor"], access: ["public", "restricted"] });
  });
});

describe("createAuthenticator with an HS256 secret", () => {
  const authenticate = createAuthenticator({ ...BASE, jwtSecret: SECRET, issuer: "https://id.example", audience: "standards-graph" });
  const claims = { iss: "https://id.example", aud: "standards-graph" };

  it("reads a request without a token as an anonymous reader", async () => {
    expect(await authenticate(undefined)).toMatchObject({ ok: true, viewer: { roles: ["reader"], access: ["public"] } });
  });

  it("reads a valid token's roles, as a list or a space-separated string", async () => {
    expect(await authenticate(`Bearer ${await hs256({ ...claims, roles: ["member"] })}`)).toMatchObject({
      ok: true,
      viewer: { subject: "analyst", roles: ["member"], access: ["public", "restricted"] },
    });
    expect(await authenticate(`Bearer ${await hs256({ ...claims, roles: "reader editor" })}`)).toMatchObject({
      ok: true,
      viewer: { roles: ["reader", "editor"] },
    });
  });

  it.each([
    ["an expired token", () => hs256({ ...claims, roles: ["member"] }, SECRET, "-1m"), "The token has expired."],
    ["a forged signature", () => hs256({ ...claims, roles: ["member"] }, "another-secret-of-at-least-32-bytes!!"), "The token's signature does not verify."],
    ["another issuer", () => hs256({ ...claims, iss: "https://elsewhere.example", roles: ["member"] }), "The token's iss claim is not accepted."],
    ["another audience", () => hs256({ ...claims, aud: "other-api", roles: ["member"] }), "The token's aud claim is not accepted."],
    ["an unsigned token (alg none)", async () => new UnsecuredJWT({ ...claims, roles: ["member"] }).encode(), "The token's signing algorithm is not accepted."],
  ])("refuses %s", async (_name, token, reason) => {
    expect(await authenticate(`Bearer ${await token()}`)).toEqual({ ok: false, reason });
  });

  it("refuses a malformed Authorization header instead of reading it as anonymous", async () => {
    expect(await authenticate("Basic dXNlcjpwYXNz")).toMatchObject({ ok: false });
    expect(await authenticate("Bearer not-a-jwt")).toMatchObject({ ok: false });
  });
});

describe("createAuthenticator without a key", () => {
  it("refuses any token: credentials are never downgraded to anonymous access", async () => {
    const authenticate = createAuthenticator(BASE);
    expect(await authenticate(`Bearer ${await hs256({ roles: ["member"] })}`)).toEqual({
      ok: false,
      reason: "This server verifies no tokens (no key is configured); send the request without one.",
    });
  });

  it("refuses a request without a token when PUBLIC_READ is off", async () => {
    const authenticate = createAuthenticator({ ...BASE, jwtSecret: SECRET, publicRead: false });
    expect(await authenticate(undefined)).toEqual({ ok: false, reason: "A bearer token is required." });
  });
});

describe("createAuthenticator with a JWKS URL", () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair("ES256");
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "ES256", use: "sig" };
    server = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("verifies a token signed by a key of the set, and refuses an HS256 token", async () => {
    const authenticate = createAuthenticator({ ...BASE, jwksUrl });
    const token = await new SignJWT({ roles: ["member"] }).setProtectedHeader({ alg: "ES256", kid: "k1" }).setExpirationTime("5m").sign(privateKey);
    expect(await authenticate(`Bearer ${token}`)).toMatchObject({ ok: true, viewer: { roles: ["member"] } });
    expect(await authenticate(`Bearer ${await hs256({ roles: ["member"] })}`)).toMatchObject({ ok: false });
  });
});
