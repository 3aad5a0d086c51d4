import { userInputError } from "../../errors.js";
import { integerArg, isoDateArg, studyPeriodArg } from "./arguments.js";
import { runAnalytic, type AnalyticsContext, type AnalyticsDatabase } from "./run-analytic.js";

export interface LiaisonFlowsArgs {
  readonly studyPeriod?: string | null;
  readonly fromDate?: string | null;
  readonly toDate?: string | null;
  readonly limit?: number | null;
}

/** Body-to-body liaison statement counts for a heat map (cypher/queries/liaison-flows.cypher). */
export async function liaisonFlows(db: AnalyticsDatabase, args: LiaisonFlowsArgs, context?: AnalyticsContext) {
  const fromDate = isoDateArg(args.fromDate, "fromDate");
  const toDate = isoDateArg(args.toDate, "toDate");
  // Compared as prefixes, so 2017-05 to 2017-05 is one whole month, not an empty range.
  if (fromDate !== null && toDate !== null && fromDate.slice(0, toDate.length) > toDate) {
    throw userInputError("fromDate must not be after toDate", "fromDate");
  }
  const params = {
    studyPeriod: studyPeriodArg(args.studyPeriod),
    fromDate,
    toDate,
    limit: integerArg(args.limit, "limit", 30, 1, 100),
  };
  const [row] = await runAnalytic(db, "liaison-flows", params, context);
  return row ?? { bodies: [], flows: [] };
}
