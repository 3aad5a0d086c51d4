import { readdirSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Driver, ManagedTransaction, Session } from "neo4j-driver";
import { PROJECT_ROOT } from "../src/config/config.js";
import { loadStatement } from "../src/load/cypher-statement.js";

/** Where an ingestion run's time went, as the writer saw it. */
export interface WriteProfile {
  /** The whole run, wall clock. */
  readonly totalMs: number;
  /** Inside write transactions: their statements, begin and commit. */
  readonly inTransactionsMs: number;
  /** Write transactions minus their statements: begin, commit (where Neo4j applies the changes and updates indexes), retries. */
  readonly commitAndOtherMs: number;
  /** Each statement run inside write transactions, by its cypher/load file name, slowest first. */
  readonly statements: readonly { readonly name: string; readonly ms: number }[];
  /** Reads outside transactions (the write hashes and source hashes looked up per batch). */
  readonly readsMs: number;
}

/**
 * Hands the ingestion pipeline a driver that notes, without changing anything, how long each write
 * transaction and each statement in it took: the profile that says where a first load's time goes.
 * The rest of the run (total minus transactions and reads) is the writer waiting for the workers
 * to read and extract the next batch.
 */
export class WriteTimer {
  private readonly names = new Map<string, string>();
  private readonly statementMs = new Map<string, number>();
  private transactionMs = 0;
  private readMs = 0;

  constructor() {
    const folder = path.join(PROJECT_ROOT, "cypher", "load");
    for (const file of readdirSync(folder)) {
      if (file.endsWith(".cypher")) this.names.set(loadStatement(file.slice(0, -".cypher".length)), file.slice(0, -".cypher".length));
    }
  }

  wrap(driver: Driver): Driver {
    return new Proxy(driver, {
      get: (target, property) => {
        const value: unknown = Reflect.get(target, property, target);
        if (property === "session") return (config: Parameters<Driver["session"]>[0]) => this.wrapSession(target.session(config));
        if (property === "executeQuery") {
          return async (...args: unknown[]) => {
            const started = performance.now();
            try {
              return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
            } finally {
              this.readMs += performance.now() - started;
            }
          };
        }
        return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  /** The profile of `run`, with the times noted while it ran. */
  async profile<T>(run: () => Promise<T>): Promise<{ value: T; profile: WriteProfile }> {
    this.statementMs.clear();
    this.transactionMs = 0;
    this.readMs = 0;
    const started = performance.now();
    const value = await run();
    const totalMs = performance.now() - started;
    const inStatements = [...this.statementMs.values()].reduce((sum, ms) => sum + ms, 0);
    return {
      value,
      profile: {
        totalMs,
        inTransactionsMs: this.transactionMs,
        commitAndOtherMs: Math.max(0, this.transactionMs - inStatements),
        statements: [...this.statementMs].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms),
        readsMs: this.readMs,
      },
    };
  }

  private wrapSession(session: Session): Session {
    const executeWrite = session.executeWrite.bind(session);
    const timed = async <T>(work: (tx: ManagedTransaction) => Promise<T>, config?: Parameters<Session["executeWrite"]>[1]): Promise<T> => {
      const started = performance.now();
      try {
        return await executeWrite((tx) => work(this.wrapTransaction(tx)), config);
      } finally {
        this.transactionMs += performance.now() - started;
      }
    };
    return new Proxy(session, {
      get: (target, property) => {
        if (property === "executeWrite") return timed;
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  private wrapTransaction(tx: ManagedTransaction): ManagedTransaction {
    return new Proxy(tx, {
      get: (target, property) => {
        const value: unknown = Reflect.get(target, property, target);
        if (property !== "run") return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        return async (query: string, parameters?: Record<string, unknown>) => {
          const started = performance.now();
          try {
            return await target.run(query, parameters);
          } finally {
            const name = this.names.get(query) ?? "other";
            this.statementMs.set(name, (this.statementMs.get(name) ?? 0) + performance.now() - started);
          }
        };
      },
    });
  }
}
