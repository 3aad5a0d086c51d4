import { GraphQLError } from "graphql";
import { afterAll, describe, expect, inject, it } from "vitest";
import { classifyDatabaseError, createErrorFormatter, ErrorCode } from "../../../src/api/errors.js";
import { createDriver } from "../../../src/neo4j/connection.js";

// Regression: a query Neo4j stopped at its transaction memory limit reached clients as a bare
// INTERNAL_SERVER_ERROR, though nothing was wrong with the server, only the question too big.
describe("a query the database stops for memory", () => {
  const driver = createDriver(inject("neo4jUri"), "neo4j", inject("neo4jPassword"));
  const database = inject("neo4jDatabase");
  afterAll(async () => {
    await driver.close();
  });

  it("reaches the client as QUERY_OUT_OF_MEMORY with a message saying what to do, details only in the log", async () => {
    // Far more than any test heap's transaction limit: refused while collecting, before the heap runs out.
    const refusal = await driver
      .executeQuery("UNWIND range(1, 20000000) AS x RETURN size(collect(range(x, x + 200))) AS n", {}, { database, routing: "READ" })
      .then(() => undefined, (error: unknown) => error);
    expect((refusal as { code?: string } | undefined)?.code).toMatch(/MemoryPoolOutOfMemoryError|TransactionMemoryLimit/);
    expect(classifyDatabaseError(refusal)?.code).toBe(ErrorCode.QueryOutOfMemory);

    const logged: string[] = [];
    const format = createErrorFormatter({ development: false, log: (line) => logged.push(line) });
    const thrown = new GraphQLError("wrapped", { originalError: refusal as Error, path: ["liaisonFlows"] });
    const formatted = format({ message: "wrapped", path: ["liaisonFlows"], extensions: { code: "INTERNAL_SERVER_ERROR" } }, thrown);
    expect(formatted.extensions?.code).toBe("QUERY_OUT_OF_MEMORY");
    expect(formatted.message).toMatch(/more memory than the database allows.*ask for less/);
    expect(formatted.extensions?.detail).toBeUndefined();
    expect(JSON.stringify(formatted)).not.toMatch(/dbms\.memory|MiB/);
    expect(logged.join("\n")).toMatch(/QUERY_OUT_OF_MEMORY.*(MemoryPoolOutOfMemoryError|memory)/s);
  });
});
