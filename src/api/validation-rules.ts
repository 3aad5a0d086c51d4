import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { GraphQLError, type ValidationContext, type ValidationRule } from "graphql";
import type { ApiLimits } from "../config/config.js";
import { ErrorCode } from "./errors.js";

/**
 * The document-shape limits, checked before anything runs: GraphQL Armor's depth, alias and
 * directive rules (each walks a fragment once, however often it is spread, so they stay linear in
 * the document) with the project's error codes, and the read-only rule.
 */
export function validationRules(limits: Pick<ApiLimits, "maxDepth" | "maxAliases" | "maxDirectives">): ValidationRule[] {
  return [
    readOnlyRule,
    maxDepthRule({
      n: limits.maxDepth,
      // A fragment spread is not a level: `{ a { ...F } }` is as deep as `{ a { b } }` with F = `{ b }`.
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [report(ErrorCode.QueryTooDeep, (found) => `Query is ${found} levels deep; the maximum is ${limits.maxDepth}.`)],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [report(ErrorCode.TooManyAliases, (found) => `Query has ${found} aliases; the maximum is ${limits.maxAliases}.`)],
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [report(ErrorCode.TooManyDirectives, (found) => `Query has ${found} directives; the maximum is ${limits.maxDirectives}.`)],
    }),
  ];
}

/** The API only reads: a mutation or subscription is refused before anything runs. */
export function readOnlyRule(context: ValidationContext) {
  return {
    OperationDefinition(node: { operation: string }) {
      if (node.operation === "query") return;
      context.reportError(
        new GraphQLError(`The API is read-only: ${node.operation} operations are not accepted, only queries.`, {
          extensions: { code: ErrorCode.ReadOnly },
        }),
      );
    },
  };
}

/** Turns an Armor rejection ("... exceeded, found N.") into an error with our code and wording. */
function report(code: ErrorCode, message: (found: string) => string) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+(?:\.\d+)?)/.exec(error.message)?.[1] ?? "too many";
    context?.reportError(new GraphQLError(message(found), { extensions: { code } }));
  };
}
