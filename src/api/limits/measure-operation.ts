import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isLeafType,
  isListType,
  isInputType,
  isInterfaceType,
  isObjectType,
  Kind,
  typeFromAST,
  valueFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { FIELD_WEIGHTS, FULLTEXT_WEIGHT } from "./field-weights.js";
import type { ListLimit } from "./list-limits.js";

export interface Measure {
  /** Estimated objects read: list sizes multiply down the tree; analytics fields weigh their FIELD_WEIGHTS. */
  readonly cost: number;
  /**
   * Branches of the Cypher @neo4j/graphql generates: a field counts once per concrete type it is
   * read for, so each level of relationships to an interface multiplies what is under it by the
   * number of implementing types. The generated text grows with this number.
   */
  readonly branches: number;
}

export interface ArgumentProblem {
  readonly argument: string;
  readonly message: string;
}

export interface MeasureInput {
  readonly schema: GraphQLSchema;
  readonly operation: OperationDefinitionNode;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly listLimits: ReadonlyMap<string, ListLimit>;
  readonly maxOffset: number;
}

/**
 * Cost and branches of one operation, and the first out-of-range list argument. Each fragment is
 * measured once and its result reused at every spread, so the walk is linear in the size of the
 * document however the fragments fan out (a chain of fragments that each spread the next twice is
 * measured in one pass and comes out with an astronomically high cost, as it should).
 */
export function measureOperation(input: MeasureInput): Measure & { readonly problem: ArgumentProblem | undefined } {
  const { schema, listLimits } = input;
  const variables = withDefaults(schema, input.operation, input.variables);
  const memo = new Map<string, Measure>();
  let problem: ArgumentProblem | undefined;

  const concreteCount = (type: GraphQLNamedType): number => (isAbstractType(type) ? Math.max(1, schema.getPossibleTypes(type).length) : 1);

  const intArgument = (node: FieldNode, field: GraphQLField<unknown, unknown>, name: string): number | undefined => {
    const definition = field.args.find((a) => a.name === name);
    const argument = node.arguments?.find((a) => a.name.value === name);
    if (!definition || !argument) return undefined;
    const value: unknown = valueFromAST(argument.value, definition.type, variables);
    return typeof value === "number" ? value : undefined;
  };

  /** The size of a generated list: its limit/first argument, or the type's default, clamped to its max. */
  const listSize = (node: FieldNode, field: GraphQLField<unknown, unknown>, limit: ListLimit): number => {
    const offset = intArgument(node, field, "offset");
    if (offset !== undefined && (offset < 0 || offset > input.maxOffset)) {
      problem ??= { argument: "offset", message: `offset must be an integer from 0 to ${input.maxOffset}` };
    }
    for (const name of ["limit", "first"]) {
      const asked = intArgument(node, field, name);
      if (asked === undefined) continue;
      if (asked < 0) problem ??= { argument: name, message: `${name} must be 0 or more` };
      return Math.min(Math.max(asked, 0), limit.max);
    }
    return limit.default;
  };

  const selectionSetMeasure = (selectionSet: SelectionSetNode, parent: GraphQLNamedType): Measure => {
    let cost = 0;
    let branches = 0;
    for (const selection of selectionSet.selections) {
      let part: Measure;
      if (selection.kind === Kind.FIELD) part = fieldMeasure(selection, parent);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        part = condition ? selectionSetMeasure(selection.selectionSet, condition) : ZERO;
      } else part = fragmentMeasure(selection.name.value);
      cost += part.cost;
      branches += part.branches;
    }
    return { cost, branches };
  };

  const fragmentMeasure = (name: string): Measure => {
    const known = memo.get(name);
    if (known) return known;
    // A cycle is refused by graphql-js's own rules; count it as nothing meanwhile.
    memo.set(name, ZERO);
    const fragment = input.fragments[name];
    const condition = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
    const measure = fragment && condition ? selectionSetMeasure(fragment.selectionSet, condition) : ZERO;
    memo.set(name, measure);
    return measure;
  };

  const fieldMeasure = (node: FieldNode, parent: GraphQLNamedType): Measure => {
    const name = node.name.value;
    // Introspection reads the schema, not the graph.
    if (name.startsWith("__") || parent.name.startsWith("__") || !isObjectOrInterface(parent)) return ZERO;
    const field = parent.getFields()[name];
    if (!field) return ZERO;
    const perBranch = concreteCount(parent);
    const returned = getNamedType(field.type);
    if (isLeafType(returned) || !node.selectionSet) return { cost: 0, branches: perBranch };
    const weight = parent === schema.getQueryType() ? FIELD_WEIGHTS[name] : undefined;
    const child = selectionSetMeasure(node.selectionSet, returned);
    const branches = perBranch * (1 + child.branches);
    if (weight !== undefined) return { cost: weight, branches };
    const nodeLimit = listLimits.get(returned.name);
    if (nodeLimit && isListType(getNullableType(field.type))) {
      return { cost: listSize(node, field, nodeLimit) * (1 + child.cost), branches };
    }
    const connectionNode = connectionNodeType(returned);
    const connectionLimit = connectionNode ? listLimits.get(connectionNode.name) : undefined;
    if (connectionLimit) {
      // One query per connection; its edges are counted here, so `edges` below adds no multiplier.
      const fulltext = parent === schema.getQueryType() && name.endsWith("ByText") ? FULLTEXT_WEIGHT : 0;
      return { cost: fulltext + 1 + listSize(node, field, connectionLimit) * child.cost, branches };
    }
    if (nodeLimit) return { cost: 1 + child.cost, branches };
    return { cost: child.cost, branches };
  };

  const operationType = input.operation.operation === "query" ? schema.getQueryType() : undefined;
  const measure = operationType ? selectionSetMeasure(input.operation.selectionSet, operationType) : ZERO;
  return { ...measure, problem };
}

const ZERO: Measure = { cost: 0, branches: 0 };

function isObjectOrInterface(type: GraphQLNamedType): type is GraphQLObjectType | GraphQLInterfaceType {
  return isObjectType(type) || isInterfaceType(type);
}

/** For a connection type (`...Connection { edges { node } }`), the type of its nodes. */
function connectionNodeType(type: GraphQLNamedType): GraphQLNamedType | undefined {
  if (!isObjectType(type) || !type.name.endsWith("Connection")) return undefined;
  const edges = type.getFields().edges;
  const edge = edges ? getNamedType(edges.type) : undefined;
  if (!edge || !isObjectType(edge)) return undefined;
  const node = edge.getFields().node;
  return node ? getNamedType(node.type) : undefined;
}

/** Variable values as sent, with the operation's declared defaults for those left out. */
function withDefaults(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (name in variables) values[name] = variables[name];
    else if (definition.defaultValue) {
      const type = typeFromAST(schema, definition.type);
      if (type && isInputType(type)) values[name] = valueFromAST(definition.defaultValue, type);
    }
  }
  return values;
}
