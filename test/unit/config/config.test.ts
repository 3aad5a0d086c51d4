import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig, PROJECT_ROOT } from "../../../src/config/config.js";
import { ConfigError } from "../../../src/config/config-error.js";

describe("loadConfig", () => {
  it("has defaults that start the local Neo4j and serve on port 4000", () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe("127.0.0.1");
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.database).toBe("neo4j");
    expect(config.neo4j.local).toMatchObject({
      dataDir: path.join(PROJECT_ROOT, ".neo4j"),
      boltPort: 7687,
      httpPort: 7474,
      heap: "512m",
      password: undefined,
    });
    expect(config.loadReferenceGraph).toBe(true);
  });

  it("is production-safe by default: no error details, no foreign origins, only local Host names", () => {
    const config = loadConfig({});
    expect(config.nodeEnv).toBe("production");
    expect(config.corsOrigins).toEqual([]);
    expect(config.allowedHosts).toEqual([]);
    expect(config.auth).toMatchObject({ publicRead: true, jwtSecret: undefined, jwksUrl: undefined, rolesClaim: "roles" });
  });

  it("has a default for every limit and reads each from the environment", () => {
    expect(loadConfig({}).limits).toEqual({
      maxBodyBytes: 100_000,
      maxTokens: 2_000,
      maxDepth: 12,
      maxAliases: 15,
      maxDirectives: 10,
      maxCost: 50_000,
      maxBranches: 500,
      maxCypherBytes: 200_000,
      maxOffset: 10_000,
      transactionTimeoutMs: 20_000,
      dbMaxConcurrent: 16,
      dbMaxConcurrentPerRequest: 4,
      dbQueueTimeoutMs: 5_000,
      memoryWatermarkPercent: 80,
    });
    expect(loadConfig({ GRAPHQL_MAX_DEPTH: "8", GRAPHQL_MAX_COST: "1000", DB_MAX_CONCURRENT: "4" }).limits).toMatchObject({
      maxDepth: 8,
      maxCost: 1000,
      dbMaxConcurrent: 4,
    });
  });

  it("takes a JWT key from a secret or a JWKS URL, not both", () => {
    const secret = "s".repeat(32);
    expect(loadConfig({ AUTH_JWT_SECRET: secret, PUBLIC_READ: "false" }).auth).toMatchObject({ jwtSecret: secret, publicRead: false });
    expect(loadConfig({ AUTH_JWKS_URL: "https://id.example/jwks.json" }).auth.jwksUrl).toBe("https://id.example/jwks.json");
    expect(() => loadConfig({ AUTH_JWT_SECRET: secret, AUTH_JWKS_URL: "https://id.example/jwks.json" })).toThrow(/AUTH_JWKS_URL/);
  });

  it("takes an external Neo4j from NEO4J_URI and its credentials", () => {
    const config = loadConfig({
      NEO4J_URI: "neo4j+s://abc.databases.example.net",
      NEO4J_USERNAME: "analyst",
      NEO4J_PASSWORD: "secret",
      NEO4J_DATABASE: "standards",
    });
    expect(config.neo4j).toMatchObject({
      uri: "neo4j+s://abc.databases.example.net",
      username: "analyst",
      password: "secret",
      database: "standards",
    });
  });

  it("resolves NEO4J_BOOKMARKS_FILE against the working directory and wants its folder to exist", () => {
    expect(loadConfig({}).neo4j.bookmarksFile).toBeUndefined();
    expect(loadConfig({ NEO4J_BOOKMARKS_FILE: "bookmarks.txt" }).neo4j.bookmarksFile).toBe(path.resolve("bookmarks.txt"));
    expect(() => loadConfig({ NEO4J_BOOKMARKS_FILE: "/no/such/folder/bookmarks.txt" })).toThrow(
      /Invalid NEO4J_BOOKMARKS_FILE="\/no\/such\/folder\/bookmarks.txt": expected a file in a folder that exists \(\/no\/such\/folder does not\)/,
    );
  });

  it("lets values passed in win over the environment", () => {
    expect(loadConfig({ PORT: "5000" }, { PORT: "6000" }).port).toBe(6000);
  });

  it.each([
    ["PORT", "eighty", /Invalid PORT="eighty": expected an integer from 0 to 65535/],
    ["PORT", "70000", /Invalid PORT="70000"/],
    ["NEO4J_URI", "http://localhost:7474", /Invalid NEO4J_URI="http:\/\/localhost:7474": expected a URI with scheme bolt:\/\//],
    ["NEO4J_LOCAL_HEAP", "lots", /Invalid NEO4J_LOCAL_HEAP="lots": expected a size such as 512m or 2g/],
    ["NODE_ENV", "staging", /Invalid NODE_ENV="staging": expected one of development, production, test/],
    ["LOAD_REFERENCE_GRAPH", "maybe", /Invalid LOAD_REFERENCE_GRAPH="maybe": expected true or false/],
    ["NEO4J_LOCAL_BOLT_PORT", "0", /Invalid NEO4J_LOCAL_BOLT_PORT="0"/],
    ["GRAPHQL_MAX_DEPTH", "1", /Invalid GRAPHQL_MAX_DEPTH="1": expected an integer from 2 to 50/],
    ["GRAPHQL_MAX_BODY_BYTES", "lots", /Invalid GRAPHQL_MAX_BODY_BYTES="lots"/],
    ["DB_MAX_CONCURRENT", "0", /Invalid DB_MAX_CONCURRENT="0"/],
    ["AUTH_JWT_SECRET", "short", /Invalid AUTH_JWT_SECRET="\(hidden\)": expected a secret of at least 32 bytes/],
    ["AUTH_JWKS_URL", "http://id.example/jwks.json", /Invalid AUTH_JWKS_URL/],
    ["PUBLIC_READ", "false", /Invalid PUBLIC_READ="false": expected true, or a key/],
  ])("fails fast on %s=%s with a message naming the variable", (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it("parses CORS origins as a comma-separated list", () => {
    expect(loadConfig({ CORS_ORIGINS: "https://a.example, https://b.example" }).corsOrigins).toEqual([
      "https://a.example",
      "https://b.example",
    ]);
  });
});

describe(".env.example", () => {
  it("documents every variable the configuration reads", async () => {
    const { readFileSync } = await import("node:fs");
    const { readdirSync } = await import("node:fs");
    const folder = path.join(PROJECT_ROOT, "src/config");
    const source = readdirSync(folder)
      .filter((name) => name.endsWith(".ts"))
      .map((name) => readFileSync(path.join(folder, name), "utf8"))
      .join("\n");
    const example = readFileSync(path.join(PROJECT_ROOT, ".env.example"), "utf8");
    const variables = [...source.matchAll(/\(read(?:, )?"?([A-Z0-9_]+)"/g)].map((m) => m[1]!);
    const named = [...source.matchAll(/read\("([A-Z0-9_]+)"\)/g)].map((m) => m[1]!);
    const all = [...new Set([...variables, ...named])];
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((name) => !example.includes(`\n${name}=`))).toEqual([]);
  });
});
