import { savedQuery } from "../../saved-query.js";
import { readGraph } from "../read-graph.js";
import { integerArg, kindsArg, studyPeriodArg } from "./arguments.js";
import { resolveBodyArgument, resolveTopicArgument } from "./resolve-argument.js";
import { plainInPlace } from "./plain-in-place.js";
import { toCypherParams, type AnalyticsContext, type AnalyticsDatabase } from "./run-analytic.js";
import { scoreOverlaps, type OverlapBody, type OverlapCandidates, type ScoredPair } from "./score-overlaps.js";

export interface OverlapsOptions {
  /** False when the operation does not select `evidence`: the evidence query is then not run. */
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
  readonly evidenceTopics?: number | null;
}

interface Ref {
  readonly type: string;
  readonly id: string;
  readonly name: string | null;
}

/** One overlap, shaped like the SDL's Overlap. */
export interface Overlap {
  readonly a: Ref;
  readonly b: Ref;
  readonly sharedTopics: readonly Ref[];
  readonly sharedTopicCount: number;
  readonly score: number;
  readonly evidence: readonly Record<string, unknown>[];
}

/**
 * Pairs of bodies working on the same topics. The database gives each candidate body's topic set
 * (cypher/queries/overlaps-bodies.cypher), this process scores the pairs (score-overlaps.ts: the
 * database would score every pair of bodies row by row), and the database reads the evidence of the
 * pairs kept (overlaps-evidence.cypher). cypher/queries/overlaps.cypher is the same in one statement.
 */
export async function overlaps(
  db: AnalyticsDatabase,
  args: OverlapsArgs,
  context?: AnalyticsContext,
  options: OverlapsOptions = { withEvidence: true },
): Promise<Overlap[]> {
  const minShared = integerArg(args.minShared, "minShared", 1, 1, 1000);
  const limit = integerArg(args.limit, "limit", 20, 1, 100);
  const evidenceLimit = integerArg(args.evidenceLimit, "evidenceLimit", 3, 0, 20);
  const evidenceTopics = integerArg(args.evidenceTopics, "evidenceTopics", 5, 0, 200);
  const kinds = kindsArg(args.kinds);
  const studyPeriod = studyPeriodArg(args.studyPeriod);
  const given = (value: string | null | undefined) => value !== null && value !== undefined;
  const body = given(args.body) ? await resolveBodyArgument(args.body, { db, context }, "body") : null;
  const topic = given(args.topic) ? await resolveTopicArgument(args.topic, { db, context }, "topic") : null;

  const [row] = await read(db, context, "overlaps-bodies", toCypherParams({ kinds, studyPeriod, topic }));
  const candidates: OverlapCandidates = {
    bodies: (row?.bodies ?? []) as OverlapBody[],
    topicIds: (row?.topicIds ?? []) as string[],
    topicSets: (row?.topicSets ?? []) as number[][],
  };
  // One Ref per topic, shared by every pair that lists it. A topic only a summary still names, with no Topic node left, has none.
  const topicRefs = new Map(((row?.topicNames ?? []) as [string, string | null][]).map(([id, name]): [string, Ref] => [id, { type: "Topic", id, name }]));
  const pairs = scoreOverlaps(candidates, { body, minShared, limit }).map((pair) => ({
    pair,
    // Evidence is read for a pair's first few shared topics only: two busy bodies share most
    // topics, and every side and topic cited would make one pair's answer thousands of objects.
    evidenceTopics: pair.shared.filter((id) => topicRefs.has(id)).slice(0, evidenceTopics),
  }));

  const evidenceOf = new Map<string, Record<string, unknown>[]>();
  if (options.withEvidence && pairs.some((p) => p.evidenceTopics.length > 0)) {
    const params = {
      ...toCypherParams({ studyPeriod, evidenceLimit }),
      pairs: pairs.map((p) => ({ a: p.pair.a.id, b: p.pair.b.id, shared: p.evidenceTopics })),
    };
    for (const entry of await read(db, context, "overlaps-evidence", params)) {
      evidenceOf.set(`${entry.body as string} ${entry.topic as string}`, entry.evidence as Record<string, unknown>[]);
    }
  }
  return pairs.map((p) => toOverlap(p.pair, p.evidenceTopics, topicRefs, evidenceOf));
}

async function read(db: AnalyticsDatabase, context: AnalyticsContext | undefined, name: string, params: Record<string, unknown>) {
  const records = await readGraph(db, context, savedQuery(name), params);
  return records.map((record) => plainInPlace(record.toObject()) as Record<string, unknown>);
}

const ref = (body: OverlapBody): Ref => ({ type: body.type, id: body.id, name: body.name });

function toOverlap(
  pair: ScoredPair,
  evidenceTopics: readonly string[],
  topicRefs: ReadonlyMap<string, Ref>,
  evidenceOf: ReadonlyMap<string, Record<string, unknown>[]>,
): Overlap {
  const sharedTopics: Ref[] = [];
  for (const id of pair.shared) {
    // A topic only a summary still names, with no Topic node left, is not shown.
    const topicRef = topicRefs.get(id);
    if (topicRef) sharedTopics.push(topicRef);
  }
  return {
    a: ref(pair.a),
    b: ref(pair.b),
    sharedTopics,
    sharedTopicCount: sharedTopics.length,
    score: pair.score,
    // Side a's evidence, then side b's, each topic in the order of `sharedTopics`.
    evidence: [pair.a, pair.b].flatMap((side) => evidenceTopics.flatMap((id) => evidenceOf.get(`${side.id} ${id}`) ?? [])),
  };
}

/** `Overlap.sharedTopics(first:)`: a heat map's tooltip names a few of the topics, not the hundreds two busy bodies share. */
export function firstSharedTopics(overlap: Overlap, args: { readonly first?: number | null }): readonly Ref[] {
  if (args.first === null || args.first === undefined) return overlap.sharedTopics;
  return overlap.sharedTopics.slice(0, integerArg(args.first, "first", 0, 0, 1000));
}
