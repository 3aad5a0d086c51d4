import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  readAllowedHosts,
  readApiLimits,
  readAuthConfig,
  readResponseCacheConfig,
  type ApiLimits,
  type AuthConfig,
  type ResponseCacheConfig,
} from "./api-config.js";
import { ConfigError } from "./config-error.js";
import { readCorsOrigins } from "./cors-origins.js";
import { bool, integer, memorySize, oneOf, optionalPath, port } from "./read-env.js";

export type { ApiLimits, AuthConfig, ResponseCacheConfig } from "./api-config.js";

/** The project's root folder, whatever the working directory of the process. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export type NodeEnv = "development" | "production" | "test";

export interface LocalNeo4jConfig {
  readonly dataDir: string;
  readonly boltPort: number;
  readonly httpPort: number;
  readonly heap: string;
  readonly pageCache: string;
  /** When set, the local Neo4j runs with auth on and this password for user neo4j. */
  readonly password: string | undefined;
  readonly startTimeoutMs: number;
}

export interface Neo4jConfig {
  /** An external Neo4j; when undefined the project starts (or reuses) its local launcher. */
  readonly uri: string | undefined;
  readonly username: string;
  readonly password: string | undefined;
  readonly database: string;
  readonly local: LocalNeo4jConfig;
  /**
   * Where a graph command (ingest, import, watch, ...) saves its bookmarks when it closes the
   * connection (NEO4J_BOOKMARKS_FILE), for clients to send to the API as `Neo4j-Bookmarks`;
   * undefined: nowhere. The API never writes it.
   */
  readonly bookmarksFile?: string | undefined;
}

export interface Config {
  readonly nodeEnv: NodeEnv;
  readonly host: string;
  readonly port: number;
  readonly neo4j: Neo4jConfig;
  /** Origins allowed by CORS besides the API's own; ["*"] allows any. */
  readonly corsOrigins: readonly string[];
  /** Host names accepted in the Host header besides loopback and `host`; ["*"] accepts any. */
  readonly allowedHosts: readonly string[];
  readonly limits: ApiLimits;
  readonly auth: AuthConfig;
  readonly responseCache: ResponseCacheConfig;
  readonly loadReferenceGraph: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads the configuration once, at start-up, from `overrides` first and the environment second,
 * and fails on the first bad value with a message naming the variable.
 */
export function loadConfig(env: Env = process.env, overrides: Env = {}): Config {
  const read = (name: string): string | undefined => {
    const value = overrides[name] ?? env[name];
    return value === undefined || value.trim() === "" ? undefined : value.trim();
  };
  const neo4jUri = read("NEO4J_URI");
  if (neo4jUri !== undefined && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/.test(neo4jUri)) {
    throw new ConfigError(
      "NEO4J_URI",
      neo4jUri,
      "a URI with scheme bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or neo4j+ssc://",
    );
  }
  return {
    // Production unless development is asked for explicitly: error details and stack traces only
    // reach clients in development.
    nodeEnv: oneOf(read, "NODE_ENV", ["development", "production", "test"], "production"),
    host: read("HOST") ?? "127.0.0.1",
    // 0 asks the OS for a free port (tests run several servers side by side).
    port: integer(read, "PORT", 4000, 0, 65_535),
    corsOrigins: readCorsOrigins(read),
    allowedHosts: readAllowedHosts(read),
    limits: readApiLimits(read),
    auth: readAuthConfig(read),
    responseCache: readResponseCacheConfig(read),
    loadReferenceGraph: bool(read, "LOAD_REFERENCE_GRAPH", true),
    neo4j: {
      uri: neo4jUri,
      username: read("NEO4J_USERNAME") ?? "neo4j",
      password: read("NEO4J_PASSWORD") ?? read("NEO4J_LOCAL_PASSWORD"),
      database: read("NEO4J_DATABASE") ?? "neo4j",
      bookmarksFile: optionalPath(read, "NEO4J_BOOKMARKS_FILE"),
      local: {
        dataDir: path.resolve(PROJECT_ROOT, read("NEO4J_LOCAL_DATA_DIR") ?? ".neo4j"),
        boltPort: port(read, "NEO4J_LOCAL_BOLT_PORT", 7687),
        httpPort: port(read, "NEO4J_LOCAL_HTTP_PORT", 7474),
        heap: memorySize(read, "NEO4J_LOCAL_HEAP", "512m"),
        pageCache: memorySize(read, "NEO4J_LOCAL_PAGE_CACHE", "256m"),
        password: read("NEO4J_LOCAL_PASSWORD"),
        startTimeoutMs: integer(read, "NEO4J_START_TIMEOUT_MS", 180_000, 1_000),
      },
    },
  };
}
