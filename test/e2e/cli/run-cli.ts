import { spawn } from "node:child_process";
import { inject } from "vitest";
import { PROJECT_ROOT } from "../../../src/config/config.js";

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The real command, as a user runs it from the repository, against the run's test database. */
export function runCli(args: readonly string[], extraEnv: Record<string, string> = {}): Promise<CliResult> {
  const env = { ...process.env, NEO4J_URI: inject("neo4jUri"), NEO4J_PASSWORD: inject("neo4jPassword"), NEO4J_DATABASE: inject("neo4jDatabase"), ...extraEnv };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/standards-graph.js", ...args], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
