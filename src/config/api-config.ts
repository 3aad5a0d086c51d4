import { ConfigError } from "./config-error.js";
import { bool, integer, list, type Reader } from "./read-env.js";

/**
 * What one request may ask of the API. Every bound has a default that keeps one request from
 * taking the process or the database away from everyone else; README "Security" explains each.
 */
export interface ApiLimits {
  /** Largest request body; larger ones get 413. */
  readonly maxBodyBytes: number;
  /** Lexical tokens in a GraphQL document (parsing stops there). */
  readonly maxTokens: number;
  /** Field nesting, through fragments. */
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  /** Estimated objects read: list sizes multiply; analytics and search weigh more. */
  readonly maxCost: number;
  /** Branches of the generated Cypher: a field read through an interface counts once per implementing type. */
  readonly maxBranches: number;
  /** Generated Cypher longer than this is never sent to Neo4j. */
  readonly maxCypherBytes: number;
  /** Largest `offset` a list accepts. */
  readonly maxOffset: number;
  /** Every database transaction is stopped by Neo4j after this. */
  readonly transactionTimeoutMs: number;
  /** Database operations running at once, for the whole API. */
  readonly dbMaxConcurrent: number;
  /** Database operations running at once for one request; the rest of its work waits its turn. */
  readonly dbMaxConcurrentPerRequest: number;
  /** How long database work may wait for a turn before the request fails with SERVER_BUSY. */
  readonly dbQueueTimeoutMs: number;
  /** Heap use, in percent of the heap limit, above which the largest request is stopped. */
  readonly memoryWatermarkPercent: number;
}

/** The in-memory cache of whole answers (src/api/cache); either bound at 0 turns it off. */
export interface ResponseCacheConfig {
  /** Answers kept at most; the least recently used goes first. */
  readonly maxEntries: number;
  /** Bytes of answer bodies kept at most. */
  readonly maxBytes: number;
}

export interface AuthConfig {
  /** HS256 shared secret (at least 32 bytes). */
  readonly jwtSecret: string | undefined;
  /** A JWKS document for RS256/ES256/EdDSA tokens. */
  readonly jwksUrl: string | undefined;
  readonly issuer: string | undefined;
  readonly audience: string | undefined;
  /** The claim holding the caller's roles. */
  readonly rolesClaim: string;
  /** Whether a request without credentials reads the public graph (role `reader`). */
  readonly publicRead: boolean;
}

export function readApiLimits(read: Reader): ApiLimits {
  return {
    maxBodyBytes: integer(read, "GRAPHQL_MAX_BODY_BYTES", 100_000, 1_000, 10_000_000),
    maxTokens: integer(read, "GRAPHQL_MAX_TOKENS", 2_000, 100, 100_000),
    maxDepth: integer(read, "GRAPHQL_MAX_DEPTH", 12, 2, 50),
    maxAliases: integer(read, "GRAPHQL_MAX_ALIASES", 15, 0, 1_000),
    maxDirectives: integer(read, "GRAPHQL_MAX_DIRECTIVES", 10, 0, 1_000),
    maxCost: integer(read, "GRAPHQL_MAX_COST", 50_000, 1, 10_000_000),
    maxBranches: integer(read, "GRAPHQL_MAX_BRANCHES", 500, 1, 100_000),
    maxCypherBytes: integer(read, "GRAPHQL_MAX_CYPHER_BYTES", 200_000, 1_000, 10_000_000),
    maxOffset: integer(read, "GRAPHQL_MAX_OFFSET", 10_000, 0, 1_000_000_000),
    transactionTimeoutMs: integer(read, "DB_TRANSACTION_TIMEOUT_MS", 20_000, 100, 3_600_000),
    dbMaxConcurrent: integer(read, "DB_MAX_CONCURRENT", 16, 1, 1_000),
    dbMaxConcurrentPerRequest: integer(read, "DB_MAX_CONCURRENT_PER_REQUEST", 4, 1, 1_000),
    dbQueueTimeoutMs: integer(read, "DB_QUEUE_TIMEOUT_MS", 5_000, 0, 600_000),
    memoryWatermarkPercent: integer(read, "API_MEMORY_WATERMARK_PERCENT", 80, 10, 99),
  };
}

export function readResponseCacheConfig(read: Reader): ResponseCacheConfig {
  return {
    maxEntries: integer(read, "RESPONSE_CACHE_MAX_ENTRIES", 1_000, 0, 1_000_000),
    maxBytes: integer(read, "RESPONSE_CACHE_MAX_BYTES", 64 * 1024 * 1024, 0, 4 * 1024 * 1024 * 1024),
  };
}

export function readAuthConfig(read: Reader): AuthConfig {
  const jwtSecret = read("AUTH_JWT_SECRET");
  const jwksUrl = read("AUTH_JWKS_URL");
  if (jwtSecret !== undefined && Buffer.byteLength(jwtSecret) < 32) {
    throw new ConfigError("AUTH_JWT_SECRET", "(hidden)", "a secret of at least 32 bytes");
  }
  if (jwksUrl !== undefined && !isJwksUrl(jwksUrl)) {
    throw new ConfigError("AUTH_JWKS_URL", jwksUrl, "an https:// URL (http:// only for localhost)");
  }
  if (jwtSecret !== undefined && jwksUrl !== undefined) {
    throw new ConfigError("AUTH_JWKS_URL", jwksUrl, "to be empty when AUTH_JWT_SECRET is set (one key source)");
  }
  const publicRead = bool(read, "PUBLIC_READ", true);
  if (!publicRead && jwtSecret === undefined && jwksUrl === undefined) {
    throw new ConfigError("PUBLIC_READ", "false", "true, or a key in AUTH_JWT_SECRET or AUTH_JWKS_URL (nobody could read otherwise)");
  }
  return {
    jwtSecret,
    jwksUrl,
    issuer: read("AUTH_JWT_ISSUER"),
    audience: read("AUTH_JWT_AUDIENCE"),
    rolesClaim: read("AUTH_ROLES_CLAIM") ?? "roles",
    publicRead,
  };
}

/** Host names the API answers to besides loopback and HOST; `*` turns the Host check off. */
export function readAllowedHosts(read: Reader): string[] {
  return list(read, "ALLOWED_HOSTS").map((host) => host.toLowerCase());
}

function isJwksUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || (url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname));
  } catch {
    return false;
  }
}
