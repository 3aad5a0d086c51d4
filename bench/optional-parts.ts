import { existsSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../src/config/config.js";

/**
 * Parts of the benchmark that live in modules of their own: the documented generated queries
 * with their hand-written Cypher, and the ingestion measurement. They are loaded when present and
 * checked for the expected shape; when absent, their goals are reported as not measured.
 */

/** A documented generated query and the file of the best hand-written Cypher for the same answer. */
export interface GeneratedQuery {
  readonly name: string;
  readonly graphql: string;
  readonly variables: Record<string, unknown>;
  /** The hand-written Cypher's path from the repository's root (bench/cypher/<name>.cypher). */
  readonly cypherFile: string;
}

export interface Throughput {
  readonly documents: number;
  readonly seconds: number;
  readonly docsPerSecond: number;
}

export interface IngestionMeasurement {
  readonly firstLoad: Throughput;
  readonly unchanged: Throughput;
  readonly rawUnwind: Throughput;
}

export type MeasureIngestion = (options: {
  driver: Driver;
  database: string;
  documents: number;
  log: (line: string) => void;
}) => Promise<IngestionMeasurement>;

export type Loaded<T> = { readonly value: T } | { readonly missing: string };

const BENCH_DIR = path.join(PROJECT_ROOT, "bench");

/** Imports bench/<name>.ts when it exists; the specifier is computed, so a missing module is no compile error. */
async function importBench(name: string): Promise<Loaded<Record<string, unknown>>> {
  const file = path.join(BENCH_DIR, `${name}.ts`);
  if (!existsSync(file)) return { missing: `bench/${name}.ts is not there yet` };
  const specifier = `./${name}.js`;
  return { value: (await import(specifier)) as Record<string, unknown> };
}

export async function loadGeneratedQueries(): Promise<Loaded<GeneratedQuery[]>> {
  const module = await importBench("generated-queries");
  if ("missing" in module) return module;
  const list = module.value.GENERATED_QUERIES;
  if (!Array.isArray(list)) return { missing: "bench/generated-queries.ts exports no GENERATED_QUERIES list" };
  const queries: GeneratedQuery[] = [];
  for (const [index, item] of list.entries()) {
    const query = item as Partial<GeneratedQuery>;
    if (typeof query.name !== "string" || typeof query.graphql !== "string" || typeof query.cypherFile !== "string") {
      return { missing: `GENERATED_QUERIES[${index}] lacks a name, graphql or cypherFile string` };
    }
    const variables = query.variables ?? {};
    if (typeof variables !== "object" || variables === null || Array.isArray(variables)) {
      return { missing: `GENERATED_QUERIES[${index}] (${query.name}): variables is not an object` };
    }
    queries.push({ name: query.name, graphql: query.graphql, variables, cypherFile: handCypherPath(query.cypherFile) });
  }
  return { value: queries };
}

export async function loadMeasureIngestion(): Promise<Loaded<MeasureIngestion>> {
  const module = await importBench("ingestion");
  if ("missing" in module) return module;
  const measure = module.value.measureIngestion;
  return typeof measure === "function" ? { value: measure as MeasureIngestion } : { missing: "bench/ingestion.ts exports no measureIngestion" };
}

/** The documented lookup-by-id query, which the HTTP overhead goal is about. */
export function isLookup(query: { name: string; cypherFile?: string }): boolean {
  return /look-?up/i.test(query.name) || /look-?up/i.test(query.cypherFile ?? "");
}

/** A bare name ("lookup-by-id") is a file of bench/cypher; a path is from the repository's root. */
export function handCypherPath(file: string): string {
  const withExtension = file.endsWith(".cypher") ? file : `${file}.cypher`;
  return withExtension.includes("/") ? withExtension : `bench/cypher/${withExtension}`;
}
