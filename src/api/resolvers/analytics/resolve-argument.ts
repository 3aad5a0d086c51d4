/**
 * One place that turns what a person writes for an analytics argument (`SG17`, `Study Group 17`,
 * `TSAG`, `FG DLT`, `blockchain`, `DLT`, `Q14/17`, `X.509`, `ccamp`) into the canonical id the
 * saved queries take. Readings come from the canonical-id normalizer and the reference data
 * (argument-readings.ts); the graph keeps those that exist, and when none does, finds nodes by
 * name and alias (those that came from documents). An unknown value is a BAD_USER_INPUT error with
 * the closest names; a value meaning several nodes equally is one listing them. Never a silent
 * null or empty list.
 */
import { GraphQLError } from "graphql";
import { ErrorCode } from "../../errors.js";
import { savedQuery } from "../../saved-query.js";
import { readGraph } from "../read-graph.js";
import { requiredIdArg } from "./arguments.js";
import { argumentReadings, type ArgumentKind } from "./argument-readings.js";
import { closestNames, type NamedNode } from "./closest-names.js";
import type { AnalyticsContext, AnalyticsDatabase } from "./run-analytic.js";

export type { ArgumentKind } from "./argument-readings.js";

/** What resolution needs: the database and the request's context (for its access levels). */
export interface ArgumentContext {
  readonly db: AnalyticsDatabase;
  readonly context?: AnalyticsContext;
}

interface Found {
  readonly id: string;
  readonly type: string;
  readonly name: string;
}

const KIND_WORDS: Record<ArgumentKind, string> = { body: "body", topic: "topic", focusGroup: "focus group", entity: "entity" };

/** A body (study group, Question, focus group, organization, ...): its canonical id. */
export const resolveBodyArgument = (value: string | null | undefined, ctx: ArgumentContext, name = "body"): Promise<string> =>
  resolveArgument(value, "body", ctx, name);

/** A topic: its canonical id (`topic:blockchain`). */
export const resolveTopicArgument = (value: string | null | undefined, ctx: ArgumentContext, name = "topic"): Promise<string> =>
  resolveArgument(value, "topic", ctx, name);

/** A focus group: its canonical id (`ITU-T FG DLT`). */
export const resolveFocusGroupArgument = (value: string | null | undefined, ctx: ArgumentContext, name = "id"): Promise<string> =>
  resolveArgument(value, "focusGroup", ctx, name);

/** Any node, documents included: its canonical id. */
export const resolveEntityArgument = (value: string | null | undefined, ctx: ArgumentContext, name = "id"): Promise<string> =>
  resolveArgument(value, "entity", ctx, name);

/**
 * The canonical id `value` denotes among nodes of `kind` the reader may see, or a BAD_USER_INPUT
 * error naming argument `name`: unknown (with at most 5 closest names) or ambiguous (with the
 * candidates).
 */
export async function resolveArgument(
  value: string | null | undefined,
  kind: ArgumentKind,
  ctx: ArgumentContext,
  name: string,
): Promise<string> {
  const written = requiredIdArg(value, name);
  const ranks = argumentReadings(written, kind);
  const byId = await lookUp(ctx, kind, ranks.flat(), null);
  for (const rank of ranks) {
    const found = byId.filter((f) => rank.includes(f.id));
    if (found.length === 1) return found[0]!.id;
    if (found.length > 1) throw ambiguous(written, kind, found, name);
  }
  const byName = await lookUp(ctx, kind, [], written.replace(/\s+/g, " ").toLowerCase());
  if (byName.length === 1) return byName[0]!.id;
  if (byName.length > 1) throw ambiguous(written, kind, byName, name);
  throw await unknown(written, kind, ctx, name);
}

async function lookUp(ctx: ArgumentContext, kind: ArgumentKind, ids: readonly string[], lowerName: string | null): Promise<Found[]> {
  const records = await readGraph(ctx.db, ctx.context, savedQuery("resolve-argument"), { kind, ids: [...new Set(ids)], name: lowerName });
  return records.map((r) => ({ id: r.get("id") as string, type: r.get("type") as string, name: r.get("name") as string }));
}

const describe = (node: { id: string; name: string }): string => (node.name === node.id ? node.id : `${node.id} (${node.name})`);

function ambiguous(written: string, kind: ArgumentKind, found: readonly Found[], name: string): GraphQLError {
  return new GraphQLError(
    `${name} "${written}" is ambiguous: it may mean ${found.map(describe).join(", ")}; give one of these ids`,
    { extensions: { code: ErrorCode.BadUserInput, argument: name, kind: KIND_WORDS[kind], candidates: found.map((f) => f.id) } },
  );
}

async function unknown(written: string, kind: ArgumentKind, ctx: ArgumentContext, name: string): Promise<GraphQLError> {
  const records = await readGraph(ctx.db, ctx.context, savedQuery("argument-names"), { kind, prefix: written });
  const nodes: NamedNode[] = records.map((r) => ({ id: r.get("id") as string, name: r.get("name") as string, forms: r.get("forms") as string[] }));
  const suggestions = closestNames(written, nodes);
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map(describe).join(", ")}?` : "";
  return new GraphQLError(`${name}: no ${KIND_WORDS[kind]} is known as "${written}"${hint}`, {
    extensions: { code: ErrorCode.BadUserInput, argument: name, kind: KIND_WORDS[kind], suggestions: suggestions.map((s) => s.id) },
  });
}
