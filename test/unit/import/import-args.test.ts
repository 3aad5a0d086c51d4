import { describe, expect, it } from "vitest";
import { parseImportArgs } from "../../../src/cli/import-args.js";
import { UsageError } from "../../../src/cli/parse-args.js";

describe("import datatracker arguments", () => {
  it("has polite defaults and reads every option", () => {
    expect(parseImportArgs(["datatracker"])).toMatchObject({ baseUrl: "https://datatracker.ietf.org", pageSize: 100, delayMs: 1000, offline: false, dryRun: false });
    expect(
      parseImportArgs(["datatracker", "--base-url", "http://127.0.0.1:8000/", "--since", "2024-02-29", "--cache-dir", "c", "--limit", "5", "--offline", "--page-size", "20", "--delay-ms", "0"]),
    ).toMatchObject({ baseUrl: "http://127.0.0.1:8000", since: "2024-02-29", cacheDir: "c", limit: 5, offline: true, pageSize: 20, delayMs: 0 });
  });

  it("says what is wrong", () => {
    const wrong = (...argv: string[]) => () => parseImportArgs(argv);
    expect(wrong()).toThrow(new UsageError("import: name what to import from: 'import datatracker'"));
    expect(wrong("ietf")).toThrow("import: unknown source 'ietf'; sources: datatracker");
    expect(wrong("datatracker", "--since", "2024-02-30")).toThrow("--since must be a date as yyyy-mm-dd (got '2024-02-30')");
    expect(wrong("datatracker", "--since", "last week")).toThrow("--since must be a date as yyyy-mm-dd (got 'last week')");
    expect(wrong("datatracker", "--limit", "0")).toThrow("--limit must be a whole number above 0 (got '0')");
    expect(wrong("datatracker", "--page-size", "5000")).toThrow("--page-size must be a whole number above 0 up to 1000 (got '5000')");
    expect(wrong("datatracker", "--base-url", "ftp://example.org")).toThrow("--base-url must be http or https (got 'ftp://example.org')");
    expect(wrong("datatracker", "--from-dir", "d", "--offline")).toThrow("--from-dir reads a folder and fetches nothing");
    expect(wrong("datatracker", "--nope")).toThrow(UsageError);
  });
});
