import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalNeo4jConfig } from "../../../src/config/config.js";
import { createDriver } from "../../../src/neo4j/connection.js";
import { launcherClasspath, pluginsDir } from "../../../src/neo4j/launcher-build.js";
import { startLocalNeo4j, type LocalNeo4j } from "../../../src/neo4j/local-neo4j.js";
import { freePort, privateNeo4jConfig } from "../../support/private-neo4j.js";

async function query<T>(neo4j: LocalNeo4j, cypher: string): Promise<T[]> {
  const driver = createDriver(neo4j.boltUrl, "neo4j", neo4j.password);
  try {
    const result = await driver.executeQuery(cypher);
    return result.records.map((r) => r.toObject() as T);
  } finally {
    await driver.close();
  }
}

describe("the local Neo4j launcher", () => {
  let local: LocalNeo4jConfig;
  let remove: () => void;
  let first: LocalNeo4j | undefined;
  const progress: string[] = [];

  beforeAll(async () => {
    ({ local, remove } = await privateNeo4jConfig("launcher"));
    first = await startLocalNeo4j(local, (line) => progress.push(line));
  });

  afterAll(async () => {
    await first?.stop();
    remove();
  });

  it("starts Neo4j 5.26 Community and answers Cypher over Bolt", async () => {
    expect(first?.startedHere).toBe(true);
    const [row] = await query<{ edition: string; version: string }>(first!, 
      "CALL dbms.components() YIELD edition, versions RETURN edition, versions[0] AS version",
    );
    expect(row?.edition).toBe("community");
    expect(row?.version).toMatch(/^5\.26\.\d+$/);
  });

  it("says what it is doing while Neo4j starts, and where the password is", () => {
    expect(progress[0]).toContain(`Starting the local Neo4j (data in ${local.dataDir}`);
    expect(progress.at(-1)).toMatch(/^Local Neo4j ready in \d+\.\d s: user neo4j, password in .*\/password$/);
  });

  it("has APOC Core from its plugins folder", async () => {
    const [row] = await query<{ version: string }>(first!, "RETURN apoc.version() AS version");
    expect(row?.version).toMatch(/^5\.26\./);
  });

  it("serves HTTP and Neo4j Browser", async () => {
    const discovery = (await (await fetch(`http://127.0.0.1:${local.httpPort}/`)).json()) as { neo4j_version: string };
    expect(discovery.neo4j_version).toMatch(/^5\.26\./);
    const browser = await fetch(first!.browserUrl);
    expect(browser.status).toBe(200);
    expect(await browser.text()).toContain("<title>Neo4j Browser</title>");
  });

  it("reuses the running instance instead of starting a second one on the same data folder", async () => {
    const second = await startLocalNeo4j(local, () => {});
    expect(second.startedHere).toBe(false);
    expect(second.boltUrl).toBe(first!.boltUrl);
    expect(second.password).toBe(first!.password);
    await second.stop(); // a reused instance is not stopped by whoever reused it
    const [row] = await query<{ one: unknown }>(first!, "RETURN 1 AS one");
    expect(Number(row?.one)).toBe(1);
  });

  it("refuses a second launcher process on the same data folder with a clear message", () => {
    const result = spawnSync(
      "java",
      ["-cp", launcherClasspath(), "org.standardsgraph.launcher.Main", "--home", local.dataDir, "--plugins", pluginsDir(),
        "--bolt-port", "1", "--http-port", "2"],
      { encoding: "utf8", timeout: 60_000 },
    );
    expect(result.status).toBe(3);
    expect(result.stderr).toContain(`a Neo4j launcher is already running on ${local.dataDir}`);
  });

  it("keeps data and password on disk across a restart", async () => {
    await query(first!, `MERGE (n:LauncherProbe {id: "survives-restart"}) SET n.value = 42`);
    const password = first!.password;
    await first!.stop();
    const status = path.join(local.dataDir, "launcher.json");
    expect(() => process.kill((JSON.parse(readFileSync(status, "utf8")) as { pid: number }).pid, 0)).toThrow();
    first = await startLocalNeo4j(local, () => {});
    expect(first.startedHere).toBe(true);
    expect(first.password).toBe(password);
    const rows = await query<{ value: unknown }>(first!, `MATCH (n:LauncherProbe {id: "survives-restart"}) RETURN n.value AS value`);
    expect(rows.map((r) => Number(r.value))).toEqual([42]);
  });

  it("reports a port that another program holds, by number, before starting Neo4j", async () => {
    const taken = await listen();
    const port = (taken.address() as { port: number }).port;
    const other = `${local.dataDir}-other`;
    try {
      const started = Date.now();
      const attempt = startLocalNeo4j({ ...local, dataDir: other, boltPort: port, httpPort: await freePort() }, () => {});
      await expect(attempt).rejects.toThrow(
        new RegExp(`port ${port} \\(Bolt\\) on 127\\.0\\.0\\.1 is already in use .*NEO4J_LOCAL_BOLT_PORT.*launcher\\.log`),
      );
      // Generous: a JVM start on a loaded machine, not a Neo4j start (which takes 30 s and more).
      expect(Date.now() - started).toBeLessThan(25_000);
    } finally {
      taken.close();
      rmSync(other, { recursive: true, force: true });
    }
  });
});

function listen(): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}
