import { idArg, integerArg, kindsArg, studyPeriodArg } from "./arguments.js";
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
  const params = {
    kinds: kindsArg(args.kinds),
    body: idArg(args.body, "body") ?? null,
    studyPeriod: studyPeriodArg(args.studyPeriod),
    topic: idArg(args.topic, "topic") ?? null,
    minShared: integerArg(args.minShared, "minShared", 1, 1, 1000),
    limit: integerArg(args.limit, "limit", 20, 1, 100),
    evidenceLimit: integerArg(args.evidenceLimit, "evidenceLimit", 3, 0, 20),
    withEvidence: options.withEvidence,
  };
  return runAnalytic(db, "overlaps", params, context);
}
