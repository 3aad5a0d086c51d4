import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { Kind, type FragmentDefinitionNode } from "graphql";
import type { ApiLimits } from "../../config/config.js";
import { ErrorCode, refusedError } from "../errors.js";
import type { ListLimit } from "./list-limits.js";
import { measureOperation } from "./measure-operation.js";

/**
 * Refuses, before anything runs, an operation whose list arguments are out of range
 * (BAD_USER_INPUT: never passed on to Neo4j), or whose estimated cost or Cypher branches are over
 * the limits (QUERY_TOO_COMPLEX). It runs once the operation is known, so variables count.
 */
export function limitsPlugin(options: {
  readonly limits: Pick<ApiLimits, "maxCost" | "maxBranches" | "maxOffset">;
  readonly listLimits: ReadonlyMap<string, ListLimit>;
}): ApolloServerPlugin<BaseContext> {
  const { limits } = options;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const measure = measureOperation({
            schema,
            operation,
            fragments,
            variables: request.variables ?? {},
            listLimits: options.listLimits,
            maxOffset: limits.maxOffset,
          });
          if (measure.problem) {
            throw refusedError(ErrorCode.BadUserInput, measure.problem.message, { argument: measure.problem.argument });
          }
          if (measure.cost > limits.maxCost) {
            throw refusedError(
              ErrorCode.QueryTooComplex,
              `Query would read about ${round(measure.cost)} objects; the maximum is ${limits.maxCost}. Ask for smaller lists (limit, first) or fewer nested lists.`,
              { cost: round(measure.cost), maxCost: limits.maxCost },
            );
          }
          if (measure.branches > limits.maxBranches) {
            throw refusedError(
              ErrorCode.QueryTooComplex,
              `Query would expand to ${round(measure.branches)} database query branches; the maximum is ${limits.maxBranches}. ` +
                "Fields under a relationship to an interface count once per implementing type: select fewer of them, or use inline fragments on the types you need.",
              { branches: round(measure.branches), maxBranches: limits.maxBranches },
            );
          }
        },
      };
    },
  };
}

/** A readable number even for the astronomically large ones a fragment fan-out produces. */
function round(value: number): number | string {
  return value < 1e15 ? Math.round(value) : value.toExponential(2);
}
