/**
 * The ingest command's arguments to a sorted list of files. A named file is always taken (so a
 * .pdf named on purpose gets its "unknown format" error); a folder contributes only the document
 * types the readers know; a glob contributes whatever it matches, as a shell would. Hidden files
 * and folders are left out of folders and globs: they are editor, VCS and OS droppings.
 */
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { SUPPORTED_EXTENSIONS } from "../parse/read-document.js";

export interface InputFailure {
  readonly file: string;
  readonly error: string;
}

export interface ExpandedInputs {
  readonly files: readonly string[];
  readonly failures: readonly InputFailure[];
}

export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  // Keyed by absolute path so a file named twice (directly and through its folder) is read once.
  const files = new Map<string, string>();
  const failures: InputFailure[] = [];
  for (const input of inputs) {
    const found = isGlob(input) ? await expandGlob(input, failures) : await expandPath(input, failures);
    for (const file of found) if (!files.has(path.resolve(file))) files.set(path.resolve(file), file);
  }
  return { files: [...files.values()].sort(byCodePoint), failures };
}

export function isGlob(input: string): boolean {
  return /[*?]/.test(input);
}

/** `*` and `?` stay within one path segment; `**` spans any number of them, including none. */
export function globToRegExp(pattern: string): RegExp {
  const segments = pattern.split("/");
  const source = segments
    .map((segment, index) => {
      const last = index === segments.length - 1;
      if (segment === "**") return last ? ".*" : "(?:[^/]*/)*";
      const escaped = segment.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
      return last ? escaped : `${escaped}/`;
    })
    .join("");
  return new RegExp(`^${source}$`);
}

export function isDocumentFile(name: string): boolean {
  const extension = path.extname(name).toLowerCase();
  return extension === "" || SUPPORTED_EXTENSIONS.includes(extension);
}

async function expandPath(input: string, failures: InputFailure[]): Promise<string[]> {
  let kind: "file" | "folder";
  try {
    kind = (await stat(input)).isDirectory() ? "folder" : "file";
  } catch (error) {
    failures.push({ file: input, error: `${input}: ${fsReason(error)}` });
    return [];
  }
  if (kind === "file") return [input];
  const found = (await walk(input, failures)).filter((file) => isDocumentFile(file));
  if (found.length === 0) {
    failures.push({ file: input, error: `${input}: no documents in this folder (looked for ${SUPPORTED_EXTENSIONS.join(", ")} and files without extension)` });
  }
  return found;
}

async function expandGlob(pattern: string, failures: InputFailure[]): Promise<string[]> {
  const normalized = pattern.split(path.sep).join("/");
  const segments = normalized.split("/");
  const firstGlob = segments.findIndex(isGlob);
  const baseSegments = segments.slice(0, firstGlob);
  const base = baseSegments.length === 0 ? "." : baseSegments.join("/") || "/";
  const matcher = globToRegExp(segments.slice(firstGlob).join("/"));
  const found = (await walk(base, [])).filter((file) => matcher.test(path.relative(base, file).split(path.sep).join("/")));
  if (found.length === 0) failures.push({ file: pattern, error: `${pattern}: no files match` });
  return found;
}

/** Every non-hidden file under `folder`; symbolic links to folders are not followed (no cycles). */
async function walk(folder: string, failures: InputFailure[]): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    failures.push({ file: folder, error: `${folder}: ${fsReason(error)}` });
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full, failures)));
    else if (entry.isFile() || (entry.isSymbolicLink() && (await isFile(full)))) files.push(full);
  }
  return files;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOTDIR") return "not a directory";
  return code ?? String(error);
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
