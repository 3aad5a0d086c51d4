import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, inject } from "vitest";
import { removeDocuments } from "../../src/load/remove-documents.js";
import { createDriver } from "../../src/neo4j/connection.js";

export interface TestGraph {
  readonly driver: Driver;
  readonly database: string;
  /** Runs a read query and returns plain objects (integers as numbers). */
  rows<T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
  /** Deletes the liaison statements with these ids and the nodes only they held (the loader's removal). */
  removeDocuments(ids: readonly string[]): Promise<void>;
}

/**
 * A driver to the run's shared test Neo4j (see test/global-setup.ts), closed after the file.
 * Tests isolate themselves by the ids they own: they remove their documents before and after.
 */
export function useTestGraph(): TestGraph {
  const password = inject("neo4jPassword");
  const driver = createDriver(inject("neo4jUri"), inject("neo4jUsername"), password || undefined);
  const database = inject("neo4jDatabase");
  afterAll(() => driver.close());
  return {
    driver,
    database,
    rows: async <T>(cypher: string, params: Record<string, unknown> = {}) => {
      const result = await driver.executeQuery(cypher, params, { database });
      return result.records.map((r) => toPlain(r.toObject()) as T);
    },
    removeDocuments: (ids) => removeDocuments(driver, database, ids),
  };
}

function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === "object" && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}
