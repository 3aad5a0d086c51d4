import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/config.js";
import { isAlive } from "../../src/neo4j/launcher-status.js";
import { useTestGraph } from "../support/neo4j.js";
import { freePort } from "../support/private-neo4j.js";

// The budget of one document, through the real command: a document that takes too long or needs
// too much memory fails alone and the batch goes on; Ctrl-C stops the command even while a
// document is stuck, and a second Ctrl-C at once.

/** Generous: the command stops in well under a second when the machine is idle. */
const STOP_BOUND_MS = 10_000;
/** A fixture other test files ingest too: this file works on a copy of its own, so they never meet in the graph. */
const NOTE_FIXTURE = path.join(PROJECT_ROOT, "test/fixtures/documents/plain-text/liaison-note");

/** Real sentences, many of them: seconds of work, far beyond a budget of one second or 64 MB. */
const longStatement = (sentences: number) => `From: ITU-T SG17\nTo: TSAG\n\n${"SG17 informs TSAG about blockchain and invites SG13 to consider it. ".repeat(sentences)}`;

interface Run {
  readonly child: ChildProcess;
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  stderr(): string;
}

/** The stuck document is over the default file cap on purpose. */
const STUCK_ENV = { INGEST_MAX_FILE_BYTES: "100000000" };

function cli(args: readonly string[], extraEnv: Record<string, string> = {}): Run {
  const env = {
    ...process.env,
    NEO4J_URI: inject("neo4jUri"),
    NEO4J_PASSWORD: inject("neo4jPassword"),
    NEO4J_DATABASE: inject("neo4jDatabase"),
    ...extraEnv,
  };
  const child = spawn(process.execPath, ["bin/standards-graph.js", "ingest", ...args], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done, stderr: () => stderr };
}

async function until(what: string, probe: () => boolean, run: Run, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline || run.child.exitCode !== null) throw new Error(`gave up waiting for ${what}; stderr:\n${run.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface JsonRun {
  documents: { file: string; id: string; outcome: string }[];
  failed: { file: string; error: string }[];
}

describe("the budget of one document, through the ingest command", () => {
  const graph = useTestGraph();
  let scratch: string;
  let slow: string;
  let stuck: string;
  let note: string;
  let noteId: string;

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), "ingestion-budget-"));
    slow = path.join(scratch, "slow.txt");
    stuck = path.join(scratch, "stuck.txt");
    note = path.join(scratch, "note.txt");
    await writeFile(note, `${await readFile(NOTE_FIXTURE, "utf8")}\n\nThis copy belongs to the budget tests.\n`);
    await writeFile(slow, longStatement(70_000));
    // Slow enough (about a minute to read) that it is still being read whenever the connection,
    // which may take many seconds on a loaded machine, is made: larger than the default file cap,
    // which these runs raise.
    await writeFile(stuck, longStatement(800_000));
    const dry = await cli(["--dry-run", "--json", note]).done;
    noteId = (JSON.parse(dry.stdout) as JsonRun).documents[0]?.id ?? "";
    await graph.removeDocuments([noteId]);
  }, 300_000);
  afterAll(async () => {
    await graph.removeDocuments([noteId]);
    await rm(scratch, { recursive: true, force: true });
  });

  it("fails a document over its time budget alone, and writes the next", async () => {
    const result = await cli(["--json", slow, note], { INGEST_DOCUMENT_TIMEOUT_MS: "1000" }).done;
    expect(result.code, result.stderr).toBe(1);
    const run = JSON.parse(result.stdout) as JsonRun;
    expect(run.failed).toEqual([{ file: slow, error: `${slow}: took longer than 1 s to read and extract (limit INGEST_DOCUMENT_TIMEOUT_MS)` }]);
    expect(run.documents.map((d) => d.file)).toEqual([note]);
    expect(result.stderr).toContain(`${slow}: took longer than 1 s`);
    expect(await graph.rows("MATCH (d:LiaisonStatement {id: $id}) RETURN d.id", { id: noteId })).toHaveLength(1);
  }, 300_000);

  it("fails a document over its memory budget alone, and writes the next", async () => {
    await graph.removeDocuments([noteId]);
    const result = await cli(["--json", slow, note], { INGEST_DOCUMENT_MEMORY_MB: "64" }).done;
    expect(result.code, result.stderr).toBe(1);
    const run = JSON.parse(result.stdout) as JsonRun;
    expect(run.failed).toEqual([{ file: slow, error: `${slow}: needed more than 64 MB to read and extract (limit INGEST_DOCUMENT_MEMORY_MB)` }]);
    expect(run.documents.map((d) => [d.file, d.outcome])).toEqual([[note, "created"]]);
  }, 300_000);

  it("stops at Ctrl-C while a document is stuck, writes nothing after it, exits 130 and leaves no worker behind", async () => {
    await graph.removeDocuments([noteId]);
    // Files are taken in sorted order: this copy of the note comes after the stuck document.
    const after = path.join(scratch, "zz-after-stuck.txt");
    await writeFile(after, await readFile(note, "utf8"));
    const run = cli([after, stuck], STUCK_ENV);
    // Connected: the run has begun, and the worker is reading the stuck document.
    await until("the connection", () => run.stderr().includes("Neo4j: "), run);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const started = workersOf(run.child.pid);
    expect(started).toHaveLength(1);
    const sent = Date.now();
    run.child.kill("SIGINT");
    const result = await run.done;
    expect(Date.now() - sent).toBeLessThan(STOP_BOUND_MS);
    expect(result.code, result.stderr).toBe(130);
    // Either the run had begun (the stuck document is dropped, nothing follows it) or the command
    // was still opening the graph; in both cases nothing was written.
    expect(result.stderr).toMatch(/Interrupted(: 0 of 2 files done)?\./);
    expect(await graph.rows("MATCH (d:LiaisonStatement {id: $id}) RETURN d.id", { id: noteId })).toEqual([]);
    expect(await stillRunning(started)).toEqual([]);
  }, 300_000);

  it("exits at once at a second Ctrl-C", async () => {
    const run = cli([stuck, note], STUCK_ENV);
    await until("the connection", () => run.stderr().includes("Neo4j: "), run);
    const started = workersOf(run.child.pid);
    const sent = Date.now();
    run.child.kill("SIGINT");
    await new Promise((resolve) => setTimeout(resolve, 20));
    run.child.kill("SIGINT");
    const result = await run.done;
    expect(Date.now() - sent).toBeLessThan(STOP_BOUND_MS);
    // 130 from the command, or the signal itself when the first Ctrl-C had already ended the run
    // and the second came while the process was closing: a shell reports both as 130.
    expect(result.code === 130 || result.signal === "SIGINT", `${result.code} ${result.signal}`).toBe(true);
    expect(await stillRunning(started)).toEqual([]);
  }, 300_000);

  it("needs no database for a dry run, and refuses a FIFO and /dev/zero there too", async () => {
    const fifo = path.join(scratch, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    // Nothing listens there: a dry run must not try.
    const result = await cli(["--dry-run", "--json", fifo, "/dev/zero", note], { NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` }).done;
    expect(result.code, result.stderr).toBe(1);
    const run = JSON.parse(result.stdout) as JsonRun;
    expect(run.failed.map((f) => f.error).sort()).toEqual(
      ["/dev/zero: unreadable (a character device, not a regular file)", `${fifo}: unreadable (a named pipe (FIFO), not a regular file)`].sort(),
    );
    expect(run.documents.map((d) => [d.file, d.outcome])).toEqual([[note, "dry-run"]]);
  }, 300_000);
});

/**
 * Processes among `pids` still running a few seconds on. A worker killed as its command exits is
 * left for init to reap, so it may linger as a zombie (state Z) for a moment: that one has ended.
 */
async function stillRunning(pids: readonly number[]): Promise<number[]> {
  const running = () => pids.filter((pid) => isAlive(pid) && !isZombie(pid));
  const deadline = Date.now() + 5_000;
  while (running().length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return running();
}

function isZombie(pid: number): boolean {
  try {
    // The state follows the command name, which is in parentheses.
    return /\)\s+Z\s/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

/** The document workers a command started (each a process of its own group). */
function workersOf(pid: number | undefined): number[] {
  const lines = execFileSync("ps", ["-eo", "pid=,ppid=,args="], { encoding: "utf8" }).split("\n");
  return lines
    .map((line) => line.trim().split(/\s+/))
    .filter(([, parent, ...args]) => Number(parent) === pid && args.join(" ").includes("document-worker-process.ts"))
    .map(([child]) => Number(child));
}
