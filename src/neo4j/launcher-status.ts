import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * What the launcher (launcher/…/StatusFile.java) writes to `<data dir>/launcher.json`: which process
 * holds the data folder, its state, and where it listens. The file can outlive its process
 * (kill -9), so it counts only while its pid is alive.
 */
export interface LauncherStatus {
  readonly pid: number;
  readonly state: "starting" | "ready" | "stopping";
  readonly bolt: string;
  readonly http: string;
}

/** The password file the launcher keeps in the data folder (launcher/…/PasswordFile.java). */
export function passwordFile(dataDir: string): string {
  return path.join(dataDir, "password");
}

/** The local Neo4j's password for user neo4j; throws with the file's name when it cannot be read. */
export function readLocalPassword(dataDir: string): string {
  const file = passwordFile(dataDir);
  try {
    return readFileSync(file, "utf8").trim();
  } catch (error) {
    throw new Error(`cannot read the local Neo4j's password from ${file}: ${(error as Error).message}`);
  }
}

/** The status of a launcher that is alive on this data folder, or undefined. */
export function readRunningStatus(dataDir: string): LauncherStatus | undefined {
  let status: LauncherStatus;
  try {
    status = JSON.parse(readFileSync(path.join(dataDir, "launcher.json"), "utf8")) as LauncherStatus;
  } catch {
    return undefined;
  }
  return isAlive(status.pid) ? status : undefined;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but someone else's.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
