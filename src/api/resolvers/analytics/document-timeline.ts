import { idListArg, integerArg, oneOfArg } from "./arguments.js";
import { resolveBodyArgument } from "./resolve-argument.js";
import { GRANULARITIES } from "./granularity.js";
import { runAnalytic, type AnalyticsContext, type AnalyticsDatabase } from "./run-analytic.js";

export interface DocumentTimelineArgs {
  readonly bodies?: readonly string[] | null;
  readonly granularity?: string | null;
  readonly limit?: number | null;
}

/** Documents sent per body per period (cypher/queries/document-timeline.cypher). */
export async function documentTimeline(db: AnalyticsDatabase, args: DocumentTimelineArgs, context?: AnalyticsContext) {
  const written = idListArg(args.bodies, "bodies", 100);
  const granularity = oneOfArg(args.granularity, "granularity", GRANULARITIES, "YEAR");
  const limit = integerArg(args.limit, "limit", 10, 1, 100);
  // Two names of one body make one series.
  const bodies = written && [...new Set(await Promise.all(written.map((b) => resolveBodyArgument(b, { db, context }, "bodies"))))];
  const params = {
    bodies,
    granularity,
    limit,
  };
  return runAnalytic(db, "document-timeline", params, context);
}
