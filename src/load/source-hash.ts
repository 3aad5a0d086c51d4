/**
 * A file's source hash: its bytes and name, with everything else that decides what ingesting it
 * writes. Two files with the same source hash are read, extracted and written alike, so a file
 * whose source hash a written liaison statement already carries need not be read again: its
 * extraction would give the same write hash, and the loader would find it unchanged.
 *
 * What decides the write besides the file:
 *   - the code that reads and extracts (src/parse, src/extract, src/model, the write's shape in
 *     graph-write.ts) and the packages it uses (package-lock.json): a new version may read the
 *     same bytes differently, so every change of them re-extracts every file once;
 *   - the reference data the workers' gazetteer is built from (cypher/reference);
 *   - the run's settings that reach the write: the access level asked for, whether contacts are
 *     kept, and the caps on what a document may cost or keep.
 * Over-counting is safe (a file read again is found unchanged by its write hash); missing a
 * dependency would keep a stale extraction, so when in doubt a source is part of the hash.
 */
import { createHash, type Hash } from "node:crypto";
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.js";
import { REFERENCE_DIR } from "../graph/load-reference-graph.js";
import { referenceFingerprint } from "../graph/reference-fingerprint.js";
import type { AccessLevel } from "../model/access-level.js";

/** Folders and files of the project whose contents decide an extraction. */
const EXTRACTION_SOURCES = ["src/parse", "src/extract", "src/model", "src/load/graph-write.ts", "package-lock.json"];

/** The code and the reference data an extraction depends on, as one hash. */
export function extractionFingerprint(referenceFolder = REFERENCE_DIR): string {
  const hash = createHash("sha256");
  for (const source of EXTRACTION_SOURCES) {
    const full = path.join(PROJECT_ROOT, source);
    for (const file of filesOf(full)) hash.update(path.relative(PROJECT_ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.update("reference\0").update(referenceFingerprint(referenceFolder)).digest("hex");
}

/** A file, or the files under a folder in a fixed order; nothing for a path that is not there. */
function filesOf(full: string): string[] {
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** What a run adds to each file's bytes: the extraction's fingerprint and the run's settings. */
export interface SourceSettings {
  readonly fingerprint: string;
  readonly access: AccessLevel;
  readonly keepContacts: boolean;
  readonly maxFileBytes: number;
  readonly maxUnzippedBytes: number;
  readonly maxRelations: number;
  readonly maxEvidenceChars: number;
}

/** The settings as one string, hashed once per run and then with each file. */
export function sourceSalt(settings: SourceSettings): string {
  const { fingerprint, access, keepContacts, maxFileBytes, maxUnzippedBytes, maxRelations, maxEvidenceChars } = settings;
  return createHash("sha256")
    .update(JSON.stringify([fingerprint, access, keepContacts, maxFileBytes, maxUnzippedBytes, maxRelations, maxEvidenceChars]))
    .digest("hex");
}

/** Files up to this size are read at once; larger ones are hashed as a stream. */
const READ_AT_ONCE = 1 << 20;

/**
 * The file's source hash, or undefined when it is not a regular file within `maxBytes` or cannot
 * be read: such a file goes to the workers as any other, which report it as they do now. Only
 * the file's name counts of its path (the statement's `source` is its name), and its bytes.
 */
export async function sourceHash(file: string, salt: string, maxBytes: number): Promise<string | undefined> {
  try {
    // From its metadata first: a FIFO or a device would block a read, a huge file is refused.
    const info = await stat(file);
    if (!info.isFile() || info.size > maxBytes) return undefined;
    const hash = createHash("sha256").update(salt).update("\0").update(path.basename(file)).update("\0");
    if (info.size <= READ_AT_ONCE) return hash.update(await readFile(file)).digest("hex");
    return await streamInto(hash, file);
  } catch {
    return undefined;
  }
}

function streamInto(hash: Hash, file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}
