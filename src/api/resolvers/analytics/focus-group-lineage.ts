import { requiredIdArg } from "./arguments.js";
import { runAnalytic, type AnalyticsContext, type AnalyticsDatabase } from "./run-analytic.js";

export interface FocusGroupLineageArgs {
  readonly id: string;
}

/** The story of one focus group (cypher/queries/focus-group-lineage.cypher); null for an unknown one. */
export async function focusGroupLineage(db: AnalyticsDatabase, args: FocusGroupLineageArgs, context?: AnalyticsContext) {
  const [row] = await runAnalytic(db, "focus-group-lineage", { id: requiredIdArg(args.id, "id") }, context);
  return row ?? null;
}
