import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError } from "./config-error.js";

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
}

export interface Config {
  readonly nodeEnv: NodeEnv;
  readonly host: string;
  readonly port: number;
  readonly neo4j: Neo4jConfig;
  /** Origins allowed by CORS; ["*"] allows any. */
  readonly corsOrigins: readonly string[];
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
    nodeEnv: oneOf(read, "NODE_ENV", ["development", "production", "test"], "development"),
    host: read("HOST") ?? "127.0.0.1",
    // 0 asks the OS for a free port (tests run several servers side by side).
    port: integer(read, "PORT", 4000, 0, 65_535),
    corsOrigins: (read("CORS_ORIGINS") ?? "*").split(",").map((o) => o.trim()).filter(Boolean),
    loadReferenceGraph: bool(read, "LOAD_REFERENCE_GRAPH", true),
    neo4j: {
      uri: neo4jUri,
      username: read("NEO4J_USERNAME") ?? "neo4j",
      password: read("NEO4J_PASSWORD") ?? read("NEO4J_LOCAL_PASSWORD"),
      database: read("NEO4J_DATABASE") ?? "neo4j",
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

type Reader = (name: string) => string | undefined;

function integer(read: Reader, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = read(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, raw, `an integer from ${min} to ${max}`);
  }
  return value;
}

function port(read: Reader, name: string, fallback: number): number {
  return integer(read, name, fallback, 1, 65_535);
}

function bool(read: Reader, name: string, fallback: boolean): boolean {
  const raw = read(name);
  if (raw === undefined) return fallback;
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  throw new ConfigError(name, raw, "true or false");
}

function memorySize(read: Reader, name: string, fallback: string): string {
  const raw = read(name) ?? fallback;
  if (!/^\d+[kmg]$/i.test(raw)) throw new ConfigError(name, raw, "a size such as 512m or 2g");
  return raw.toLowerCase();
}

function oneOf<T extends string>(read: Reader, name: string, allowed: readonly T[], fallback: T): T {
  const raw = read(name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new ConfigError(name, raw, `one of ${allowed.join(", ")}`);
  return raw as T;
}
