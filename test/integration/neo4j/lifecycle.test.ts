import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/config/config.js";
import { isAlive, readRunningStatus, type LauncherStatus } from "../../../src/neo4j/launcher-status.js";
import { freePort } from "../../support/private-neo4j.js";

// The local Neo4j belongs to the process that started it and must not outlive it, however that
// process ends. These start `standards-graph neo4j` (npm run neo4j) as a real child process, end
// it the hard way, and watch the JVM go.

/** Generous: the JVM closes its store in a second or two when the machine is idle. */
const JVM_GONE_WITHIN_MS = 60_000;

interface Started {
  readonly cli: ChildProcess;
  readonly dataDir: string;
  output(): string;
}

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

async function startCli(name: string): Promise<Started> {
  const dataDir = path.join(PROJECT_ROOT, `.neo4j-test-${name}-${process.pid}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_LOCAL_DATA_DIR: dataDir,
    NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
    NEO4J_LOCAL_HTTP_PORT: String(await freePort()),
    NEO4J_LOCAL_HEAP: "256m",
    NEO4J_LOCAL_PAGE_CACHE: "64m",
  };
  delete env.NEO4J_LOCAL_PASSWORD;
  const cli = spawn(process.execPath, ["--import", "tsx", "src/cli/neo4j-command.ts"], { cwd: PROJECT_ROOT, env });
  let output = "";
  cli.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  cli.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  cleanup.push(async () => {
    if (cli.exitCode === null && cli.signalCode === null) cli.kill("SIGKILL");
    const status = readRunningStatus(dataDir);
    if (status) process.kill(status.pid, "SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { cli, dataDir, output: () => output };
}

async function until<T>(what: string, probe: () => T | undefined, timeoutMs: number, output: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; output so far:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function jvmGone(pid: number): Promise<number> {
  const started = Date.now();
  while (isAlive(pid)) {
    if (Date.now() - started > JVM_GONE_WITHIN_MS) throw new Error(`the Neo4j JVM (pid ${pid}) still runs ${JVM_GONE_WITHIN_MS / 1000} s after its parent ended`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

const exited = (cli: ChildProcess) => new Promise<void>((resolve) => (cli.exitCode !== null || cli.signalCode !== null ? resolve() : cli.once("exit", () => resolve())));

/** A Neo4j start on a loaded 2-core machine can take minutes; the waits inside have their own bounds. */
const START_BOUND_MS = 300_000;

describe("the local Neo4j's lifetime", () => {
  it("ends when the process that started it is killed with SIGKILL", async () => {
    const { cli, dataDir, output } = await startCli("sigkill");
    await until("the CLI to say Neo4j is ready", () => (output().includes("Press Ctrl-C") ? true : undefined), 240_000, output);
    expect(output()).toMatch(/Neo4j Browser: http:\/\/127\.0\.0\.1:\d+\/browser\/ \(connect URL bolt:\/\/127\.0\.0\.1:\d+, user neo4j, password in .*\/password\)/);
    const status = readRunningStatus(dataDir) as LauncherStatus;
    expect(status.state).toBe("ready");
    expect(status.pid).not.toBe(cli.pid);

    cli.kill("SIGKILL");
    await exited(cli);
    await jvmGone(status.pid);
  }, START_BOUND_MS);

  it("ends when Ctrl-C stops the process while Neo4j is still starting", async () => {
    const { cli, dataDir, output } = await startCli("sigint");
    // The launcher writes "starting" as soon as it holds the data folder, long before Neo4j answers.
    const status = await until("the launcher to start", () => {
      const s = readRunningStatus(dataDir);
      return s?.state === "starting" ? s : undefined;
    }, 240_000, output);

    cli.kill("SIGINT");
    await exited(cli);
    expect(cli.exitCode !== 0 || cli.signalCode === "SIGINT").toBe(true);
    await jvmGone(status.pid);
  }, START_BOUND_MS);
});
