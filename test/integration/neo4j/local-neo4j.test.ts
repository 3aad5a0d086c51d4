import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, statSync } from "node:fs";
import { request } from "node:http";
import { createServer, type Server } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { parse } from "yaml";
import { PROJECT_ROOT, type LocalNeo4jConfig } from "../../../src/config/config.js";
import { createDriver } from "../../../src/neo4j/connection.js";
import { launcherClasspath, pluginsDir } from "../../../src/neo4j/launcher-build.js";
import { startLocalNeo4j, type LocalNeo4j } from "../../../src/neo4j/local-neo4j.js";
import { freePort, privateNeo4jConfig } from "../../support/private-neo4j.js";

async function query<T>(instance: LocalNeo4j, cypher: string): Promise<T[]> {
  const driver = createDriver(instance.boltUrl, "neo4j", instance.password);
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

  describe("locked down", () => {
    const attacker = "http://attacker.example";
    const commit = () => `http://127.0.0.1:${local.httpPort}/db/neo4j/tx/commit`;
    const basic = () => `Basic ${Buffer.from(`neo4j:${first!.password}`).toString("base64")}`;
    const cypher = (statement: string) => JSON.stringify({ statements: [{ statement }] });

    it("refuses Bolt logins without the password, which lives in an owner-only file", async () => {
      for (const password of [undefined, "neo4j", "wrong-password"]) {
        const auth = password === undefined ? undefined : neo4j.auth.basic("neo4j", password);
        const driver = neo4j.driver(first!.boltUrl, auth, { logging: { level: "error", logger: () => {} } });
        await expect(driver.verifyConnectivity()).rejects.toMatchObject({ code: "Neo.ClientError.Security.Unauthorized" });
        await driver.close();
      }
      expect(first!.passwordFile).toBe(path.join(local.dataDir, "password"));
      expect(statSync(first!.passwordFile).mode & 0o777).toBe(0o600);
      expect(statSync(local.dataDir).mode & 0o777).toBe(0o700);
      expect(readFileSync(first!.passwordFile, "utf8").trim()).toBe(first!.password);
      expect(first!.password).toMatch(/^[\w-]{24}$/);
    });

    it("never has the password on a command line", () => {
      const { pid } = JSON.parse(readFileSync(path.join(local.dataDir, "launcher.json"), "utf8")) as { pid: number };
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      expect(commandLine).toContain("org.standardsgraph.launcher.Main");
      expect(commandLine).not.toContain(first!.password);
    });

    it("refuses Cypher over HTTP from a page on another origin, even with the password", async () => {
      const headers = { "content-type": "application/json", origin: attacker, authorization: basic() };
      const write = await fetch(commit(), { method: "POST", headers, body: cypher("CREATE (:LockdownProbe)") });
      expect(write.status).toBe(403);
      expect(write.headers.get("access-control-allow-origin")).toBeNull();
      expect(await write.text()).toContain(`requests from ${attacker} are not accepted`);
      const preflight = await fetch(commit(), {
        method: "OPTIONS",
        headers: { origin: attacker, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
      });
      expect(preflight.status).toBe(403);
      expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
      const [row] = await query<{ n: unknown }>(first!, "MATCH (p:LockdownProbe) RETURN count(p) AS n");
      expect(Number(row?.n)).toBe(0);
    });

    it("takes Cypher over HTTP only with the password, and names its own origin in CORS, never *", async () => {
      const anonymous = await fetch(commit(), { method: "POST", headers: { "content-type": "application/json" }, body: cypher("RETURN 1") });
      expect(anonymous.status).toBe(401);
      const own = `http://127.0.0.1:${local.httpPort}`;
      const answered = await fetch(commit(), {
        method: "POST",
        headers: { "content-type": "application/json", origin: own, authorization: basic() },
        body: cypher("RETURN 41 + 1 AS answer"),
      });
      expect(answered.status).toBe(200);
      expect(answered.headers.get("access-control-allow-origin")).toBe(own);
      expect(((await answered.json()) as { results: { data: { row: number[] }[] }[] }).results[0]?.data[0]?.row).toEqual([42]);
      for (const response of [anonymous, await fetch(first!.browserUrl), await fetch(`${own}/`)]) {
        expect(response.headers.get("access-control-allow-origin")).not.toBe("*");
      }
    });

    it("refuses a Host that is not a loopback name (DNS rebinding)", async () => {
      const rebound = await rawRequest(local.httpPort, "/db/neo4j/tx/commit", {
        host: `attacker.example:${local.httpPort}`,
        authorization: basic(),
        "content-type": "application/json",
      }, cypher("RETURN 1"));
      expect(rebound.status).toBe(403);
      expect(rebound.body).toContain("Host 'attacker.example");
      const localhost = await rawRequest(local.httpPort, "/browser/", { host: `localhost:${local.httpPort}` });
      expect(localhost.status).toBe(200);
    });

    it("loads only the pure APOC functions the project uses, the same list docker-compose sets", async () => {
      const [row] = await query<Record<string, unknown>>(first!,
        `RETURN apoc.util.validatePredicate(false, "unused", []) AS predicate,
                apoc.date.convertFormat("2017-03-21T00:00:00Z", "iso_zoned_date_time", "iso_offset_date_time") AS date,
                apoc.coll.intersection([1, 2], [2, 3]) AS shared, apoc.map.fromPairs([["a", 1]]) AS map,
                apoc.convert.toJson({a: 1}) AS json`);
      expect(row?.predicate).toBe(true);
      expect(row?.date).toBe("2017-03-21T00:00:00Z");
      expect(row?.json).toBe('{"a":1}');
      for (const call of [
        "CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value",
        "CALL apoc.cypher.run('MATCH (n) DETACH DELETE n', {}) YIELD value RETURN value",
        "CALL apoc.periodic.iterate('RETURN 1', 'RETURN 1', {}) YIELD batches RETURN batches",
        "CALL apoc.export.json.all('out.json', {}) YIELD file RETURN file",
      ]) {
        await expect(query(first!, call)).rejects.toMatchObject({ code: "Neo.ClientError.Procedure.ProcedureNotFound" });
      }
      const [config] = await query<{ value: string }>(first!, `CALL dbms.listConfig("dbms.security.procedures.allowlist") YIELD value RETURN value`);
      const compose = parse(readFileSync(path.join(PROJECT_ROOT, "docker-compose.yml"), "utf8")) as {
        services: { neo4j: { environment: Record<string, string> } };
      };
      expect(compose.services.neo4j.environment.NEO4J_dbms_security_procedures_allowlist).toBe(config?.value);
    });
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

/** fetch() will not send a Host of our choosing; node:http will, as a rebinding browser would. */
function rawRequest(
  port: number,
  pathname: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: pathname, method: body ? "POST" : "GET", headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}
