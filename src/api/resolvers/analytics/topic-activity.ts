import { integerArg, oneOfArg, requiredIdArg } from "./arguments.js";
import { GRANULARITIES } from "./granularity.js";
import { runAnalytic, type AnalyticsContext, type AnalyticsDatabase } from "./run-analytic.js";

export interface TopicActivityArgs {
  readonly topic: string;
  readonly includeNarrower?: boolean | null;
  readonly granularity?: string | null;
  readonly limit?: number | null;
  readonly evidenceLimit?: number | null;
}

/** Who works on a topic and when (cypher/queries/topic-activity.cypher); null for an unknown topic. */
export async function topicActivity(db: AnalyticsDatabase, args: TopicActivityArgs, context?: AnalyticsContext) {
  const params = {
    topic: requiredIdArg(args.topic, "topic"),
    includeNarrower: args.includeNarrower ?? true,
    granularity: oneOfArg(args.granularity, "granularity", GRANULARITIES, "YEAR"),
    limit: integerArg(args.limit, "limit", 50, 1, 200),
    evidenceLimit: integerArg(args.evidenceLimit, "evidenceLimit", 3, 0, 20),
  };
  const [row] = await runAnalytic(db, "topic-activity", params, context);
  return row ?? null;
}
