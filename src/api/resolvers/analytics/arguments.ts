import { userInputError } from "../../errors.js";
import { BODY_TYPES } from "../../../model/node-types.js";
import { isIsoDate } from "../../iso-date.js";

/**
 * Argument checks shared by the analytics resolvers. Each returns the value to use or throws a
 * BAD_USER_INPUT error naming the argument, so a dashboard can show the message as it is.
 */

export function integerArg(value: number | null | undefined, name: string, fallback: number, min: number, max: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw userInputError(`${name} must be an integer from ${min} to ${max}`, name);
  return n;
}

/** A non-empty id, trimmed; undefined when the argument was left out and is optional. */
export function idArg(value: string | null | undefined, name: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  const id = value.trim();
  if (id === "" || id.length > 300) throw userInputError(`${name} must be a non-empty id of at most 300 characters`, name);
  return id;
}

export function requiredIdArg(value: string | null | undefined, name: string): string {
  const id = idArg(value, name);
  if (id === undefined) throw userInputError(`${name} is required`, name);
  return id;
}

export function oneOfArg<T extends string>(value: string | null | undefined, name: string, allowed: readonly T[], fallback: T): T {
  const v = value ?? fallback;
  if (!(allowed as readonly string[]).includes(v)) throw userInputError(`unknown ${name} "${v}"; known: ${allowed.join(", ")}`, name);
  return v as T;
}

/** Body kinds: the labels of node types that carry Body. Null or empty means every kind. */
export function kindsArg(value: readonly string[] | null | undefined, name = "kinds"): string[] | null {
  if (!value || value.length === 0) return null;
  const unknown = value.filter((k) => !(BODY_TYPES as readonly string[]).includes(k));
  if (unknown.length > 0) throw userInputError(`unknown ${name} ${unknown.join(", ")}; known: ${BODY_TYPES.join(", ")}`, name);
  return [...new Set(value)];
}

const STUDY_PERIOD = /^(\d{4})-(\d{4})$/;

/** A study period id such as `2017-2020`. */
export function studyPeriodArg(value: string | null | undefined, name = "studyPeriod"): string | null {
  if (value === null || value === undefined) return null;
  const match = STUDY_PERIOD.exec(value);
  if (!match || Number(match[2]) <= Number(match[1])) {
    throw userInputError(`${name} must be a study period such as 2017-2020`, name);
  }
  return value;
}

/**
 * An ISO 8601 calendar date, possibly partial (`2017`, `2017-05`, `2017-05-01`), checked for real
 * months and days by the IsoDate scalar's own test. Range arguments stay strings checked here
 * rather than IsoDate arguments: a scalar fails during validation, before any resolver runs, and
 * its error can name neither the argument nor carry BAD_USER_INPUT through the server.
 */
export function isoDateArg(value: string | null | undefined, name: string): string | null {
  if (value === null || value === undefined) return null;
  if (!isIsoDate(value)) throw userInputError(`${name} must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD`, name);
  return value;
}

/** Ids for a list argument: each checked, duplicates dropped keeping the first, at most `max`. */
export function idListArg(value: readonly string[] | null | undefined, name: string, max: number): string[] | null {
  if (value === null || value === undefined) return null;
  if (value.length > max) throw userInputError(`${name} takes at most ${max} ids`, name);
  return [...new Set(value.map((id) => requiredIdArg(id, name)))];
}
