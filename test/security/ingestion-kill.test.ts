import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/config.js";
import { extractDocument } from "../../src/extract/extract-document.js";
import { referenceGazetteer } from "../../src/extract/reference-gazetteer.js";
import { toGraphWrite, type GraphWrite } from "../../src/load/graph-write.js";
import { createDriver } from "../../src/neo4j/connection.js";
import { isAlive, readLocalPassword, readRunningStatus, type LauncherStatus } from "../../src/neo4j/launcher-status.js";
import { readDocument } from "../../src/parse/read-document.js";
import { generateDocuments } from "../integration/load/generate-documents.js";
import { freePort } from "../support/private-neo4j.js";
import { documentStates, type DocumentState } from "./support/whole-documents.js";

// kill -9 of Neo4j in the middle of a batch ingested through the CLI, then the same command
// again: every document must end up in the graph whole, exactly once, and none half-written in
// between. The Neo4j killed here is one this test starts on its own data folder and ports, never
// the run's shared test database.

const COUNT = 300;
/** Documents written before the kill: enough to be sure the batch is under way. */
const KILL_AFTER = 10;
/** Generous: Neo4j starts in about 40 s on a busy two-core machine. */
const START_TIMEOUT_MS = 300_000;

interface Cli {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

describe("kill -9 of Neo4j during a batch ingest", () => {
  const dataDir = path.join(PROJECT_ROOT, `.neo4j-test-ingest-kill-${process.pid}`);
  let env: NodeJS.ProcessEnv;
  let server: ChildProcess | undefined;
  let driver: Driver | undefined;
  let folder: string;
  let writes: GraphWrite[];

  /** The project's own `standards-graph neo4j` on this test's data folder, until it says it is ready. */
  async function startNeo4j(): Promise<LauncherStatus> {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/neo4j-command.ts"], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    server = child;
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!output.includes("Press Ctrl-C")) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the test's Neo4j did not start; output:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const status = readRunningStatus(dataDir);
    if (status?.state !== "ready") throw new Error(`the test's Neo4j is not ready: ${JSON.stringify(status)}`);
    await driver?.close();
    driver = createDriver(`bolt://127.0.0.1:${env.NEO4J_LOCAL_BOLT_PORT}`, "neo4j", readLocalPassword(dataDir));
    return status;
  }

  async function stopNeo4j(): Promise<void> {
    await driver?.close();
    driver = undefined;
    const child = server;
    server = undefined;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGINT");
      await exited;
    }
  }

  function ingest(): { readonly done: Promise<Cli>; readonly child: ChildProcess } {
    const child = spawn(process.execPath, ["bin/standards-graph.js", "ingest", folder, "--json"], {
      cwd: PROJECT_ROOT,
      env: { ...env, NEO4J_URI: `bolt://127.0.0.1:${env.NEO4J_LOCAL_BOLT_PORT}`, NEO4J_PASSWORD: readLocalPassword(dataDir) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const done = new Promise<Cli>((resolve) => child.once("close", (code) => resolve({ code, stdout, stderr })));
    return { done, child };
  }

  const rows = async <T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> => {
    if (!driver) throw new Error("no driver");
    const result = await driver.executeQuery(cypher, params);
    return result.records.map((record) => {
      const plain = record.toObject();
      for (const [key, value] of Object.entries(plain)) if (neo4j.isInt(value)) plain[key] = value.toNumber();
      return plain as T;
    });
  };
  const states = async (): Promise<DocumentState[]> => [...(await documentStates({ rows }, writes)).values()];
  const count = (list: readonly DocumentState[], state: DocumentState) => list.filter((s) => s === state).length;

  beforeAll(async () => {
    env = {
      ...process.env,
      NEO4J_LOCAL_DATA_DIR: dataDir,
      NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
      NEO4J_LOCAL_HTTP_PORT: String(await freePort()),
      NEO4J_LOCAL_HEAP: "256m",
      NEO4J_LOCAL_PAGE_CACHE: "64m",
    };
    delete env.NEO4J_LOCAL_PASSWORD;
    delete env.NEO4J_URI;
    folder = await mkdtemp(path.join(os.tmpdir(), "ingestion-kill-"));
    const documents = generateDocuments(COUNT, 77);
    await Promise.all(documents.map((d) => writeFile(path.join(folder, d.name), d.text)));
    // What each document must be in the graph: the same extraction the CLI's worker makes.
    writes = [];
    for (const d of documents) {
      writes.push(toGraphWrite(extractDocument(await readDocument(path.join(folder, d.name)), referenceGazetteer()), { keepContacts: false }));
    }
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await stopNeo4j();
    const status = readRunningStatus(dataDir);
    if (status) process.kill(status.pid, "SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
    await rm(folder, { recursive: true, force: true });
  }, START_TIMEOUT_MS);

  it("leaves every document whole or absent, and a re-run puts each in whole exactly once", async () => {
    const jvm = await startNeo4j();
    // Only ever the Neo4j of this test's own data folder.
    expect(readRunningStatus(dataDir)?.pid).toBe(jvm.pid);

    const first = ingest();
    let written = 0;
    while (written < KILL_AFTER) {
      if (first.child.exitCode !== null) throw new Error(`the ingest ended before the kill:\n${(await first.done).stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      written = (await rows<{ n: number }>("MATCH (d:LiaisonStatement) WHERE d.id IN $ids AND d.writeHash IS NOT NULL RETURN count(d) AS n", { ids: writes.map((w) => w.documentId) }))[0]?.n ?? 0;
    }
    process.kill(jvm.pid, "SIGKILL");
    const crashed = await first.done;
    expect(isAlive(jvm.pid)).toBe(false);
    expect(crashed.code, crashed.stderr).toBe(1);
    expect(crashed.stderr).not.toMatch(/\n\s+at /);
    await stopNeo4j();

    await startNeo4j();
    const afterCrash = await states();
    expect(count(afterCrash, "partial") + count(afterCrash, "duplicated")).toBe(0);
    const whole = count(afterCrash, "whole");
    expect(whole).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(whole).toBeLessThan(COUNT);

    const again = await ingest().done;
    expect(again.code, again.stderr).toBe(0);
    const run = JSON.parse(again.stdout) as { documents: { outcome: string }[]; failed: unknown[] };
    expect(run.failed).toEqual([]);
    expect(run.documents.filter((d) => d.outcome === "unchanged")).toHaveLength(whole);
    expect(run.documents.filter((d) => d.outcome === "created")).toHaveLength(COUNT - whole);
    expect(count(await states(), "whole")).toBe(COUNT);
  }, 900_000);
});
