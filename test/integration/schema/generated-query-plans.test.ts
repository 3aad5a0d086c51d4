import { graphql, Kind, parse, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "../../../src/api/build-schema.js";
import { createResolvers } from "../../../src/api/resolvers/index.js";
import { useTestGraph } from "../../support/neo4j.js";

interface Example {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly wholeLabelReads?: Readonly<Record<string, string>>;
}

// The IDE's examples are plain browser JavaScript; they are loaded as the page loads them.
const { EXAMPLES } = (await import("../../../src/api/static/js/graphql-examples.js" as string)) as { EXAMPLES: Example[] };

/** The Query fields the project resolves itself; every other one is @neo4j/graphql's. */
const CUSTOM_FIELDS = new Set(Object.keys(createResolvers(undefined as unknown as Driver, "neo4j").Query));

function topLevelFields(query: string): string[] {
  return parse(query)
    .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .flatMap((d) => d.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])));
}

const GENERATED = EXAMPLES.filter((e) => topLevelFields(e.query).every((field) => !CUSTOM_FIELDS.has(field)));

interface Sent {
  readonly query: string;
  readonly parameters: Record<string, unknown>;
}

interface PlanNode {
  readonly operatorType: string;
  readonly arguments: Record<string, unknown>;
  readonly children: PlanNode[];
}

interface LabelRead {
  readonly operator: string;
  readonly variable: string;
  /** Undefined for an AllNodesScan. */
  readonly label: string | undefined;
}

/** The whole-label reads of a plan: NodeByLabelScan (`this:LiaisonStatement`) and AllNodesScan. */
function labelReads(plan: PlanNode): LabelRead[] {
  const operator = plan.operatorType.replace(/@.*$/, "");
  const details = String(plan.arguments.Details ?? "");
  const own: LabelRead[] = [];
  if (operator === "NodeByLabelScan") {
    const match = /^`?(\w+)`?:`?(\w+)`?/.exec(details);
    if (match) own.push({ operator, variable: match[1]!, label: match[2]! });
  } else if (operator === "AllNodesScan") {
    own.push({ operator, variable: details.replace(/`/g, "").trim(), label: undefined });
  }
  return [...own, ...plan.children.flatMap(labelReads)];
}

/**
 * The properties of `variable` the query compares in a way an index can start from: equality,
 * IN, ranges, prefixes, existence. `coalesce(this.access, 'public') IN ...` (the access rules) is
 * not one: no index answers it.
 */
function sargableProperties(cypher: string, variable: string): Set<string> {
  const properties = new Set<string>();
  const plain = cypher.replace(/coalesce\([^()]*\)/g, "coalesce()");
  const comparison = new RegExp(`\\b${variable}\\.(\\w+)\\s*(?:=|<>|<=|>=|<|>|IN\\b|STARTS WITH|IS NOT NULL)`, "g");
  for (const match of plain.matchAll(comparison)) properties.add(match[1]!);
  const inline = new RegExp(`\\(${variable}:\\w+\\s*\\{([^}]*)\\}`, "g");
  for (const match of cypher.matchAll(inline)) for (const key of match[1]!.matchAll(/(\w+)\s*:/g)) properties.add(key[1]!);
  return properties;
}

/**
 * Every generated example of the GraphQL IDE, run through the schema the server runs (with its
 * access rules, as a public reader), with the Cypher @neo4j/graphql sends captured and profiled on
 * the test database: a plan that reads a whole label where the query filters that label on an
 * indexed property (an index start exists) fails, and so does any whole-label read the example
 * does not declare, with its reason, in `wholeLabelReads`.
 */
describe("the Cypher of the generated GraphQL examples", () => {
  const graph = useTestGraph();
  let schema: GraphQLSchema;
  let indexed: Map<string, Set<string>>;
  const sent: Sent[] = [];

  /** Driver-shaped, as src/api/database/request-database.ts hands @neo4j/graphql one: only session/executeRead/close are used. */
  const capturing = {
    session: () => {
      const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
      return {
        executeRead: <T>(work: (tx: { run: (q: string, p?: Record<string, unknown>) => unknown }) => Promise<T>, config?: { timeout?: number }) =>
          session.executeRead(
            (tx) =>
              work({
                run: (query: string, parameters: Record<string, unknown> = {}) => {
                  sent.push({ query, parameters });
                  return tx.run(query, parameters);
                },
              }),
            config,
          ),
        close: () => session.close(),
      };
    },
  };

  beforeAll(async () => {
    schema = await buildSchema(graph.driver, graph.database, { accessControl: true });
    const indexes = await graph.rows<{ labels: string[]; properties: string[] }>(
      `SHOW INDEXES YIELD entityType, type, labelsOrTypes, properties, state
       WHERE entityType = "NODE" AND type IN ["RANGE", "TEXT", "POINT"] AND state = "ONLINE"
       RETURN labelsOrTypes AS labels, properties`,
    );
    indexed = new Map();
    for (const { labels, properties } of indexes) {
      for (const label of labels) {
        const known = indexed.get(label) ?? new Set<string>();
        // A composite index starts only from its first property.
        known.add(properties[0]!);
        indexed.set(label, known);
      }
    }
  });

  it("covers the generated examples, the body-first ones and the count included", () => {
    const names = GENERATED.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "Statements a body sent, newest first, with their recipients",
        "Statements a body received, newest first, with purpose and sender",
        "One liaison statement with the sentences behind its relations",
        "A study group with its Questions and focus groups",
        "Counts",
      ]),
    );
    expect([...(indexed.get("LiaisonStatement") ?? [])]).toEqual(expect.arrayContaining(["id", "date", "access"]));
  });

  it.each(GENERATED.map((e) => [e.name, e] as const))("%s starts from an index", async (_name, example) => {
    sent.length = 0;
    const result = await graphql({
      schema,
      source: example.query,
      variableValues: example.variables,
      contextValue: { jwt: { roles: ["reader"], access: ["public"] }, sessionConfig: { database: graph.database }, executionContext: capturing },
    });
    expect(result.errors).toBeUndefined();
    expect(Object.keys(result.data ?? {}).sort()).toEqual(topLevelFields(example.query).sort());
    const queries = sent.filter((s) => !/^\s*(CYPHER \d+\s+)?CALL dbms\.components\(\)/.test(s.query));
    expect(queries.length, "the example sends Cypher").toBeGreaterThan(0);

    const problems: string[] = [];
    for (const { query, parameters } of queries) {
      const profiled = await graph.driver.executeQuery(`PROFILE ${query.replace(/^\s*CYPHER \d+\s+/, "")}`, parameters, {
        database: graph.database,
        routing: "READ",
      });
      const plan = profiled.summary.profile as unknown as PlanNode;
      for (const read of labelReads(plan)) {
        if (read.label === undefined) {
          problems.push(`${read.operator} of ${read.variable}: reads every node of the graph`);
          continue;
        }
        const startable = [...sargableProperties(query, read.variable)].filter((p) => indexed.get(read.label!)?.has(p));
        if (startable.length > 0) {
          problems.push(`${read.operator} of ${read.variable}:${read.label} although an index could start from ${startable.join(", ")}`);
        } else if (!example.wholeLabelReads?.[read.label]) {
          problems.push(`${read.operator} of ${read.variable}:${read.label} that the example does not declare in wholeLabelReads`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("flags the interface filter that scans every statement, so the check has teeth", async () => {
    sent.length = 0;
    const result = await graphql({
      schema,
      source: `{ liaisonStatements(where: { sentBy: { some: { id: { eq: "ITU-T SG17" } } } }, limit: 5) { id } }`,
      contextValue: { jwt: { roles: ["reader"], access: ["public"] }, sessionConfig: { database: graph.database }, executionContext: capturing },
    });
    expect(result.errors).toBeUndefined();
    const statementQuery = sent.find((s) => s.query.includes("LiaisonStatement"));
    if (!statementQuery) throw new Error("no Cypher reached the database");
    const { query, parameters } = statementQuery;
    const profiled = await graph.driver.executeQuery(`PROFILE ${query.replace(/^\s*CYPHER \d+\s+/, "")}`, parameters, { database: graph.database });
    const reads = labelReads(profiled.summary.profile as unknown as PlanNode);
    expect(reads.map((r) => `${r.operator} ${r.label}`)).toContain("NodeByLabelScan LiaisonStatement");
    expect(sargableProperties("MATCH (this:LiaisonStatement) WHERE this.id = $p AND coalesce(this.access, 'public') IN $a", "this")).toEqual(new Set(["id"]));
  });
});
