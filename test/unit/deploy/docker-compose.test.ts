import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PROJECT_ROOT } from "../../../src/config/config.js";

interface Service {
  image: string;
  environment: Record<string, string>;
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

  it("is accepted by `docker compose config` where a Docker client with compose is installed", () => {
    const probe = spawnSync("docker", ["compose", "version"], { encoding: "utf8" });
    if (probe.status !== 0) return; // no compose plugin here: the YAML checks above still ran
    const result = spawnSync("docker", ["compose", "-f", file, "config", "-q"], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
