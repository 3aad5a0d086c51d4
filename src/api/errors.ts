import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";

/** Every error code the API sends to clients, in `extensions.code`. */
export enum ErrorCode {
  BadUserInput = "BAD_USER_INPUT",
  GraphqlParseFailed = "GRAPHQL_PARSE_FAILED",
  GraphqlValidationFailed = "GRAPHQL_VALIDATION_FAILED",
  QueryTooDeep = "QUERY_TOO_DEEP",
  DatabaseUnavailable = "DATABASE_UNAVAILABLE",
  QueryTimeout = "QUERY_TIMEOUT",
  InternalServerError = "INTERNAL_SERVER_ERROR",
}

/** Errors we raise on purpose; their messages are safe to show to clients. */
export function userInputError(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, ...(argument ? { argument } : {}) } });
}

const CLIENT_CODES = new Set<string>([
  ErrorCode.BadUserInput,
  ErrorCode.GraphqlParseFailed,
  ErrorCode.GraphqlValidationFailed,
  ErrorCode.QueryTooDeep,
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * Masks unexpected errors: clients get a code and a generic message, never a stack or a Cypher
 * text; the details go to the server log (and, in development, into the response).
 */
export function createErrorFormatter(options: { development: boolean; log: (line: string) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Apollo reports every validation failure as GRAPHQL_VALIDATION_FAILED; a query refused for
    // its depth keeps the code our rule gave it.
    const cause = error instanceof GraphQLError ? error.originalError : undefined;
    if (cause instanceof GraphQLError && cause.extensions.code === ErrorCode.QueryTooDeep) {
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.QueryTooDeep } };
    }
    const code = String(formatted.extensions?.code ?? "");
    if (CLIENT_CODES.has(code)) return formatted;
    const original = unwrapResolverError(error);
    const neo4jCode = (original as { code?: unknown } | undefined)?.code;
    const known = classifyDatabaseError(typeof neo4jCode === "string" ? neo4jCode : undefined, original);
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

function classifyDatabaseError(code: string | undefined, error: unknown): { code: ErrorCode; message: string } | undefined {
  const message = error instanceof Error ? error.message : "";
  if (code === "ServiceUnavailable" || code === "SessionExpired" || /ECONNREFUSED|Could not perform discovery|connection acquisition/i.test(message)) {
    return { code: ErrorCode.DatabaseUnavailable, message: "The graph database is not reachable; try again shortly." };
  }
  if (code?.includes("TransactionTimedOut") || code?.includes("Transaction.TransactionTimedOutClientConfiguration")) {
    return { code: ErrorCode.QueryTimeout, message: "The query took too long and was stopped; ask for less." };
  }
  return undefined;
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
