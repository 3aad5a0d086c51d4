import { spawn } from "node:child_process";
import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, PROJECT_ROOT } from "../../../src/config/config.js";
import { connectNeo4j } from "../../../src/neo4j/connection.js";
import { freePort } from "../../support/private-neo4j.js";

// A Neo4j that is not there must be reported in seconds, with the address named; one that does
// not answer must be reported when the wait is over, saying what was awaited. Bounds are generous:
// the point is seconds instead of the three minutes of silence a wrong NEO4J_URI used to cost.

describe("connecting to a Neo4j that is not there", () => {
  let silent: Server;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    // Accepts connections and never says a word: a firewall that drops packets, a hung server.
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  });

  afterAll(() => {
    for (const socket of sockets) socket.destroy();
    silent.close();
  });

  it("fails within seconds on a refused connection, naming the URI", async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const started = Date.now();
    const attempt = connectNeo4j(loadConfig({}, { NEO4J_URI: uri }).neo4j);
    await expect(attempt).rejects.toThrow(`Neo4j at NEO4J_URI=${uri} refused the connection: nothing listens on 127.0.0.1:`);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("says what it waited for when a server accepts but never answers", async () => {
    const uri = `bolt://127.0.0.1:${(silent.address() as { port: number }).port}`;
    const started = Date.now();
    const attempt = connectNeo4j(loadConfig({}, { NEO4J_URI: uri, NEO4J_START_TIMEOUT_MS: "3000" }).neo4j);
    await expect(attempt).rejects.toThrow(
      new RegExp(`Neo4j at NEO4J_URI=${uri} did not answer within 3 s: waited for it to accept a Bolt connection and complete the handshake .*NEO4J_START_TIMEOUT_MS`),
    );
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("stops `npm start` within seconds when NEO4J_URI points at a closed port", async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const started = Date.now();
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: "unused-password", PORT: "0" },
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(code).toBe(1);
    expect(stderr).toContain(`Neo4j at NEO4J_URI=${uri} refused the connection`);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
