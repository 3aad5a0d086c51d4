import { integerArg, requiredIdArg } from "./arguments.js";
import { runAnalytic, type AnalyticsContext, type AnalyticsDatabase } from "./run-analytic.js";

export interface BodyProfileArgs {
  readonly id: string;
  readonly limit?: number | null;
  readonly evidenceLimit?: number | null;
}

/** Everything about one body (cypher/queries/body-profile.cypher); null for an unknown body. */
export async function bodyProfile(db: AnalyticsDatabase, args: BodyProfileArgs, context?: AnalyticsContext) {
  const params = {
    id: requiredIdArg(args.id, "id"),
    limit: integerArg(args.limit, "limit", 50, 1, 500),
    evidenceLimit: integerArg(args.evidenceLimit, "evidenceLimit", 3, 0, 20),
  };
  const [row] = await runAnalytic(db, "body-profile", params, context);
  return row ?? null;
}
