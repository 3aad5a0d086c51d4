import { readdirSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { QUERIES_DIR, savedQuery } from "../src/api/saved-query.js";

/** One statement a resolver sent, with the parameters it sent. */
export interface RecordedStatement {
  readonly text: string;
  readonly parameters: Record<string, unknown>;
  /** The saved query (cypher/queries/<name>.cypher) it is, or undefined for other Cypher. */
  readonly savedQuery: string | undefined;
}

/**
 * Hands the schema a driver that notes the statements the project's resolvers run while
 * recording is on. Run in-process (no request context), the resolvers read through the driver
 * they were built with (src/api/resolvers/read-graph.ts), so one in-process run of an operation
 * shows exactly which saved queries it runs with which parameters: the raw Cypher timing then
 * runs those, nothing re-derived by hand.
 */
export class StatementRecorder {
  private recording: RecordedStatement[] | undefined;
  private readonly savedByText = new Map<string, string>();

  constructor() {
    for (const file of readdirSync(QUERIES_DIR)) {
      if (file.endsWith(".cypher")) this.savedByText.set(savedQuery(file.slice(0, -".cypher".length)), file.slice(0, -".cypher".length));
    }
  }

  /** The driver with `executeQuery` observed; everything else passes straight through. */
  wrap(driver: Driver): Driver {
    return new Proxy(driver, {
      get: (target, property) => {
        const value: unknown = Reflect.get(target, property, target);
        if (property === "executeQuery") {
          const executeQuery = value as Driver["executeQuery"];
          return ((query: string, parameters?: Record<string, unknown>, config?: unknown) => {
            this.recording?.push({ text: query, parameters: parameters ?? {}, savedQuery: this.savedByText.get(query) });
            return (executeQuery as (...args: unknown[]) => unknown).call(target, query, parameters, config);
          }) as Driver["executeQuery"];
        }
        return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  /** The statements sent while `run` ran. */
  async record<T>(run: () => Promise<T>): Promise<{ result: T; statements: RecordedStatement[] }> {
    this.recording = [];
    try {
      const result = await run();
      return { result, statements: this.recording };
    } finally {
      this.recording = undefined;
    }
  }
}
