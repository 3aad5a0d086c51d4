import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PROJECT_ROOT } from "../../../src/config/config.js";

interface Service {
  image: string;
  environment: Record<string, string>;
  ports?: string[];
  healthcheck?: { test: string[] };
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
}

const file = path.join(PROJECT_ROOT, "docker-compose.yml");
const compose = parse(readFileSync(file, "utf8")) as { services: Record<string, Service>; volumes: Record<string, unknown> };

describe("docker-compose.yml", () => {
  it("runs Neo4j 5.26 Community with APOC, a healthcheck and a named volume", () => {
    const neo4j = compose.services.neo4j!;
    expect(neo4j.image).toBe("neo4j:5.26-community");
    expect(JSON.parse(neo4j.environment.NEO4J_PLUGINS!)).toEqual(["apoc"]);
    expect(neo4j.healthcheck?.test.join(" ")).toContain("apoc.version()");
    expect(neo4j.volumes).toContain("neo4j-data:/data");
    expect(Object.keys(compose.volumes)).toContain("neo4j-data");
  });

  it("wires the API to it through the variables the project reads", () => {
    const api = compose.services.api!;
    expect(api.environment).toMatchObject({ NEO4J_URI: "bolt://neo4j:7687", NEO4J_USERNAME: "neo4j", HOST: "0.0.0.0" });
    expect(api.depends_on?.neo4j?.condition).toBe("service_healthy");
    const example = readFileSync(path.join(PROJECT_ROOT, ".env.example"), "utf8");
    for (const name of Object.keys(api.environment)) expect(example).toContain(`${name}=`);
  });

  it("publishes every port on 127.0.0.1 unless PUBLISH_ADDRESS says otherwise", () => {
    const published = Object.values(compose.services).flatMap((service) => service.ports ?? []);
    expect(published.sort()).toEqual([
      "${PUBLISH_ADDRESS:-127.0.0.1}:4000:4000",
      "${PUBLISH_ADDRESS:-127.0.0.1}:7474:7474",
      "${PUBLISH_ADDRESS:-127.0.0.1}:7687:7687",
    ]);
  });

  it("has no default password: NEO4J_PASSWORD is required wherever it is used", () => {
    const text = readFileSync(file, "utf8");
    const uses = [...text.matchAll(/\$\{NEO4J_PASSWORD([^}]*)\}/g)].map((m) => m[1] ?? "");
    expect(uses.length).toBeGreaterThanOrEqual(2);
    for (const modifier of uses) expect(modifier).toMatch(/^:\?\S/);
    expect(compose.services.neo4j!.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?[^}]+\}$/);
    expect(compose.services.api!.environment.NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD:\?[^}]+\}$/);
    expect(text).not.toMatch(/NEO4J_AUTH:\s*(none|neo4j\/[^$])/i);
  });

  it("allows no foreign origin by default: CORS_ORIGINS empty, Neo4j's CORS only its own Browser", () => {
    expect(compose.services.api!.environment.CORS_ORIGINS).toBe("${CORS_ORIGINS:-}");
    const neo4jCors = compose.services.neo4j!.environment.NEO4J_dbms_security_http__access__control__allow__origin;
    expect(neo4jCors).toBe("http://localhost:7474");
    for (const service of Object.values(compose.services)) {
      for (const value of Object.values(service.environment)) expect(value).not.toBe("*");
    }
  });

  it("mounts the sample liaison statements read-only where the README says to ingest them", () => {
    expect(compose.services.api!.volumes).toContain("./examples/liaison-statements:/examples:ro");
    expect(compose.services.neo4j!.volumes).not.toContainEqual(expect.stringContaining("examples"));
  });

  it("is accepted by `docker compose config` where a Docker client with compose is installed", () => {
    const probe = spawnSync("docker", ["compose", "version"], { encoding: "utf8" });
    if (probe.status !== 0) return; // no compose plugin here: the YAML checks above still ran
    const result = spawnSync("docker", ["compose", "-f", file, "config", "-q"], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
