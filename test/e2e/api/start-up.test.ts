import { spawn } from "node:child_process";
import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/config/config.js";
import { freePort } from "../../support/private-neo4j.js";

// `npm start` as a process: each way start-up can fail ends it with exit code 1 and one line that
// names what was wrong, within seconds; a good start says what it does, phase by phase. Time bounds
// are generous: they only tell "seconds" from "the minutes a wrong setting used to cost".

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

/** Runs src/main.ts with `env` until it exits (or `until` shows in its output, then SIGTERM). */
function start(env: Record<string, string>, until?: string): Promise<Run> {
  const started = Date.now();
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: PROJECT_ROOT,
    // No .env of the developer's may change what is tested: every variable that matters is set here.
    env: { ...process.env, NEO4J_PASSWORD: "unused-password", PORT: "0", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    if (until !== undefined && stdout.includes(until)) child.kill("SIGTERM");
  });
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) =>
    child.on("exit", (code) => resolve({ code, stdout, stderr, seconds: (Date.now() - started) / 1000 })),
  );
}

describe("npm start", () => {
  let silent: Server;
  let taken: Server;
  const sockets: Socket[] = [];
  let silentUri = "";
  let takenPort = 0;

  beforeAll(async () => {
    // Accepts connections and never says a word: a hung server, a firewall that drops packets.
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    silentUri = `bolt://127.0.0.1:${(silent.address() as { port: number }).port}`;
    // Another program on the API's port.
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    takenPort = (taken.address() as { port: number }).port;
  });

  afterAll(() => {
    for (const socket of sockets) socket.destroy();
    silent.close();
    taken.close();
  });

  it("refuses CORS_ORIGINS that is not a list of origins, before anything else", async () => {
    const run = await start({ CORS_ORIGINS: "not a url", NEO4J_URI: silentUri });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('standards-graph: Invalid CORS_ORIGINS="not a url": expected a comma-separated list of origins');
    expect(run.stdout).toBe("");
    expect(run.seconds).toBeLessThan(30);
  });

  it("reports a port in use before it connects to Neo4j or loads anything", async () => {
    // The Neo4j it is given would keep it waiting a minute: the port is checked first.
    const run = await start({ PORT: String(takenPort), HOST: "127.0.0.1", NEO4J_URI: silentUri, NEO4J_START_TIMEOUT_MS: "60000" });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`standards-graph: 127.0.0.1:${takenPort} is already in use by another program: stop it, or set PORT to a free port`);
    expect(run.stdout).not.toContain("Neo4j");
    expect(run.seconds).toBeLessThan(30);
  });

  it("fails within seconds on a NEO4J_URI that refuses connections, naming it", async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const run = await start({ NEO4J_URI: uri });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Neo4j: connecting to ${uri}...`);
    expect(run.stderr).toContain(`standards-graph: Neo4j at NEO4J_URI=${uri} refused the connection: nothing listens on 127.0.0.1:`);
    expect(run.seconds).toBeLessThan(40);
  });

  it("says what it waited for when Neo4j never answers", async () => {
    const run = await start({ NEO4J_URI: silentUri, NEO4J_START_TIMEOUT_MS: "3000" });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `standards-graph: Neo4j at NEO4J_URI=${silentUri} did not answer within 3 s: waited for it to accept a Bolt connection and complete the handshake`,
    );
    expect(run.stderr).toContain("NEO4J_START_TIMEOUT_MS sets how long to wait");
    expect(run.seconds).toBeLessThan(40);
  });

  it("says each phase of a good start, with the seconds since it began, then where it listens", async () => {
    const run = await start(
      {
        NEO4J_URI: inject("neo4jUri"),
        NEO4J_PASSWORD: inject("neo4jPassword"),
        NEO4J_DATABASE: inject("neo4jDatabase"),
        LOAD_REFERENCE_GRAPH: "false",
      },
      "Dashboard:",
    );
    const lines = run.stdout.split("\n");
    const at = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line));
    const phases = [
      /^Neo4j: connecting to bolt:\/\/.+\.\.\.$/,
      /^Neo4j: connected at bolt:\/\/.+ \(\d+\.\d s\)$/,
      /^Migrations: applying\.\.\.$/,
      /^Migrations: up to date \(\d+\.\d s\)$/,
      /^Reference graph: not loaded \(LOAD_REFERENCE_GRAPH=false\)$/,
      /^GraphQL schema: building\.\.\.$/,
      /^GraphQL schema: built \(\d+\.\d s\)$/,
      /^Listening on http:\/\/127\.0\.0\.1:\d+ \(started in \d+\.\d s\)$/,
    ];
    const positions = phases.map(at);
    expect(positions.every((p) => p >= 0), run.stdout + run.stderr).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(run.stdout).toContain("Stopped.");
    expect(run.code).toBe(0);
  }, 180_000);
});
