/** Shared by the analytics API tests: the real executable schema over the run's test Neo4j. */
import { graphql, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll } from "vitest";
import { buildSchema } from "../../../src/api/build-schema.js";
import type { GraphWrite } from "../../../src/load/graph-write.js";
import { writeExtraction } from "../../../src/load/write-extraction.js";
import { FOUNDING_DOCUMENT, FOUNDING_DOCUMENT_ID, ingestFile } from "../../support/ingest.js";
import { useTestGraph, type TestGraph } from "../../support/neo4j.js";

export const LS = FOUNDING_DOCUMENT_ID;
export const PROPOSAL_SENTENCE =
  "ITU-T SG 17 proposes that TSAG consider the creation of a Focus Group on Blockchain under the auspices of TSAG.";

export interface ApiError {
  readonly message: string;
  readonly code: unknown;
  readonly argument: unknown;
}

export interface AnalyticsApi {
  readonly graph: TestGraph;
  /** Runs an operation and returns its data; any error fails the test with its message. */
  query<T>(source: string, variables?: Record<string, unknown>): Promise<T>;
  /** Runs an operation expected to fail and returns its errors. */
  errors(source: string, variables?: Record<string, unknown>): Promise<ApiError[]>;
}

/**
 * The schema the server runs (SDL + @neo4j/graphql + the project's resolvers), executed the way
 * Apollo executes it. With `founding`, the founding document is in the graph for the whole file.
 */
export function useAnalyticsApi(options: { founding?: boolean; documents?: readonly GraphWrite[] } = {}): AnalyticsApi {
  const graph = useTestGraph();
  let schema: GraphQLSchema | undefined;
  const owned = [...(options.founding ? [LS] : []), ...(options.documents ?? []).map((d) => d.documentId)];

  beforeAll(async () => {
    await graph.removeDocuments(owned);
    if (options.founding) await ingestFile(graph.driver, graph.database, FOUNDING_DOCUMENT);
    for (const write of options.documents ?? []) await writeExtraction(graph.driver, graph.database, write);
    schema = await buildSchema(graph.driver, graph.database);
  });
  afterAll(() => graph.removeDocuments(owned));

  const execute = async (source: string, variables?: Record<string, unknown>) => {
    if (!schema) throw new Error("the schema is built in beforeAll");
    return graphql({ schema, source, variableValues: variables, contextValue: { sessionConfig: { database: graph.database } } });
  };
  return {
    graph,
    query: async <T>(source: string, variables?: Record<string, unknown>) => {
      const result = await execute(source, variables);
      if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join("; "));
      return result.data as T;
    },
    errors: async (source, variables) => {
      const result = await execute(source, variables);
      return (result.errors ?? []).map((e) => ({ message: e.message, code: e.extensions.code, argument: e.extensions.argument }));
    },
  };
}

interface TestDocument {
  readonly id: string;
  readonly date: string;
  readonly studyPeriod: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly copiedTo?: readonly string[];
  readonly mentions?: readonly string[];
}

/** A dated liaison statement written straight through the loader, for flows and time series. */
export function testDocument(doc: TestDocument): GraphWrite {
  const sentence = `${doc.from} informs ${doc.to.join(" and ")} (${doc.id}).`;
  const relation = (type: string, to: string, properties: Record<string, string> = {}) => ({
    type, from: doc.id, to, evidence: sentence, properties,
  });
  return {
    documentId: doc.id,
    writeHash: `test-${doc.id}`,
    document: { id: doc.id, name: doc.id, title: doc.id, date: doc.date, studyPeriod: doc.studyPeriod, purpose: "INFORMATION" },
    entities: [],
    relations: [
      relation("SENT_BY", doc.from),
      ...doc.to.map((to) => relation("SENT_TO", to, { purpose: "INFORMATION" })),
      ...(doc.copiedTo ?? []).map((to) => relation("COPIED_TO", to)),
      ...(doc.mentions ?? []).map((topic) => relation("MENTIONS", topic)),
    ],
  };
}

/** Ids of a list of `{id}` objects, for compact assertions. */
export const ids = (refs: readonly { id: string }[]): string[] => refs.map((r) => r.id);

export const REF = "{ type id name }";
export const EVIDENCE = `{ body topic via ${REF} relation document sentence source }`;
export const RELATION = "{ type from to document evidence source date clause }";
