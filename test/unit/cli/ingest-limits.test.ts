import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/config/config-error.js";
import { DEFAULT_INGEST_LIMITS, readIngestLimits } from "../../../src/cli/ingest-limits.js";

describe("readIngestLimits", () => {
  it("has documented defaults", () => {
    expect(readIngestLimits({})).toEqual({
      maxFileBytes: 20_971_520,
      maxUnzippedBytes: 52_428_800,
      documentTimeoutMs: 60_000,
      documentMemoryMb: 1_024,
      maxRelations: 2_000,
      maxEvidenceChars: 2_000_000,
      workers: Math.max(1, Math.min(4, availableParallelism())),
    });
    expect(readIngestLimits({})).toEqual(DEFAULT_INGEST_LIMITS);
  });

  it("reads each limit from its variable, blanks meaning the default", () => {
    const limits = readIngestLimits({
      INGEST_MAX_FILE_BYTES: "1000",
      INGEST_MAX_UNZIPPED_BYTES: " 2000 ",
      INGEST_DOCUMENT_TIMEOUT_MS: "1500",
      INGEST_DOCUMENT_MEMORY_MB: "256",
      INGEST_MAX_RELATIONS: "10",
      INGEST_MAX_EVIDENCE_CHARS: "",
      INGEST_WORKERS: "3",
    });
    expect(limits).toEqual({
      maxFileBytes: 1_000,
      maxUnzippedBytes: 2_000,
      documentTimeoutMs: 1_500,
      documentMemoryMb: 256,
      maxRelations: 10,
      maxEvidenceChars: 2_000_000,
      workers: 3,
    });
  });

  it.each([
    ["INGEST_MAX_FILE_BYTES", "0"],
    ["INGEST_MAX_FILE_BYTES", "20MB"],
    ["INGEST_DOCUMENT_TIMEOUT_MS", "10"],
    ["INGEST_DOCUMENT_MEMORY_MB", "16"],
    ["INGEST_MAX_RELATIONS", "-1"],
    ["INGEST_MAX_EVIDENCE_CHARS", "100"],
    ["INGEST_WORKERS", "0"],
  ])("refuses %s=%s, naming the variable", (name, value) => {
    expect(() => readIngestLimits({ [name]: value })).toThrowError(ConfigError);
    expect(() => readIngestLimits({ [name]: value })).toThrowError(`Invalid ${name}="${value}"`);
  });
});
