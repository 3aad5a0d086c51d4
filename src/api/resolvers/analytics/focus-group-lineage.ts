import { resolveFocusGroupArgument } from "./resolve-argument.js";
import { runAnalytic, type AnalyticsContext, type AnalyticsDatabase } from "./run-analytic.js";

export interface FocusGroupLineageArgs {
  readonly id: string;
}

/** The story of one focus group (cypher/queries/focus-group-lineage.cypher); `id` may be any name of it. */
export async function focusGroupLineage(db: AnalyticsDatabase, args: FocusGroupLineageArgs, context?: AnalyticsContext) {
  const [row] = await runAnalytic(db, "focus-group-lineage", { id: await resolveFocusGroupArgument(args.id, { db, context }, "id") }, context);
  return row ?? null;
}
