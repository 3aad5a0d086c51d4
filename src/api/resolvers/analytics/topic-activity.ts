import { integerArg, oneOfArg } from "./arguments.js";
import { resolveTopicArgument } from "./resolve-argument.js";
import { GRANULARITIES } from "./granularity.js";
import { runAnalytic, type AnalyticsContext, type AnalyticsDatabase } from "./run-analytic.js";

export interface TopicActivityArgs {
  readonly topic: string;
  readonly includeNarrower?: boolean | null;
  readonly granularity?: string | null;
  readonly limit?: number | null;
  readonly evidenceLimit?: number | null;
}

/** Who works on a topic and when (cypher/queries/topic-activity.cypher); `topic` may be any name of it. */
export async function topicActivity(db: AnalyticsDatabase, args: TopicActivityArgs, context?: AnalyticsContext) {
  const checked = {
    includeNarrower: args.includeNarrower ?? true,
    granularity: oneOfArg(args.granularity, "granularity", GRANULARITIES, "YEAR"),
    limit: integerArg(args.limit, "limit", 50, 1, 200),
    evidenceLimit: integerArg(args.evidenceLimit, "evidenceLimit", 3, 0, 20),
  };
  const params = { topic: await resolveTopicArgument(args.topic, { db, context }, "topic"), ...checked };
  const [row] = await runAnalytic(db, "topic-activity", params, context);
  return row ?? null;
}
