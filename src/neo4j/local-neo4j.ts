import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, createWriteStream, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import neo4j, { type Driver } from "neo4j-driver";
import type { LocalNeo4jConfig } from "../config/config.js";
import { ensureLauncherBuilt, launcherClasspath, pluginsDir } from "./launcher-build.js";
import { passwordFile, readLocalPassword, readRunningStatus, type LauncherStatus } from "./launcher-status.js";
import { explainBoltFailure, waitForBolt } from "./wait-for-bolt.js";

/** Exit code of the launcher when another launcher already holds the data folder. */
const EXIT_ALREADY_RUNNING = 3;
/** The local Neo4j always has auth on, for this user. */
export const LOCAL_USER = "neo4j";

export interface LocalNeo4j {
  readonly boltUrl: string;
  readonly browserUrl: string;
  readonly logFile: string;
  /** Where the password lives (owner-only file in the data folder), for people and other tools. */
  readonly passwordFile: string;
  readonly password: string;
  /** False when an already running launcher was reused; only what we started is stopped. */
  readonly startedHere: boolean;
  stop(): Promise<void>;
}

/**
 * Starts the project's own Neo4j (building the launcher first if needed), or reuses the one that
 * already runs on the same data folder, and resolves once Bolt answers with the password.
 *
 * The launcher is tied to this process through a pipe on its standard input: whatever way this
 * process ends (Ctrl-C before any handler, an uncaught error, kill -9), the kernel closes the
 * pipe and the launcher stops Neo4j. `stop()` is the orderly way, and waits for it.
 */
export async function startLocalNeo4j(config: LocalNeo4jConfig, report: (line: string) => void): Promise<LocalNeo4j> {
  const logDir = path.join(config.dataDir, "logs");
  const logFile = path.join(logDir, "launcher.log");
  const running = readRunningStatus(config.dataDir);
  // One that is stopping is not reused: the new launcher waits for it to let go of the folder.
  if (running && running.state !== "stopping") {
    const reused = await reuse(running, config, logFile, report);
    if (reused) return reused;
  }

  // Owner-only from the start: it will hold the store and the password file.
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  await ensureLauncherBuilt(logDir, report);
  mkdirSync(logDir, { recursive: true });
  const started = Date.now();
  report(`Starting the local Neo4j (data in ${config.dataDir}; log ${logFile})...`);
  const launcher = spawnLauncher(config, logFile);
  const boltUrl = `bolt://127.0.0.1:${config.boltPort}`;
  const deadline = started + config.startTimeoutMs;
  const progress = setInterval(() => {
    report(
      `  Neo4j is starting: ${Math.round((Date.now() - started) / 1000)} s so far; waiting for it to open Bolt on ` +
        `127.0.0.1:${config.boltPort} and HTTP on 127.0.0.1:${config.httpPort} and report ready`,
    );
  }, 10_000);
  let failure: string | undefined;
  let password: string | undefined;
  try {
    // Something else may already answer on the port; only the status file our own child writes
    // once Neo4j has started and has its password says that the Bolt server on it is ours.
    failure = await waitForOwnStatus(config.dataDir, launcher.child, deadline, launcher.exited);
    if (failure === undefined) {
      password = readLocalPassword(config.dataDir);
      const driver = probeDriver(boltUrl, password);
      const bolt = await waitForBolt(driver, { timeoutMs: Math.max(deadline - Date.now(), 1_000), abandon: launcher.exited });
      await closeQuietly(driver);
      failure = bolt && explainBoltFailure(bolt, boltUrl, config.startTimeoutMs);
    }
  } finally {
    clearInterval(progress);
  }
  if (failure !== undefined && launcher.child.exitCode === EXIT_ALREADY_RUNNING) {
    // Lost a race with another process starting the same data folder: use that one.
    const winner = readRunningStatus(config.dataDir);
    const reused = winner && (await reuse(winner, config, logFile, report));
    if (reused) return reused;
  }
  if (failure !== undefined || password === undefined) {
    launcher.child.kill("SIGKILL");
    throw new Error(`The local Neo4j did not start: ${failure ?? "no password"}. See its log ${logFile}`);
  }
  report(`Local Neo4j ready in ${((Date.now() - started) / 1000).toFixed(1)} s: user ${LOCAL_USER}, password in ${passwordFile(config.dataDir)}`);
  return {
    boltUrl,
    browserUrl: `http://127.0.0.1:${config.httpPort}/browser/`,
    logFile,
    passwordFile: passwordFile(config.dataDir),
    password,
    startedHere: true,
    stop: () => stopChild(launcher.child),
  };
}

interface Launcher {
  readonly child: ChildProcess;
  /** Why the launcher is gone (its own last words when it gave any), or undefined while it runs. */
  readonly exited: () => string | undefined;
}

function spawnLauncher(config: LocalNeo4jConfig, logFile: string): Launcher {
  // The password travels by environment (readable only by this user) or stays in the data
  // folder's password file; never on the command line, which `ps` shows to everyone.
  const env = { ...process.env };
  delete env.NEO4J_LOCAL_PASSWORD;
  if (config.password) env.NEO4J_LOCAL_PASSWORD = config.password;
  const out = openSync(logFile, "a");
  const child = spawn(
    "java",
    [
      `-Xmx${config.heap}`,
      "-XX:+UseG1GC",
      "-cp",
      launcherClasspath(),
      "org.standardsgraph.launcher.Main",
      "--home", config.dataDir,
      "--plugins", pluginsDir(),
      "--bolt-port", String(config.boltPort),
      "--http-port", String(config.httpPort),
      "--page-cache", config.pageCache,
      "--stop-when-stdin-closes",
    ],
    // stdin: the lifeline (see startLocalNeo4j). Own process group: a Ctrl-C at the terminal
    // reaches us, and we stop Neo4j after our work (an ingest, draining HTTP) is done instead of
    // Neo4j dying under it. Neo4j's console output goes straight to the log; stderr is read
    // (and logged) for the launcher's own reasons for failing.
    { stdio: ["pipe", out, "pipe"], detached: true, env },
  );
  closeSync(out);
  const log = createWriteStream(logFile, { flags: "a" });
  let lastWords: string | undefined;
  if (child.stderr) {
    createInterface({ input: child.stderr }).on("line", (line) => {
      log.write(`${line}\n`);
      const own = /^standards-graph-neo4j: (.*)$/.exec(line);
      if (own) lastWords = own[1];
    });
  }
  child.on("close", () => log.end());
  // Writes to a launcher that has gone fail with EPIPE; its exit is reported on its own.
  child.stdin?.on("error", () => {});
  let exit: string | undefined;
  child.on("error", (error: NodeJS.ErrnoException) => {
    exit = error.code === "ENOENT" ? "java is not installed (Java 17+ is needed), or set NEO4J_URI" : error.message;
  });
  child.on("exit", (code, signal) => {
    exit ??= `the launcher exited (${signal ?? `code ${code}`})`;
  });
  return { child, exited: () => (exit === undefined ? undefined : (lastWords ?? exit)) };
}

async function waitForOwnStatus(
  dataDir: string,
  child: ChildProcess,
  deadline: number,
  exited: () => string | undefined,
): Promise<string | undefined> {
  for (;;) {
    const status = readRunningStatus(dataDir);
    if (status !== undefined && status.pid === child.pid && status.state === "ready") return undefined;
    const exit = exited();
    if (exit !== undefined) {
      // The exit event can come before the last stderr line is read.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return exited();
    }
    if (Date.now() > deadline) return "Neo4j did not report that it started";
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A launcher that another process started: wait until it is ready, then check Bolt with the password. */
async function reuse(
  status: LauncherStatus,
  config: LocalNeo4jConfig,
  logFile: string,
  report: (line: string) => void,
): Promise<LocalNeo4j | undefined> {
  const deadline = Date.now() + config.startTimeoutMs;
  let current: LauncherStatus | undefined = status;
  if (current.state === "starting") report(`Waiting for the local Neo4j that process ${current.pid} is starting...`);
  while (current?.state === "starting" && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    current = readRunningStatus(config.dataDir);
  }
  if (current?.state !== "ready") return undefined;
  const password = readLocalPassword(config.dataDir);
  const driver = probeDriver(current.bolt, password);
  const failure = await waitForBolt(driver, { timeoutMs: Math.max(deadline - Date.now(), 1_000) });
  await closeQuietly(driver);
  if (failure !== undefined) return undefined;
  report(`Using the local Neo4j that process ${current.pid} started: user ${LOCAL_USER}, password in ${passwordFile(config.dataDir)}`);
  return {
    boltUrl: current.bolt,
    browserUrl: `${current.http}/browser/`,
    logFile,
    passwordFile: passwordFile(config.dataDir),
    password,
    startedHere: false,
    stop: async () => {},
  };
}

function probeDriver(url: string, password: string): Driver {
  return neo4j.driver(url, neo4j.auth.basic(LOCAL_USER, password), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
    logging: { level: "error", logger: () => {} },
  });
}

/** A driver with a connection stuck in its handshake can take a minute to close; nobody needs to wait for that. */
export async function closeQuietly(driver: Driver): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([driver.close().catch(() => {}), new Promise((resolve) => (timer = setTimeout(resolve, 2_000)))]);
  clearTimeout(timer);
}

/** SIGTERM lets Neo4j close its store cleanly; SIGKILL only if it has not stopped after a minute. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  await exited;
  clearTimeout(timer);
}
