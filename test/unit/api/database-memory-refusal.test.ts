import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { classifyDatabaseError, createErrorFormatter, ErrorCode } from "../../../src/api/errors.js";

// Regression: a query Neo4j stopped for memory reached clients as a bare INTERNAL_SERVER_ERROR,
// though nothing was wrong with the server, only the question too big. The errors are the driver's
// own, with the codes and the message Neo4j 5 sends (a real refusal needs a query that can also run
// a shared test database's heap out, so none is run here).
const REFUSALS = [
  ["Neo.TransientError.General.MemoryPoolOutOfMemoryError", "The allocation of an extra 2.0 MiB would use more than the limit 1.4 GiB. Currently using 1.4 GiB. dbms.memory.transaction.total.max threshold reached"],
  ["Neo.TransientError.General.TransactionMemoryLimit", "The allocation of an extra 8.0 MiB would use more than the limit 100.0 MiB. db.memory.transaction.max threshold reached"],
  ["Neo.TransientError.General.OutOfMemoryError", "There is not enough memory to perform the current task."],
] as const;

/** The error as the driver raises it (the GQL status Neo4j 5.26 sent with the first refusal above). */
const driverError = (message: string, code: string) => new Neo4jError(message, code, "50N42", "error: general processing exception - unexpected error");

describe("a query the database stops for memory", () => {
  it.each(REFUSALS)("%s reaches the client as QUERY_OUT_OF_MEMORY, saying what to do, details only in the log", (code, message) => {
    const refusal = driverError(message, code);
    expect(classifyDatabaseError(refusal)?.code).toBe(ErrorCode.QueryOutOfMemory);

    const logged: string[] = [];
    const format = createErrorFormatter({ development: false, log: (line) => logged.push(line) });
    const thrown = new GraphQLError("wrapped", { originalError: refusal, path: ["liaisonFlows"] });
    const formatted = format({ message: "wrapped", path: ["liaisonFlows"], extensions: { code: "INTERNAL_SERVER_ERROR" } }, thrown);
    expect(formatted.extensions?.code).toBe("QUERY_OUT_OF_MEMORY");
    expect(formatted.message).toMatch(/more memory than the database allows.*ask for less/);
    expect(formatted.path).toEqual(["liaisonFlows"]);
    expect(formatted.extensions?.detail).toBeUndefined();
    expect(JSON.stringify(formatted)).not.toMatch(/MiB|dbms\.memory|not enough memory/);
    expect(logged.join("\n")).toContain(`QUERY_OUT_OF_MEMORY): Neo4jError: ${message}`);
  });

  it("leaves other transient errors masked as internal", () => {
    const deadlock = driverError("ForsetiClient can't acquire ExclusiveLock", "Neo.TransientError.Transaction.DeadlockDetected");
    expect(classifyDatabaseError(deadlock)).toBeUndefined();
    const format = createErrorFormatter({ development: false, log: () => undefined });
    const formatted = format({ message: "wrapped", extensions: { code: "INTERNAL_SERVER_ERROR" } }, new GraphQLError("wrapped", { originalError: deadlock }));
    expect(formatted).toMatchObject({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });
});
