import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import type { AuthConfig } from "../../config/config.js";
import { ANONYMOUS, viewerFor, type Viewer } from "./access.js";

export type Authentication = { readonly ok: true; readonly viewer: Viewer } | { readonly ok: false; readonly reason: string };

/** Signature algorithms accepted from a JWKS: asymmetric only, so a public key can never be used as an HMAC secret. */
const JWKS_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];

/**
 * Turns a request's Authorization header into a viewer. No header: an anonymous reader when
 * PUBLIC_READ is on. Any bearer token must verify (signature, expiry, issuer and audience when
 * configured) or the request is refused: a token is never silently read as anonymous, not even when
 * the server has no key to check it with.
 */
export function createAuthenticator(config: AuthConfig): (authorization: string | undefined) => Promise<Authentication> {
  const verify = verifier(config);
  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === "") {
      return config.publicRead ? { ok: true, viewer: ANONYMOUS } : { ok: false, reason: "A bearer token is required." };
    }
    const match = /^Bearer\s+([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]*)\s*$/i.exec(authorization);
    if (!match?.[1]) return { ok: false, reason: "The Authorization header must be `Bearer <JWT>`." };
    if (!verify) return { ok: false, reason: "This server verifies no tokens (no key is configured); send the request without one." };
    try {
      const payload = await verify(match[1]);
      return { ok: true, viewer: viewerFor(rolesOf(payload, config.rolesClaim), payload.sub) };
    } catch (error) {
      return { ok: false, reason: describe(error) };
    }
  };
}

function verifier(config: AuthConfig): ((token: string) => Promise<JWTPayload>) | undefined {
  const claims = { ...(config.issuer ? { issuer: config.issuer } : {}), ...(config.audience ? { audience: config.audience } : {}) };
  if (config.jwtSecret !== undefined) {
    const secret = new TextEncoder().encode(config.jwtSecret);
    return async (token) => (await jwtVerify(token, secret, { algorithms: ["HS256"], ...claims })).payload;
  }
  if (config.jwksUrl !== undefined) {
    const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 3_000 });
    return async (token) => (await jwtVerify(token, keys, { algorithms: JWKS_ALGORITHMS, ...claims })).payload;
  }
  return undefined;
}

/** Roles from the configured claim: a list of names, or one space-separated string. */
function rolesOf(payload: JWTPayload, claim: string): string[] {
  const value = payload[claim];
  if (Array.isArray(value)) return value.filter((role): role is string => typeof role === "string");
  if (typeof value === "string") return value.split(/\s+/).filter(Boolean);
  return [];
}

/** Why a token was refused, in words safe to send back (no key material, no token contents). */
function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "The token has expired.";
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's ${error.claim} claim is not accepted.`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return "The token's signature does not verify.";
  if (error instanceof errors.JOSEAlgNotAllowed) return "The token's signing algorithm is not accepted.";
  if (error instanceof errors.JWKSNoMatchingKey) return "No known key matches the token.";
  return "The token cannot be verified.";
}
