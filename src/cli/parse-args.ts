/**
 * Command-line parsing on top of node:util parseArgs. Every mistake becomes a UsageError, which
 * main.ts turns into exit code 2, so scripts can tell "you called it wrong" from "it failed".
 */
import { parseArgs } from "node:util";
import { ACCESS_LEVELS, isAccessLevel, type AccessLevel } from "../model/access-level.js";

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export type TopLevel =
  | { readonly kind: "help" }
  | { readonly kind: "version" }
  | { readonly kind: "verb"; readonly verb: string; readonly args: readonly string[] };

/** Splits `standards-graph [--help|--version] <verb> [args...]`. */
export function parseTopLevel(argv: readonly string[]): TopLevel {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError("no command given");
  if (first === "--help" || first === "-h" || first === "help") {
    // `help ingest` reads naturally and means `ingest --help`.
    return rest[0] === undefined ? { kind: "help" } : { kind: "verb", verb: rest[0], args: ["--help"] };
  }
  if (first === "--version" || first === "-v") return { kind: "version" };
  if (first.startsWith("-")) throw new UsageError(`unknown option '${first}' (options go after the command)`);
  return { kind: "verb", verb: first, args: rest };
}

export interface IngestArgs {
  readonly inputs: readonly string[];
  readonly dryRun: boolean;
  readonly json: boolean;
  readonly keepContacts: boolean;
  /** `--access restricted`: the documents of this run are for members only. */
  readonly access: AccessLevel;
  readonly quiet: boolean;
  readonly help: boolean;
}

export function parseIngestArgs(argv: readonly string[]): IngestArgs {
  const { values, positionals } = parseStrict("ingest", argv, true, {
    "dry-run": { type: "boolean" },
    json: { type: "boolean" },
    "keep-contacts": { type: "boolean" },
    access: { type: "string" },
    quiet: { type: "boolean", short: "q" },
    help: { type: "boolean", short: "h" },
  });
  const args: IngestArgs = {
    inputs: positionals,
    dryRun: values["dry-run"] === true,
    json: values.json === true,
    keepContacts: values["keep-contacts"] === true,
    access: accessArgument(values.access),
    quiet: values.quiet === true,
    help: values.help === true,
  };
  if (!args.help && args.inputs.length === 0) throw new UsageError("ingest: no input given; name files, folders or globs");
  return args;
}

function accessArgument(value: string | boolean | undefined): AccessLevel {
  if (value === undefined) return "public";
  if (typeof value === "string" && isAccessLevel(value)) return value;
  throw new UsageError(`ingest: --access must be one of ${ACCESS_LEVELS.join(", ")} (got '${String(value)}')`);
}

/** Commands that take no argument but `--help`. */
export function parseNoArgs(verb: string, argv: readonly string[]): { readonly help: boolean } {
  const { values } = parseStrict(verb, argv, false, { help: { type: "boolean", short: "h" } });
  return { help: values.help === true };
}

type OptionSpec = { type: "boolean" | "string"; short?: string };

function parseStrict<T extends Record<string, OptionSpec>>(verb: string, argv: readonly string[], allowPositionals: boolean, options: T) {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals, strict: true });
    return { values: values as Partial<Record<keyof T, boolean | string>>, positionals };
  } catch (error) {
    // parseArgs explains itself well, but its messages are written for any program.
    const message = error instanceof Error ? error.message.split(". ")[0]?.replace(/\.$/, "") : String(error);
    throw new UsageError(`${verb}: ${message}`);
  }
}
