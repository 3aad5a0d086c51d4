import { integerArg, requiredIdArg } from "./arguments.js";
import { runAnalytic, type AnalyticsContext, type AnalyticsDatabase } from "./run-analytic.js";

export interface NeighbourhoodArgs {
  readonly id: string;
  readonly limit?: number | null;
}

/** A node, its neighbours and the relations among them (cypher/queries/neighbourhood.cypher); null for an unknown id. */
export async function neighbourhood(db: AnalyticsDatabase, args: NeighbourhoodArgs, context?: AnalyticsContext) {
  const params = { id: requiredIdArg(args.id, "id"), limit: integerArg(args.limit, "limit", 50, 1, 200) };
  const [row] = await runAnalytic(db, "neighbourhood", params, context);
  return row ?? null;
}
