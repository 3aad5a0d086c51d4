import { integerArg } from "./arguments.js";
import { resolveEntityArgument } from "./resolve-argument.js";
import { runAnalytic, type AnalyticsContext, type AnalyticsDatabase } from "./run-analytic.js";

export interface NeighbourhoodArgs {
  readonly id: string;
  readonly limit?: number | null;
}

/** A node, its neighbours and the relations among them (cypher/queries/neighbourhood.cypher); `id` may be any name of the node. */
export async function neighbourhood(db: AnalyticsDatabase, args: NeighbourhoodArgs, context?: AnalyticsContext) {
  const limit = integerArg(args.limit, "limit", 50, 1, 200);
  const params = { id: await resolveEntityArgument(args.id, { db, context }, "id"), limit };
  const [row] = await runAnalytic(db, "neighbourhood", params, context);
  return row ?? null;
}
