import { userInputError } from "../../errors.js";
import { integerArg, requiredIdArg } from "./arguments.js";
import { runAnalytic, type AnalyticsContext, type AnalyticsDatabase } from "./run-analytic.js";

export interface ConnectionPathsArgs {
  readonly from: string;
  readonly to: string;
  readonly maxHops?: number | null;
  readonly limit?: number | null;
}

/** Shortest links between two entities (cypher/queries/connection-paths.cypher). */
export async function connectionPaths(db: AnalyticsDatabase, args: ConnectionPathsArgs, context?: AnalyticsContext) {
  const from = requiredIdArg(args.from, "from");
  const to = requiredIdArg(args.to, "to");
  // Neo4j's shortest path search refuses a path from a node to itself.
  if (from === to) throw userInputError("from and to must be different entities", "to");
  const params = {
    from,
    to,
    maxHops: integerArg(args.maxHops, "maxHops", 4, 1, 6),
    limit: integerArg(args.limit, "limit", 5, 1, 20),
  };
  return runAnalytic(db, "connection-paths", params, context);
}
