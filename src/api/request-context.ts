import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import { GraphQLError } from "graphql";
import type { ApiLimits } from "../config/config.js";
import type { Viewer } from "./auth/access.js";
import type { AnswerOutcome } from "./cache/answer-plugin.js";
import { RequestDatabase, type SharedDatabase } from "./database/request-database.js";
import { Semaphore } from "./database/semaphore.js";
import { ErrorCode } from "./errors.js";
import type { MemoryWatchdog } from "./memory-watchdog.js";
import type { GraphReader } from "./resolvers/read-graph.js";

/** The context every resolver of a request sees. */
export interface ApiContext extends Neo4jGraphQLContext {
  /** Gated database access for the project's resolvers. */
  readonly db: GraphReader;
  /** The access levels of the documents the caller may see (`$access` of the saved queries). */
  readonly access: readonly string[];
  /** Filled in by Apollo's last step (src/api/cache/answer-plugin.ts): whether the answer may be cached. */
  readonly answer: AnswerOutcome;
}

export interface RequestScope {
  readonly context: ApiContext;
  /** Stops the request's database work (client gone, memory short); idempotent. */
  abort(reason: string): void;
  /** Call when the answer has been sent. */
  done(): void;
}

/**
 * Everything one request runs with: the caller's access (a trusted JWT for @neo4j/graphql's
 * authorization rules, `access` for the saved queries), its gated database access, handed to
 * @neo4j/graphql as `executionContext` and to the project's resolvers as `db` (every read waiting
 * for the client's `bookmarks`, if it sent any), and an abort switch the memory watchdog and a
 * vanished client use.
 */
export function createRequestScope(
  shared: SharedDatabase,
  limits: Pick<ApiLimits, "dbMaxConcurrentPerRequest" | "transactionTimeoutMs">,
  watchdog: MemoryWatchdog,
  viewer: Viewer,
  bookmarks: readonly string[] = [],
): RequestScope {
  const controller = new AbortController();
  const database = new RequestDatabase(shared, controller.signal, new Semaphore(limits.dbMaxConcurrentPerRequest), bookmarks);
  const abort = (reason: string) => {
    if (!controller.signal.aborted) {
      controller.abort(new GraphQLError(`The request was stopped: ${reason}.`, { extensions: { code: ErrorCode.ServerBusy } }));
    }
  };
  const unwatch = watchdog.watch({ weight: () => database.recordsRead, abort });
  return {
    context: {
      // Verified by the server (src/api/auth/authenticate.ts); @neo4j/graphql trusts context.jwt as is.
      jwt: { ...(viewer.subject !== undefined ? { sub: viewer.subject } : {}), roles: [...viewer.roles], access: [...viewer.access] },
      access: viewer.access,
      executionContext: database.driverLike as unknown as Neo4jGraphQLContext["executionContext"],
      sessionConfig: { database: shared.database },
      transaction: { timeout: limits.transactionTimeoutMs },
      db: database,
      answer: { cacheable: false },
    },
    abort,
    done: unwatch,
  };
}
