import { integerArg } from "./arguments.js";
import { resolveBodyArgument } from "./resolve-argument.js";
import { runAnalytic, type AnalyticsContext, type AnalyticsDatabase } from "./run-analytic.js";

export interface BodyProfileArgs {
  readonly id: string;
  readonly limit?: number | null;
  readonly evidenceLimit?: number | null;
}

/** Everything about one body (cypher/queries/body-profile.cypher); `id` may be any name of it. */
export async function bodyProfile(db: AnalyticsDatabase, args: BodyProfileArgs, context?: AnalyticsContext) {
  const id = await resolveBodyArgument(args.id, { db, context }, "id");
  const params = {
    id,
    limit: integerArg(args.limit, "limit", 50, 1, 500),
    evidenceLimit: integerArg(args.evidenceLimit, "evidenceLimit", 3, 0, 20),
  };
  const [row] = await runAnalytic(db, "body-profile", params, context);
  return row ?? null;
}
