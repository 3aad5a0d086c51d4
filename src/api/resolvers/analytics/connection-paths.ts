import { userInputError } from "../../errors.js";
import { integerArg } from "./arguments.js";
import { resolveEntityArgument } from "./resolve-argument.js";
import { runAnalytic, type AnalyticsContext, type AnalyticsDatabase } from "./run-analytic.js";

export interface ConnectionPathsArgs {
  readonly from: string;
  readonly to: string;
  readonly maxHops?: number | null;
  readonly limit?: number | null;
}

/** Shortest links between two entities (cypher/queries/connection-paths.cypher), each given by any of its names. */
export async function connectionPaths(db: AnalyticsDatabase, args: ConnectionPathsArgs, context?: AnalyticsContext) {
  const maxHops = integerArg(args.maxHops, "maxHops", 4, 1, 6);
  const limit = integerArg(args.limit, "limit", 5, 1, 20);
  const [from, to] = await Promise.all([
    resolveEntityArgument(args.from, { db, context }, "from"),
    resolveEntityArgument(args.to, { db, context }, "to"),
  ]);
  // Neo4j's shortest path search refuses a path from a node to itself.
  if (from === to) throw userInputError("from and to must be different entities", "to");
  const params = {
    from,
    to,
    maxHops,
    limit,
  };
  return runAnalytic(db, "connection-paths", params, context);
}
