import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { PROJECT_ROOT } from "../config/config.js";

export const LAUNCHER_DIR = path.join(PROJECT_ROOT, "launcher");
const TARGET = path.join(LAUNCHER_DIR, "target");
const JAR = path.join(TARGET, "launcher.jar");

/** The java classpath of the launcher: plugins first, as Neo4j's own scripts put them. */
export function launcherClasspath(): string {
  return [path.join(TARGET, "plugins", "*"), JAR, path.join(TARGET, "lib", "*")].join(path.delimiter);
}

export function pluginsDir(): string {
  return path.join(TARGET, "plugins");
}

/** True when the jar is missing or older than the pom or a Java source. */
export function launcherNeedsBuild(): boolean {
  if (!existsSync(JAR) || !existsSync(path.join(TARGET, "lib")) || !existsSync(pluginsDir())) return true;
  const built = statSync(JAR).mtimeMs;
  const sources = [path.join(LAUNCHER_DIR, "pom.xml"), ...listFiles(path.join(LAUNCHER_DIR, "src"))];
  return sources.some((file) => statSync(file).mtimeMs > built);
}

/**
 * Builds the launcher with Maven when needed. The first build downloads Neo4j, APOC and Browser
 * into the Maven cache (about 190 MB), so it reports progress; later builds work offline.
 */
export async function ensureLauncherBuilt(logDir: string, report: (line: string) => void): Promise<void> {
  if (!launcherNeedsBuild()) return;
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, "launcher-build.log");
  const log = createWriteStream(logFile);
  report("Building the local Neo4j launcher with Maven (the first run downloads about 190 MB)...");
  const started = Date.now();
  let artifacts = 0;
  let bytes = 0;
  const mvn = spawn("mvn", ["-B", "package", "-DskipTests"], { cwd: LAUNCHER_DIR, stdio: ["ignore", "pipe", "pipe"] });
  const lines = createInterface({ input: mvn.stdout });
  lines.on("line", (line) => {
    log.write(line + "\n");
    const downloaded = /Downloaded from .*\((\d+(?:\.\d+)?) (B|kB|MB)/.exec(line);
    if (!downloaded) return;
    artifacts += 1;
    bytes += Number(downloaded[1]) * ({ B: 1, kB: 1e3, MB: 1e6 }[downloaded[2] as "B" | "kB" | "MB"] ?? 1);
    if (artifacts % 25 === 0) report(`  downloaded ${artifacts} files, ${(bytes / 1e6).toFixed(1)} MB`);
  });
  mvn.stderr.on("data", (chunk: Buffer) => log.write(chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    mvn.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT"
          ? new Error("Maven (mvn) is not installed: install Maven 3.8+ and Java 17+, or set NEO4J_URI to use another Neo4j.")
          : error,
      ),
    );
    mvn.on("close", resolve);
  });
  await new Promise<void>((resolve) => log.end(resolve));
  if (code !== 0) throw new Error(`Building the Neo4j launcher failed (mvn exit code ${code}); see ${logFile}`);
  report(`  launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s (${artifacts} files, ${(bytes / 1e6).toFixed(1)} MB downloaded)`);
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}
