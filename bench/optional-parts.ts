/**
 * How the benchmark names the parts that live in modules of their own: the documented generated
 * queries with their hand-written Cypher (generated-queries.ts) and the ingestion measurement
 * (ingestion.ts).
 */
export type { IngestionMeasurement } from "./ingestion.js";

/** The documented lookup-by-id query, which the HTTP overhead goal is about. */
export function isLookup(query: { name: string; cypherFile?: string }): boolean {
  return /look-?up/i.test(query.name) || /look-?up/i.test(query.cypherFile ?? "");
}

/** A bare name ("lookup-by-id") is a file of bench/cypher; a path is from the repository's root. */
export function handCypherPath(file: string): string {
  const withExtension = file.endsWith(".cypher") ? file : `${file}.cypher`;
  return withExtension.includes("/") ? withExtension : `bench/cypher/${withExtension}`;
}
