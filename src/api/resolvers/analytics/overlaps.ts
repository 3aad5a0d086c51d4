import { integerArg, kindsArg, studyPeriodArg } from "./arguments.js";
import { resolveBodyArgument, resolveTopicArgument } from "./resolve-argument.js";
import { runAnalytic, type AnalyticsContext, type AnalyticsDatabase } from "./run-analytic.js";

export interface OverlapsOptions {
  /** False when the operation does not select `evidence`: the query then skips reading it. */
  readonly withEvidence: boolean;
}

export interface OverlapsArgs {
  readonly kinds?: readonly string[] | null;
  readonly body?: string | null;
  readonly studyPeriod?: string | null;
  readonly topic?: string | null;
  readonly minShared?: number | null;
  readonly limit?: number | null;
  readonly evidenceLimit?: number | null;
}

/** Pairs of bodies working on the same topics (cypher/queries/overlaps.cypher). */
export async function overlaps(
  db: AnalyticsDatabase,
  args: OverlapsArgs,
  context?: AnalyticsContext,
  options: OverlapsOptions = { withEvidence: true },
) {
  const checked = {
    kinds: kindsArg(args.kinds),
    studyPeriod: studyPeriodArg(args.studyPeriod),
    minShared: integerArg(args.minShared, "minShared", 1, 1, 1000),
    limit: integerArg(args.limit, "limit", 20, 1, 100),
    evidenceLimit: integerArg(args.evidenceLimit, "evidenceLimit", 3, 0, 20),
    withEvidence: options.withEvidence,
  };
  const given = (value: string | null | undefined) => value !== null && value !== undefined;
  const params = {
    ...checked,
    body: given(args.body) ? await resolveBodyArgument(args.body, { db, context }, "body") : null,
    topic: given(args.topic) ? await resolveTopicArgument(args.topic, { db, context }, "topic") : null,
  };
  return runAnalytic(db, "overlaps", params, context);
}
