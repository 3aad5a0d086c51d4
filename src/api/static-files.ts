import { readFile } from "node:fs/promises";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.js";

export const STATIC_DIR = path.join(PROJECT_ROOT, "src", "api", "static");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
};

/** A file of a static folder, or undefined for a path that leaves it or does not exist. */
export async function readStatic(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | undefined> {
  const resolved = path.resolve(root, "." + path.posix.normalize(decodeURIComponent(urlPath)));
  if (!resolved.startsWith(root + path.sep)) return undefined;
  try {
    const body = await readFile(resolved);
    return { body, type: TYPES[path.extname(resolved)] ?? "application/octet-stream" };
  } catch {
    return undefined;
  }
}
