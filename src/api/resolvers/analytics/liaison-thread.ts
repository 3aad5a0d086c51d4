import { userInputError } from "../../errors.js";
import { requiredIdArg } from "./arguments.js";
import { resolveEntityArgument } from "./resolve-argument.js";
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
 * order and, once each, the bodies they involve. An id the reader may not see, or that names no
 * statement, is a BAD_USER_INPUT error with the closest names, like every analytics argument.
 */
export async function liaisonThread(db: AnalyticsDatabase, args: LiaisonThreadArgs, context?: AnalyticsContext) {
  const written = requiredIdArg(args.id, "id");
  let id = written;
  let statements = await thread(db, id, context);
  if (statements.length === 0) {
    // Not a statement's id as written: an everyday name of one ("SG15-LS102"), or an error.
    id = await resolveEntityArgument(written, { db, context }, "id");
    if (id !== written) statements = await thread(db, id, context);
    if (statements.length === 0) throw userInputError(`id: ${id} is not a liaison statement`, "id");
  }
  const bodies = new Map<string, unknown>();
  for (const hop of statements) {
    for (const body of [...hop.sentBy, ...hop.recipients.map((r) => r.body)]) if (!bodies.has(body.id)) bodies.set(body.id, body);
  }
  return { id, statements, bodies: [...bodies.values()] };
}

async function thread(db: AnalyticsDatabase, id: string, context?: AnalyticsContext): Promise<Hop[]> {
  return (await runAnalytic(db, "liaison-thread", { id }, context)) as unknown as Hop[];
}
