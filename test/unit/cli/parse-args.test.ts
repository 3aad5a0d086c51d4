import { describe, expect, it } from "vitest";
import { parseIngestArgs, parseNoArgs, parseTopLevel, UsageError } from "../../../src/cli/parse-args.js";

describe("parseTopLevel", () => {
  it("finds the verb and leaves its arguments alone", () => {
    expect(parseTopLevel(["ingest", "--json", "a.txt"])).toEqual({ kind: "verb", verb: "ingest", args: ["--json", "a.txt"] });
    expect(parseTopLevel(["unknown-verb"])).toEqual({ kind: "verb", verb: "unknown-verb", args: [] });
  });

  it("answers --help, -h, help and --version", () => {
    expect(parseTopLevel(["--help"])).toEqual({ kind: "help" });
    expect(parseTopLevel(["-h"])).toEqual({ kind: "help" });
    expect(parseTopLevel(["help"])).toEqual({ kind: "help" });
    expect(parseTopLevel(["help", "migrate"])).toEqual({ kind: "verb", verb: "migrate", args: ["--help"] });
    expect(parseTopLevel(["--version"])).toEqual({ kind: "version" });
  });

  it("refuses nothing at all and options before the verb", () => {
    expect(() => parseTopLevel([])).toThrowError(new UsageError("no command given"));
    expect(() => parseTopLevel(["--json", "ingest"])).toThrowError(UsageError);
  });
});

describe("parseIngestArgs", () => {
  it("has every option off by default", () => {
    expect(parseIngestArgs(["a.txt", "folder"])).toEqual({
      inputs: ["a.txt", "folder"],
      dryRun: false,
      json: false,
      keepContacts: false,
      access: "public",
      quiet: false,
      help: false,
    });
  });

  it("reads the options anywhere among the inputs", () => {
    expect(parseIngestArgs(["--dry-run", "a.txt", "--json", "--keep-contacts", "b/", "-q"])).toEqual({
      inputs: ["a.txt", "b/"],
      dryRun: true,
      json: true,
      keepContacts: true,
      access: "public",
      quiet: true,
      help: false,
    });
  });

  it("takes inputs that look like options after --", () => {
    expect(parseIngestArgs(["--", "--odd-name.txt"]).inputs).toEqual(["--odd-name.txt"]);
  });

  it("needs no input for --help", () => {
    expect(parseIngestArgs(["-h"]).help).toBe(true);
  });

  it("refuses unknown options, values given to flags, and no input", () => {
    expect(() => parseIngestArgs(["--force", "a.txt"])).toThrowError(new UsageError("ingest: Unknown option '--force'"));
    expect(() => parseIngestArgs(["--json=yes", "a.txt"])).toThrowError(UsageError);
    expect(() => parseIngestArgs(["--json"])).toThrowError(new UsageError("ingest: no input given; name files, folders or globs"));
  });
});

describe("parseNoArgs", () => {
  it("knows --help and nothing else", () => {
    expect(parseNoArgs("migrate", [])).toEqual({ help: false });
    expect(parseNoArgs("migrate", ["--help"])).toEqual({ help: true });
    expect(() => parseNoArgs("migrate", ["extra"])).toThrowError(UsageError);
    expect(() => parseNoArgs("neo4j", ["--port", "1"])).toThrowError(/^neo4j: Unknown option '--port'$/);
  });
});
