import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";

/** Every error code the API sends to clients, in `extensions.code`. */
export enum ErrorCode {
  BadUserInput = "BAD_USER_INPUT",
  BadRequest = "BAD_REQUEST",
  GraphqlParseFailed = "GRAPHQL_PARSE_FAILED",
  GraphqlValidationFailed = "GRAPHQL_VALIDATION_FAILED",
  ReadOnly = "READ_ONLY",
  QueryTooDeep = "QUERY_TOO_DEEP",
  QueryTooLarge = "QUERY_TOO_LARGE",
  TooManyAliases = "TOO_MANY_ALIASES",
  TooManyDirectives = "TOO_MANY_DIRECTIVES",
  QueryTooComplex = "QUERY_TOO_COMPLEX",
  Unauthenticated = "UNAUTHENTICATED",
  ServerBusy = "SERVER_BUSY",
  DatabaseUnavailable = "DATABASE_UNAVAILABLE",
  QueryTimeout = "QUERY_TIMEOUT",
  QueryOutOfMemory = "QUERY_OUT_OF_MEMORY",
  InternalServerError = "INTERNAL_SERVER_ERROR",
}

/** Errors we raise on purpose; their messages are safe to show to clients. */
export function userInputError(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, ...(argument ? { argument } : {}) } });
}

/** A request refused before it runs: HTTP 400 with the code. */
export function refusedError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

/** The codes a client may see with their own message: anything else is masked. */
const CLIENT_CODES = new Set<string>([
  ErrorCode.BadUserInput,
  ErrorCode.BadRequest,
  ErrorCode.GraphqlParseFailed,
  ErrorCode.GraphqlValidationFailed,
  ErrorCode.ReadOnly,
  ErrorCode.QueryTooDeep,
  ErrorCode.QueryTooLarge,
  ErrorCode.TooManyAliases,
  ErrorCode.TooManyDirectives,
  ErrorCode.QueryTooComplex,
  ErrorCode.Unauthenticated,
  ErrorCode.ServerBusy,
  ErrorCode.DatabaseUnavailable,
  ErrorCode.QueryTimeout,
  ErrorCode.QueryOutOfMemory,
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** Codes our validation rules give; Apollo reports every validation failure as GRAPHQL_VALIDATION_FAILED. */
const RULE_CODES = new Set<string>([ErrorCode.ReadOnly, ErrorCode.QueryTooDeep, ErrorCode.TooManyAliases, ErrorCode.TooManyDirectives]);

/**
 * Masks unexpected errors: clients get a code and a generic message, never a stack or a Cypher
 * text; the details go to the server log (and, in development, into the response).
 */
export function createErrorFormatter(options: { development: boolean; log: (line: string) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const cause = error instanceof GraphQLError ? error.originalError : undefined;
    const ruleCode = cause instanceof GraphQLError ? String(cause.extensions.code ?? "") : "";
    if (RULE_CODES.has(ruleCode)) return { ...formatted, extensions: { ...formatted.extensions, code: ruleCode } };
    const code = String(formatted.extensions?.code ?? "");
    // graphql-js stops parsing at the token limit with a syntax error ("Document contains more
    // that N tokens"); say what happened.
    if (code === ErrorCode.GraphqlParseFailed && /Document contains more th\w+ \d+ tokens/.test(formatted.message)) {
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.QueryTooLarge } };
    }
    if (CLIENT_CODES.has(code)) return formatted;
    const original = unwrapResolverError(error);
    const known = classifyDatabaseError(original);
    options.log(`GraphQL error (${known?.code ?? ErrorCode.InternalServerError}): ${describe(original)}`);
    const details = options.development ? { detail: describe(original) } : {};
    if (known) return { message: known.message, path: formatted.path, extensions: { code: known.code, ...details } };
    return {
      message: "Internal server error",
      path: formatted.path,
      extensions: { code: ErrorCode.InternalServerError, ...details },
    };
  };
}

/** Driver errors clients can act on: the database is away, or the query ran too long or needed too much memory. */
export function classifyDatabaseError(error: unknown): { code: ErrorCode; message: string } | undefined {
  const neo4jCode = (error as { code?: unknown } | undefined)?.code;
  const code = typeof neo4jCode === "string" ? neo4jCode : undefined;
  const message = error instanceof Error ? error.message : "";
  if (code === "ServiceUnavailable" || code === "SessionExpired" || /ECONNREFUSED|Could not perform discovery|connection acquisition/i.test(message)) {
    return { code: ErrorCode.DatabaseUnavailable, message: "The graph database is not reachable; try again shortly." };
  }
  if (code?.includes("TransactionTimedOut")) {
    return { code: ErrorCode.QueryTimeout, message: "The query took too long and was stopped; ask for less." };
  }
  // Neo4j stops a transaction that would pass its memory limits (dbms.memory.transaction.total.max,
  // db.memory.transaction.max: MemoryPoolOutOfMemoryError, TransactionMemoryLimit), or that ran its
  // heap out (OutOfMemoryError), and goes on serving: the server is fine, the question too big.
  if (code?.includes("OutOfMemoryError") || code?.includes("TransactionMemoryLimit")) {
    return {
      code: ErrorCode.QueryOutOfMemory,
      message: "The query needed more memory than the database allows and was stopped; ask for less (a narrower range, a smaller limit).",
    };
  }
  return undefined;
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
