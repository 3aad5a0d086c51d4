import { Kind, parse, type ConstDirectiveNode } from "graphql";

export interface ListLimit {
  /** Items returned when a query gives no `limit`/`first`. */
  readonly default: number;
  /** The most @neo4j/graphql returns whatever a query asks for. */
  readonly max: number;
}

/**
 * The `@limit(default, max)` of every node type and interface in the SDL. @neo4j/graphql clamps
 * list sizes with them; the cost model multiplies by the same numbers, so both read one source.
 */
export function readListLimits(typeDefs: string): Map<string, ListLimit> {
  const limits = new Map<string, ListLimit>();
  for (const definition of parse(typeDefs).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const directive = definition.directives?.find((d) => d.name.value === "limit");
    if (!directive) continue;
    const max = intArgument(directive, "max");
    const fallback = intArgument(directive, "default") ?? max;
    if (fallback === undefined) continue;
    limits.set(definition.name.value, { default: fallback, max: max ?? Number.POSITIVE_INFINITY });
  }
  return limits;
}

function intArgument(directive: ConstDirectiveNode, name: string): number | undefined {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  return value?.kind === Kind.INT ? Number(value.value) : undefined;
}
