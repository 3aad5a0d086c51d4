import { userInputError } from "../../errors.js";
import { integerArg, isoDateArg } from "./arguments.js";
import { resolveBodyArgument } from "./resolve-argument.js";
import { runAnalytic, type AnalyticsContext, type AnalyticsDatabase } from "./run-analytic.js";

export interface AwaitingReplyArgs {
  readonly asOf?: string | null;
  readonly body?: string | null;
  readonly overdueOnly?: boolean | null;
  readonly limit?: number | null;
}

/** Today in UTC, the day a request is judged on when the caller names none. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A whole day: days overdue are counted from it. */
export function dayArg(value: string | null | undefined, name: string): string | null {
  const date = isoDateArg(value, name);
  if (date !== null && date.length !== 10) throw userInputError(`${name} must be a full date: YYYY-MM-DD`, name);
  return date;
}

/** Requests still waiting for their addressee's reply (cypher/queries/awaiting-reply.cypher); `body` may be any name of it. */
export async function awaitingReply(db: AnalyticsDatabase, args: AwaitingReplyArgs, context?: AnalyticsContext) {
  const params = {
    asOf: dayArg(args.asOf, "asOf") ?? today(),
    body: args.body == null ? null : await resolveBodyArgument(args.body, { db, context }, "body"),
    overdueOnly: args.overdueOnly ?? false,
    limit: integerArg(args.limit, "limit", 100, 1, 500),
  };
  return runAnalytic(db, "awaiting-reply", params, context);
}
