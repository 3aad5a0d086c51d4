/**
 * What one document may cost during ingestion, from the environment (INGEST_* variables, read
 * once per run and validated like the rest of the configuration). A document over a limit fails
 * alone, with a line that names the file and the limit; the batch goes on.
 */
import { availableParallelism } from "node:os";
import { ConfigError } from "../config/config-error.js";
import { integer, type Reader } from "../config/read-env.js";
import { DEFAULT_EXTRACTION_CAPS } from "../extract/extraction-builder.js";
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_UNZIPPED_BYTES } from "../parse/read-document.js";

export interface IngestLimits {
  /** A larger file is refused before it is read. */
  readonly maxFileBytes: number;
  /** What a .docx may unzip to; checked before anything is inflated. */
  readonly maxUnzippedBytes: number;
  /** Reading and extracting one document; then its worker is stopped. */
  readonly documentTimeoutMs: number;
  /** Heap of the worker that reads and extracts (V8 old generation). */
  readonly documentMemoryMb: number;
  /** Relations kept per document. */
  readonly maxRelations: number;
  /** Characters of evidence kept per document. */
  readonly maxEvidenceChars: number;
  /** Documents read and extracted at the same time, each in a worker of its own with the budget above. */
  readonly workers: number;
}

export const DEFAULT_INGEST_LIMITS: IngestLimits = {
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  maxUnzippedBytes: DEFAULT_MAX_UNZIPPED_BYTES,
  // A real statement takes well under a second; only a hostile or broken file comes near.
  documentTimeoutMs: 60_000,
  documentMemoryMb: 1_024,
  maxRelations: DEFAULT_EXTRACTION_CAPS.maxRelations,
  maxEvidenceChars: DEFAULT_EXTRACTION_CAPS.maxEvidenceChars,
  // One per core, at most four: extraction is CPU work and the database needs a core too.
  workers: Math.max(1, Math.min(4, availableParallelism())),
};

/** The variable behind each limit, for messages and the README. */
export const INGEST_LIMIT_VARIABLES: Readonly<Record<keyof IngestLimits, string>> = {
  maxFileBytes: "INGEST_MAX_FILE_BYTES",
  maxUnzippedBytes: "INGEST_MAX_UNZIPPED_BYTES",
  documentTimeoutMs: "INGEST_DOCUMENT_TIMEOUT_MS",
  documentMemoryMb: "INGEST_DOCUMENT_MEMORY_MB",
  maxRelations: "INGEST_MAX_RELATIONS",
  maxEvidenceChars: "INGEST_MAX_EVIDENCE_CHARS",
  workers: "INGEST_WORKERS",
};

/** Smallest heap a worker can load the extractor in. */
const MIN_MEMORY_MB = 64;

export function readIngestLimits(env: Readonly<Record<string, string | undefined>> = process.env): IngestLimits {
  const read: Reader = (name) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const limit = (key: keyof IngestLimits, min: number, max?: number) => integer(read, INGEST_LIMIT_VARIABLES[key], DEFAULT_INGEST_LIMITS[key], min, max);
  const limits: IngestLimits = {
    maxFileBytes: limit("maxFileBytes", 1),
    maxUnzippedBytes: limit("maxUnzippedBytes", 1),
    documentTimeoutMs: limit("documentTimeoutMs", 100),
    documentMemoryMb: limit("documentMemoryMb", MIN_MEMORY_MB, 65_536),
    maxRelations: limit("maxRelations", 1),
    maxEvidenceChars: limit("maxEvidenceChars", 1),
    workers: limit("workers", 1, 64),
  };
  if (limits.maxEvidenceChars < DEFAULT_EXTRACTION_CAPS.maxEvidenceLength) {
    // Below one sentence's worth, even the sender's relation could be dropped.
    throw new ConfigError(INGEST_LIMIT_VARIABLES.maxEvidenceChars, String(limits.maxEvidenceChars), `at least ${DEFAULT_EXTRACTION_CAPS.maxEvidenceLength}`);
  }
  return limits;
}
