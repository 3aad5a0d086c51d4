import { idListArg, integerArg, oneOfArg } from "./arguments.js";
import { GRANULARITIES } from "./granularity.js";
import { runAnalytic, type AnalyticsContext, type AnalyticsDatabase } from "./run-analytic.js";

export interface DocumentTimelineArgs {
  readonly bodies?: readonly string[] | null;
  readonly granularity?: string | null;
  readonly limit?: number | null;
}

/** Documents sent per body per period (cypher/queries/document-timeline.cypher). */
export async function documentTimeline(db: AnalyticsDatabase, args: DocumentTimelineArgs, context?: AnalyticsContext) {
  const params = {
    bodies: idListArg(args.bodies, "bodies", 100),
    granularity: oneOfArg(args.granularity, "granularity", GRANULARITIES, "YEAR"),
    limit: integerArg(args.limit, "limit", 10, 1, 100),
  };
  return runAnalytic(db, "document-timeline", params, context);
}
