import { userInputError } from "../../errors.js";
import { isoDateArg, studyPeriodArg } from "./arguments.js";
import { runAnalytic, type AnalyticsContext, type AnalyticsDatabase } from "./run-analytic.js";

export interface ResponseTimesArgs {
  readonly studyPeriod?: string | null;
  readonly fromDate?: string | null;
  readonly toDate?: string | null;
}

/** Requests asked, answered and days to the first reply, per pair of bodies (cypher/queries/response-times.cypher). */
export async function responseTimes(db: AnalyticsDatabase, args: ResponseTimesArgs, context?: AnalyticsContext) {
  const fromDate = isoDateArg(args.fromDate, "fromDate");
  const toDate = isoDateArg(args.toDate, "toDate");
  // Compared as prefixes, so 2019-05 to 2019-05 is one whole month, not an empty range.
  if (fromDate !== null && toDate !== null && fromDate.slice(0, toDate.length) > toDate) {
    throw userInputError("fromDate must not be after toDate", "fromDate");
  }
  return runAnalytic(db, "response-times", { studyPeriod: studyPeriodArg(args.studyPeriod), fromDate, toDate }, context);
}
