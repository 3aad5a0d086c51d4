import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "./config-error.js";

/** Reads one variable: trimmed, undefined when unset or blank. */
export type Reader = (name: string) => string | undefined;

export function integer(read: Reader, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = read(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, raw, `an integer from ${min} to ${max}`);
  }
  return value;
}

export function port(read: Reader, name: string, fallback: number): number {
  return integer(read, name, fallback, 1, 65_535);
}

export function bool(read: Reader, name: string, fallback: boolean): boolean {
  const raw = read(name);
  if (raw === undefined) return fallback;
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  throw new ConfigError(name, raw, "true or false");
}

export function memorySize(read: Reader, name: string, fallback: string): string {
  const raw = read(name) ?? fallback;
  if (!/^\d+[kmg]$/i.test(raw)) throw new ConfigError(name, raw, "a size such as 512m or 2g");
  return raw.toLowerCase();
}

export function oneOf<T extends string>(read: Reader, name: string, allowed: readonly T[], fallback: T): T {
  const raw = read(name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new ConfigError(name, raw, `one of ${allowed.join(", ")}`);
  return raw as T;
}

/** A comma-separated list, blanks dropped. */
export function list(read: Reader, name: string): string[] {
  return (read(name) ?? "").split(",").map((item) => item.trim()).filter(Boolean);
}

/**
 * A file the process will write, resolved against the working directory (where a user typed the
 * command); its folder must exist already, so a typo fails at start-up, not after the work is done.
 */
export function optionalPath(read: Reader, name: string): string | undefined {
  const raw = read(name);
  if (raw === undefined) return undefined;
  const resolved = path.resolve(raw);
  if (!existsSync(path.dirname(resolved)) || !statSync(path.dirname(resolved)).isDirectory()) {
    throw new ConfigError(name, raw, `a file in a folder that exists (${path.dirname(resolved)} does not)`);
  }
  return resolved;
}
