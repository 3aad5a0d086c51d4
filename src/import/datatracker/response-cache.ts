/**
 * Every raw API response kept on disk, one file per URL, so that a re-run reads what an earlier
 * run fetched instead of asking the server again (resuming after an interruption), and an
 * `--offline` run gives the same result from the same files. A file is written whole or not at
 * all (written aside, then renamed), so an interrupted run never leaves half a response behind.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

export class ResponseCache {
  constructor(readonly dir: string) {}

  /** The file of a URL: readable names (host, then path and query), a hash against collisions. */
  fileOf(url: string): string {
    const parsed = new URL(url);
    const host = sanitize(parsed.host);
    const rest = sanitize(`${parsed.pathname.replace(/^\/api\/v1\//, "")}${parsed.search}`).slice(0, 150);
    const hash = createHash("sha256").update(url).digest("hex").slice(0, 12);
    return path.join(this.dir, host, `${rest}-${hash}.json`);
  }

  async get(url: string): Promise<string | undefined> {
    try {
      return await readFile(this.fileOf(url), "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  async put(url: string, body: string): Promise<void> {
    const file = this.fileOf(url);
    await mkdir(path.dirname(file), { recursive: true });
    const aside = `${file}.${process.pid}.partial`;
    await writeFile(aside, body, "utf8");
    await rename(aside, file);
  }
}

function sanitize(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^_+|_+$/g, "");
}
