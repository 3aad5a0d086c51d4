/** The command line of `standards-graph import datatracker`; every mistake is a UsageError (exit code 2). */
import { parseArgs } from "node:util";
import { parseDate } from "../parse/parse-date.js";
import { UsageError } from "./parse-args.js";

export interface ImportDatatrackerArgs {
  readonly baseUrl: string;
  readonly since?: string;
  readonly cacheDir?: string;
  readonly fromDir?: string;
  readonly limit?: number;
  readonly offline: boolean;
  readonly pageSize: number;
  readonly delayMs: number;
  readonly dryRun: boolean;
  readonly keepContacts: boolean;
  readonly quiet: boolean;
  readonly help: boolean;
}

export const DATATRACKER_BASE_URL = "https://datatracker.ietf.org";
export const DEFAULT_PAGE_SIZE = 100;
export const DEFAULT_DELAY_MS = 1000;

export function parseImportArgs(argv: readonly string[]): ImportDatatrackerArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        "base-url": { type: "string" },
        since: { type: "string" },
        "cache-dir": { type: "string" },
        "from-dir": { type: "string" },
        limit: { type: "string" },
        offline: { type: "boolean" },
        "page-size": { type: "string" },
        "delay-ms": { type: "string" },
        "dry-run": { type: "boolean" },
        "keep-contacts": { type: "boolean" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message.split(". ")[0]?.replace(/\.$/, "") : String(error);
    throw new UsageError(`import: ${message}`);
  }
  const { values, positionals } = parsed;
  const help = values.help === true;
  const [source, ...extra] = positionals;
  if (!help) {
    if (source === undefined) throw new UsageError("import: name what to import from: 'import datatracker'");
    if (source !== "datatracker") throw new UsageError(`import: unknown source '${source}'; sources: datatracker`);
    if (extra.length > 0) throw new UsageError(`import datatracker: unexpected argument '${extra[0]}'`);
  }
  const fromDir = values["from-dir"];
  if (fromDir !== undefined && (values.offline === true || values["base-url"] !== undefined || values["cache-dir"] !== undefined)) {
    throw new UsageError("import datatracker: --from-dir reads a folder and fetches nothing; it does not go with --offline, --base-url or --cache-dir");
  }
  return {
    baseUrl: baseUrl(values["base-url"]),
    ...(values.since !== undefined ? { since: sinceDate(values.since) } : {}),
    ...(values["cache-dir"] !== undefined ? { cacheDir: values["cache-dir"] } : {}),
    ...(fromDir !== undefined ? { fromDir } : {}),
    ...(values.limit !== undefined ? { limit: positive("--limit", values.limit) } : {}),
    offline: values.offline === true,
    pageSize: values["page-size"] !== undefined ? positive("--page-size", values["page-size"], 1000) : DEFAULT_PAGE_SIZE,
    delayMs: values["delay-ms"] !== undefined ? positive("--delay-ms", values["delay-ms"], 600_000, true) : DEFAULT_DELAY_MS,
    dryRun: values["dry-run"] === true,
    keepContacts: values["keep-contacts"] === true,
    quiet: values.quiet === true,
    help,
  };
}

function baseUrl(value: string | undefined): string {
  if (value === undefined) return DATATRACKER_BASE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`import datatracker: --base-url '${value}' is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UsageError(`import datatracker: --base-url must be http or https (got '${value}')`);
  return url.origin;
}

function sinceDate(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? parseDate(value) : undefined;
  if (!date) throw new UsageError(`import datatracker: --since must be a date as yyyy-mm-dd (got '${value}')`);
  return date;
}

function positive(option: string, value: string, max = Number.MAX_SAFE_INTEGER, zero = false): number {
  const number = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number) || number > max || (!zero && number === 0)) {
    throw new UsageError(`import datatracker: ${option} must be a whole number${zero ? "" : " above 0"}${max < Number.MAX_SAFE_INTEGER ? ` up to ${max}` : ""} (got '${value}')`);
  }
  return number;
}
