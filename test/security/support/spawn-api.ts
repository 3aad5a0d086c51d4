import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../../src/config/config.js";

export interface ApiProcess {
  readonly url: string;
  readonly graphqlUrl: string;
  readonly child: ChildProcess;
  /** Everything the process wrote to stderr so far (its log). */
  log(): string;
  /** Whether the process is still running. */
  alive(): boolean;
  stop(): Promise<void>;
}

/** The database an API process serves. */
export interface ApiDatabase {
  readonly uri: string;
  readonly password: string;
  readonly database: string;
}

/** The Node options of `npm start` (the heap bound), read from package.json: one source of truth. */
export function startScriptNodeOptions(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: { start: string } };
  return pkg.scripts.start.split(/\s+/).filter((part) => part.startsWith("--max-old-space-size"));
}

/**
 * The API as `npm start` runs it (same entry point, same heap bound, production defaults), in a
 * process of its own on the run's test Neo4j: an attack that blocked or killed it must not block
 * or kill the test that measures it.
 */
export async function spawnApi(database: ApiDatabase, env: Record<string, string | undefined> = {}): Promise<ApiProcess> {
  const childEnv: Record<string, string | undefined> = {
    ...process.env,
    NEO4J_URI: database.uri,
    NEO4J_PASSWORD: database.password,
    NEO4J_DATABASE: database.database,
    HOST: "127.0.0.1",
    PORT: "0",
    LOAD_REFERENCE_GRAPH: "false",
    NODE_ENV: undefined,
    ...env,
  };
  const child = spawn(process.execPath, [...startScriptNodeOptions(), "--import", "tsx", "src/main.ts"], {
    cwd: PROJECT_ROOT,
    env: Object.fromEntries(Object.entries(childEnv).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  let exited = false;
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  const graphqlUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start within 120 s:\n${stdout}\n${stderr}`)), 120_000);
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /GraphQL API:\s+(\S+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exit.then(() => reject(new Error(`the API exited at start:\n${stdout}\n${stderr}`)));
  });
  return {
    url: graphqlUrl.replace(/\/graphql$/, ""),
    graphqlUrl,
    child,
    log: () => stderr,
    alive: () => !exited,
    stop: async () => {
      if (exited) return;
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exit;
      clearTimeout(killer);
    },
  };
}
