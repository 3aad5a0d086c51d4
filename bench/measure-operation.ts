import { readFileSync } from "node:fs";
import path from "node:path";
import { graphql, type ExecutionResult, type GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { ANONYMOUS } from "../src/api/auth/access.js";
import { toCypherParams, toPlain, type AnalyticParams } from "../src/api/resolvers/analytics/run-analytic.js";
import { PROJECT_ROOT } from "../src/config/config.js";
import { readGraphqlAnswer, type GraphqlHttpClient } from "./http-client.js";
import { canonicalJson } from "./canonical-json.js";
import { timeInterleaved, type Trial, type Way, type WayTiming } from "./interleave.js";
import { profileStatements, type DatabaseProfile } from "./profile-statements.js";
import type { StatementRecorder } from "./statement-recorder.js";

export interface BenchOperation {
  readonly name: string;
  readonly kind: "analytics" | "generated";
  readonly graphql: string;
  readonly variables?: Record<string, unknown>;
  /** Generated queries: the hand-written Cypher's path from the repository's root. Analytics: none (the saved queries their resolver runs). */
  readonly cypherFile?: string;
}

export interface Harness {
  /** The real driver, for raw Cypher. */
  readonly driver: Driver;
  readonly database: string;
  /** The executable schema, built as the API builds it (access rules on) over the recording driver. */
  readonly schema: GraphQLSchema;
  readonly recorder: StatementRecorder;
  readonly client: GraphqlHttpClient;
}

export interface OperationMeasurement {
  readonly name: string;
  readonly kind: BenchOperation["kind"];
  /** What the raw timing runs: saved query names, or the hand-written file. */
  readonly cypher: readonly string[];
  readonly ways: Readonly<Record<Way, WayTiming>>;
  /** The raw Cypher's PROFILE, once, after the timings: where the database's part of the time goes. */
  readonly profile?: DatabaseProfile;
  readonly notes: readonly string[];
}

/** Every way reads as an anonymous reader does over HTTP: public documents only. */
function anonymousContext(database: string) {
  return {
    jwt: { roles: [...ANONYMOUS.roles], access: [...ANONYMOUS.access] },
    access: [...ANONYMOUS.access],
    sessionConfig: { database },
  };
}

function firstError(result: ExecutionResult): Error | undefined {
  return result.errors?.length ? new Error(result.errors[0]!.message) : undefined;
}

/**
 * Times one operation four ways, interleaved: over HTTP with `Cache-Control: no-cache` (the API
 * computes the answer), over HTTP without it (the API may answer from its cache), in-process
 * through graphql() on the schema, and as raw Cypher in read transactions on the driver. Analytics
 * run, raw, the very saved queries and parameters their resolver sent on an in-process run.
 */
export async function measureOperation(operation: BenchOperation, harness: Harness, runs: number, warmup: number): Promise<OperationMeasurement> {
  const { driver, database, schema, recorder, client } = harness;
  const notes: string[] = [];
  const inProcess = async () => {
    const result = await graphql({ schema, source: operation.graphql, variableValues: operation.variables, contextValue: anonymousContext(database) });
    const error = firstError(result);
    if (error) throw error;
    return result;
  };

  let statements: { text: string; parameters: Record<string, unknown>; label: string }[] = [];
  let inProcessData: unknown;
  let recordError: string | undefined;
  try {
    const recorded = await recorder.record(inProcess);
    inProcessData = recorded.result.data;
    if (operation.kind === "analytics") {
      statements = recorded.statements.map((s) => ({ text: s.text, parameters: s.parameters, label: s.savedQuery ?? "unsaved Cypher" }));
    }
  } catch (error) {
    recordError = error instanceof Error ? error.message : String(error);
  }
  if (operation.kind === "generated" && operation.cypherFile !== undefined) {
    // The hand-written Cypher takes the query's variables and the reader's levels.
    const parameters = { ...toCypherParams((operation.variables ?? {}) as AnalyticParams), access: [...ANONYMOUS.access] };
    try {
      statements = [{ text: readFileSync(path.join(PROJECT_ROOT, operation.cypherFile), "utf8"), parameters, label: operation.cypherFile }];
    } catch (error) {
      recordError = `cannot read ${operation.cypherFile}: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  const raw = async () => {
    if (statements.length === 0) throw new Error(recordError ?? "the in-process run sent no Cypher through the driver to replay");
    for (const statement of statements) {
      await driver.executeQuery(statement.text, statement.parameters, { database, routing: "READ" });
    }
    return {};
  };
  const overHttp = (fresh: boolean) => async () => {
    const answer = await client.post(operation.graphql, operation.variables, fresh);
    readGraphqlAnswer(answer);
    return { ms: answer.ms, cache: answer.cache ?? "none" };
  };

  // The same answer both ways, or the comparison would not be of the same work.
  try {
    const data = readGraphqlAnswer(await client.post(operation.graphql, operation.variables, true));
    if (inProcessData !== undefined && JSON.stringify(data) !== JSON.stringify(inProcessData)) {
      notes.push("the HTTP answer differs from the in-process one");
    }
  } catch {
    // The HTTP trial reports its own failure.
  }

  // The hand-written Cypher answers the query's `data` in its `data` column: the same answer, or the ratio means little.
  if (operation.kind === "generated" && statements.length === 1 && inProcessData !== undefined) {
    try {
      const { records } = await driver.executeQuery(statements[0]!.text, statements[0]!.parameters, { database, routing: "READ" });
      const handData = records[0]?.has("data") ? toPlain(records[0].get("data")) : undefined;
      const same = (a: unknown, b: unknown) => canonicalJson(a, { ignoreListOrder: true }) === canonicalJson(b, { ignoreListOrder: true });
      if (handData !== undefined && !same(handData, inProcessData)) {
        notes.push(`${statements[0]!.label} answers other values than the GraphQL query (compared ignoring list order)`);
      }
    } catch {
      // The raw trial reports its own failure.
    }
  }

  const trials: Trial[] = [
    { way: "http", run: overHttp(true) },
    { way: "inProcess", run: async () => (await inProcess(), {}) },
    { way: "raw", run: raw },
    { way: "cached", run: overHttp(false) },
  ];
  const timed = await timeInterleaved(trials, runs, warmup);
  const ways = Object.fromEntries(trials.map((t) => [t.way, timed.get(t.way)!])) as Record<Way, WayTiming>;
  if ((ways.http.cache.HIT ?? 0) > 0) notes.push(`${ways.http.cache.HIT} requests sent with no-cache were answered from the cache`);
  const profile = await profileStatements(driver, database, statements);
  return { name: operation.name, kind: operation.kind, cypher: statements.map((s) => s.label), ways, ...(profile ? { profile } : {}), notes };
}
