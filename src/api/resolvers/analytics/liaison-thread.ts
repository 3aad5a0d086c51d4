import { requiredIdArg } from "./arguments.js";
import { runAnalytic, type AnalyticsContext, type AnalyticsDatabase } from "./run-analytic.js";

export interface LiaisonThreadArgs {
  readonly id: string;
}

interface Hop {
  readonly sentBy: readonly { id: string }[];
  readonly recipients: readonly { body: { id: string } }[];
}

/**
 * The thread a statement belongs to (cypher/queries/liaison-thread.cypher): its statements in date
 * order and, once each, the bodies they involve. Null when the reader may see no such statement.
 */
export async function liaisonThread(db: AnalyticsDatabase, args: LiaisonThreadArgs, context?: AnalyticsContext) {
  const statements = (await runAnalytic(db, "liaison-thread", { id: requiredIdArg(args.id, "id") }, context)) as unknown as Hop[];
  if (statements.length === 0) return null;
  const bodies = new Map<string, unknown>();
  for (const hop of statements) {
    for (const body of [...hop.sentBy, ...hop.recipients.map((r) => r.body)]) if (!bodies.has(body.id)) bodies.set(body.id, body);
  }
  return { id: args.id.trim(), statements, bodies: [...bodies.values()] };
}
