import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, openSync, closeSync, readFileSync } from "node:fs";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import type { LocalNeo4jConfig } from "../config/config.js";
import { ensureLauncherBuilt, launcherClasspath, pluginsDir } from "./launcher-build.js";
import { waitForBolt } from "./wait-for-bolt.js";

/** Exit code of the launcher when another launcher already holds the data folder. */
const EXIT_ALREADY_RUNNING = 3;

export interface LocalNeo4j {
  readonly boltUrl: string;
  readonly browserUrl: string;
  readonly logFile: string;
  /** False when an already running launcher was reused; only what we started is stopped. */
  readonly startedHere: boolean;
  stop(): Promise<void>;
}

interface LauncherStatus {
  readonly pid: number;
  readonly bolt: string;
  readonly http: string;
}

/**
 * Starts the project's own Neo4j (building the launcher first if needed), or reuses the one that
 * already runs on the same data folder, and resolves once Bolt answers.
 */
export async function startLocalNeo4j(config: LocalNeo4jConfig, report: (line: string) => void): Promise<LocalNeo4j> {
  const logDir = path.join(config.dataDir, "logs");
  const logFile = path.join(logDir, "launcher.log");
  const running = readRunningStatus(config.dataDir);
  if (running) {
    const reused = await reuse(running, config, logFile);
    if (reused) return reused;
  }

  await ensureLauncherBuilt(logDir, report);
  mkdirSync(logDir, { recursive: true });
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
      ...(config.password ? ["--password", config.password] : []),
    ],
    // Its own process group: a Ctrl-C at the terminal reaches us, and we stop Neo4j after our
    // work (an ingest in progress, draining HTTP) is done, instead of Neo4j dying under it.
    { stdio: ["ignore", out, out], detached: true },
  );
  closeSync(out);
  let exit: string | undefined;
  let exitCode: number | null = null;
  child.on("error", (error: NodeJS.ErrnoException) => {
    exit = error.code === "ENOENT" ? "java is not installed (Java 17+ is needed), or set NEO4J_URI" : error.message;
  });
  child.on("exit", (code, signal) => {
    exitCode = code;
    exit ??= `the launcher exited (${signal ?? `code ${code}`})`;
  });

  const boltUrl = `bolt://127.0.0.1:${config.boltPort}`;
  const deadline = Date.now() + config.startTimeoutMs;
  // Something else may already answer on the port; only the status file our own child writes
  // once Neo4j has started says that the Bolt server on it is ours.
  let failure = await waitForOwnStatus(config.dataDir, child, deadline, () => exit);
  if (failure === undefined) {
    const driver = probeDriver(boltUrl, config.password);
    failure = await waitForBolt(driver, { timeoutMs: Math.max(deadline - Date.now(), 1_000), abandon: () => exit });
    await driver.close();
  }
  if (failure !== undefined && exitCode === EXIT_ALREADY_RUNNING) {
    // Lost a race with another process starting the same data folder: use that one.
    const winner = readRunningStatus(config.dataDir);
    const reused = winner && (await reuse(winner, config, logFile));
    if (reused) return reused;
  }
  if (failure !== undefined) {
    child.kill("SIGKILL");
    throw new Error(
      `The local Neo4j did not answer on ${boltUrl} within ${config.startTimeoutMs / 1000} s (${failure}); see its log ${logFile}`,
    );
  }
  return {
    boltUrl,
    browserUrl: `http://127.0.0.1:${config.httpPort}/browser/`,
    logFile,
    startedHere: true,
    stop: () => stopChild(child),
  };
}

async function waitForOwnStatus(
  dataDir: string,
  child: ChildProcess,
  deadline: number,
  exited: () => string | undefined,
): Promise<string | undefined> {
  for (;;) {
    const status = readRunningStatus(dataDir);
    if (status?.pid === child.pid) return undefined;
    const exit = exited();
    if (exit !== undefined) return exit;
    if (Date.now() > deadline) return "Neo4j did not report that it started";
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function readRunningStatus(dataDir: string): LauncherStatus | undefined {
  try {
    const status = JSON.parse(readFileSync(path.join(dataDir, "launcher.json"), "utf8")) as LauncherStatus;
    process.kill(status.pid, 0);
    return status;
  } catch {
    return undefined;
  }
}

async function reuse(status: LauncherStatus, config: LocalNeo4jConfig, logFile: string): Promise<LocalNeo4j | undefined> {
  const driver = probeDriver(status.bolt, config.password);
  const failure = await waitForBolt(driver, { timeoutMs: config.startTimeoutMs });
  await driver.close();
  if (failure !== undefined) return undefined;
  return {
    boltUrl: status.bolt,
    browserUrl: `${status.http}/browser/`,
    logFile,
    startedHere: false,
    stop: async () => {},
  };
}

function probeDriver(url: string, password: string | undefined): Driver {
  const auth = password ? neo4j.auth.basic("neo4j", password) : undefined;
  return neo4j.driver(url, auth, { connectionTimeout: 2_000, maxConnectionPoolSize: 1, logging: { level: "error", logger: () => {} } });
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
