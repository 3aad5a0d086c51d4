import { GraphQLError } from "graphql";
import neo4j, { type Driver, type QueryResult, type Record as Neo4jRecord } from "neo4j-driver";
import type { ApiLimits } from "../../config/config.js";
import { ErrorCode } from "../errors.js";
import { QueueTimeoutError, type Semaphore } from "./semaphore.js";

/** What every request shares: the driver, the global bound on database work, the limits. */
export interface SharedDatabase {
  readonly driver: Driver;
  readonly database: string;
  readonly gate: Semaphore;
  readonly limits: Pick<ApiLimits, "transactionTimeoutMs" | "dbMaxConcurrentPerRequest" | "dbQueueTimeoutMs" | "maxCypherBytes">;
}

/** The transaction @neo4j/graphql's executor sees: only `run` is used. */
interface GuardedTransaction {
  run(query: string, parameters?: Record<string, unknown>): Promise<QueryResult>;
}

/** A session as @neo4j/graphql's executor uses one (executeRead, close). */
interface GatedSession {
  executeRead<T>(work: (tx: GuardedTransaction) => Promise<T> | T, config?: { timeout?: number; metadata?: Record<string, unknown> }): Promise<T>;
  executeWrite(): Promise<never>;
  close(): Promise<void>;
}

/**
 * One request's access to Neo4j. Every call, from the generated API (through `driverLike`, given
 * to @neo4j/graphql as `executionContext`) or from the project's resolvers (`read`), waits for a
 * turn within the request's own bound and then the global one (failing with SERVER_BUSY after
 * DB_QUEUE_TIMEOUT_MS), runs as an auto-commit read transaction with the transaction timeout, is not retried
 * (a refused connection fails at once instead of being retried for seconds), and is abandoned when
 * the request is aborted. Generated Cypher over the size limit is never sent.
 */
export class RequestDatabase {
  private readonly own: Semaphore;
  private records = 0;

  constructor(
    private readonly shared: SharedDatabase,
    private readonly signal: AbortSignal,
    ownGate: Semaphore,
    /** The client's bookmarks (Neo4j-Bookmarks): every read waits until the database has applied them. */
    private readonly bookmarks: readonly string[] = [],
  ) {
    this.own = ownGate;
  }

  /** Records received so far: the memory watchdog stops the request with the most first. */
  get recordsRead(): number {
    return this.records;
  }

  /** Driver-shaped entry point for @neo4j/graphql. */
  readonly driverLike = {
    session: (): GatedSession => ({
      executeRead: (work, config) => this.withTransaction((tx) => Promise.resolve(work(tx)), config?.metadata),
      executeWrite: () => Promise.reject(new GraphQLError("The API is read-only.", { extensions: { code: ErrorCode.ReadOnly } })),
      close: () => Promise.resolve(),
    }),
  };

  /** Runs one saved query and returns its records. */
  async read(cypher: string, parameters: Record<string, unknown>): Promise<Neo4jRecord[]> {
    return (await this.withTransaction((tx) => tx.run(cypher, parameters))).records;
  }

  private async withTransaction<T>(work: (tx: GuardedTransaction) => Promise<T>, metadata?: Record<string, unknown>): Promise<T> {
    const release = await this.turn();
    const { driver, database, limits } = this.shared;
    // READ sessions go to a cluster's secondaries. The driver's shared bookmark manager makes every
    // read of this process at least as new as the reads (and the graph version) it made before;
    // the client's own bookmarks make it at least as new as the client's writes, from any process.
    const session = driver.session({
      database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: driver.executeQueryBookmarkManager,
      ...(this.bookmarks.length > 0 ? { bookmarks: [...this.bookmarks] } : {}),
    });
    const config = { timeout: limits.transactionTimeoutMs, ...(metadata ? { metadata } : {}) };
    // Aborting closes the session, which resets its connection and stops the query on the server.
    const onAbort = () => void session.close().catch(() => {});
    this.signal.addEventListener("abort", onAbort, { once: true });
    try {
      const guarded: GuardedTransaction = {
        // Each statement is an auto-commit read transaction: one round trip (RUN and PULL), where
        // an explicit transaction needs another for COMMIT. A read is one statement (the
        // generated API and the saved queries both run one), so nothing is lost by it.
        run: async (query, parameters) => {
          if (Buffer.byteLength(query) > limits.maxCypherBytes) throw cypherTooLarge(query, limits.maxCypherBytes);
          const result = await session.run(query, parameters, config);
          this.records += result.records.length;
          return result;
        },
      };
      return await untilAborted(work(guarded), this.signal);
    } finally {
      this.signal.removeEventListener("abort", onAbort);
      await session.close().catch(() => {});
      release();
    }
  }

  /** A slot of the request's own bound, then one of the global bound, within one deadline. */
  private async turn(): Promise<() => void> {
    const { gate, limits } = this.shared;
    const deadline = Date.now() + limits.dbQueueTimeoutMs;
    try {
      const releaseOwn = await this.own.acquire(limits.dbQueueTimeoutMs, this.signal);
      try {
        const releaseGlobal = await gate.acquire(Math.max(0, deadline - Date.now()), this.signal, this);
        return () => {
          releaseGlobal();
          releaseOwn();
        };
      } catch (error) {
        releaseOwn();
        throw error;
      }
    } catch (error) {
      throw error instanceof QueueTimeoutError ? serverBusy() : stopped(error);
    }
  }
}

export function serverBusy(): GraphQLError {
  return new GraphQLError("The API is busy; try again shortly.", { extensions: { code: ErrorCode.ServerBusy } });
}

function stopped(reason: unknown): GraphQLError {
  if (reason instanceof GraphQLError) return reason;
  return new GraphQLError("The request was stopped before it finished.", { extensions: { code: ErrorCode.ServerBusy } });
}

function cypherTooLarge(query: string, max: number): GraphQLError {
  return new GraphQLError(
    `Query would send ${Buffer.byteLength(query)} bytes of Cypher to the database; the maximum is ${max}. Select fewer nested fields.`,
    { extensions: { code: ErrorCode.QueryTooComplex } },
  );
}

/** Settles with the promise, or rejects as soon as the signal aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(stopped(signal.reason));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(stopped(signal.reason));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
