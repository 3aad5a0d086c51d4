import type { GraphQLResolveInfo } from "graphql";
import type { Driver } from "neo4j-driver";
import { bodyProfile, type BodyProfileArgs } from "./analytics/body-profile.js";
import { connectionPaths, type ConnectionPathsArgs } from "./analytics/connection-paths.js";
import { documentTimeline, type DocumentTimelineArgs } from "./analytics/document-timeline.js";
import { focusGroupLineage, type FocusGroupLineageArgs } from "./analytics/focus-group-lineage.js";
import { liaisonFlows, type LiaisonFlowsArgs } from "./analytics/liaison-flows.js";
import { awaitingReply, liaisonThread, responseTimes, type AwaitingReplyArgs, type LiaisonThreadArgs, type ResponseTimesArgs } from "./analytics/process.js";
import { neighbourhood, type NeighbourhoodArgs } from "./analytics/neighbourhood.js";
import { firstSharedTopics, overlaps, type Overlap, type OverlapsArgs } from "./analytics/overlaps.js";
import type { AnalyticsContext } from "./analytics/run-analytic.js";
import { selectsField } from "./analytics/selection.js";
import { topicActivity, type TopicActivityArgs } from "./analytics/topic-activity.js";
import { search, type SearchArgs } from "./search.js";
import { newSince, type NewSinceArgs } from "./new-since.js";
import { isoDateScalar } from "../iso-date.js";

/**
 * The resolvers the project adds to @neo4j/graphql's generated ones: the fields of
 * schema/50-search.graphql and schema/60-analytics.graphql. Each runs a saved, parameterized
 * query of cypher/queries.
 */
export function createResolvers(driver: Driver, database: string) {
  const db = { driver, database };
  return {
    IsoDate: isoDateScalar,
    Query: {
      search: (_source: unknown, args: SearchArgs, context: AnalyticsContext) => search(db, args, context),
      overlaps: (_source: unknown, args: OverlapsArgs, context: AnalyticsContext, info: GraphQLResolveInfo) =>
        overlaps(db, args, context, { withEvidence: selectsField(info, "evidence") }),
      topicActivity: (_source: unknown, args: TopicActivityArgs, context: AnalyticsContext) => topicActivity(db, args, context),
      liaisonFlows: (_source: unknown, args: LiaisonFlowsArgs, context: AnalyticsContext) => liaisonFlows(db, args, context),
      documentTimeline: (_source: unknown, args: DocumentTimelineArgs, context: AnalyticsContext) =>
        documentTimeline(db, args, context),
      bodyProfile: (_source: unknown, args: BodyProfileArgs, context: AnalyticsContext) => bodyProfile(db, args, context),
      connectionPaths: (_source: unknown, args: ConnectionPathsArgs, context: AnalyticsContext) =>
        connectionPaths(db, args, context),
      focusGroupLineage: (_source: unknown, args: FocusGroupLineageArgs, context: AnalyticsContext) =>
        focusGroupLineage(db, args, context),
      neighbourhood: (_source: unknown, args: NeighbourhoodArgs, context: AnalyticsContext) => neighbourhood(db, args, context),
      awaitingReply: (_source: unknown, args: AwaitingReplyArgs, context: AnalyticsContext) => awaitingReply(db, args, context),
      responseTimes: (_source: unknown, args: ResponseTimesArgs, context: AnalyticsContext) => responseTimes(db, args, context),
      liaisonThread: (_source: unknown, args: LiaisonThreadArgs, context: AnalyticsContext) => liaisonThread(db, args, context),
      newSince: (_source: unknown, args: NewSinceArgs, context: AnalyticsContext) => newSince(db, args, context),
    },
    Overlap: {
      sharedTopics: (overlap: Overlap, args: { first?: number | null }) => firstSharedTopics(overlap, args),
    },
  };
}
