/** Shared by the ingestion tests: paths, graph totals, and the ids a run leaves behind. */
import path from "node:path";
import { ingestFiles, type IngestOptions, type IngestRun } from "../../../src/cli/ingest-run.js";
import type { TestGraph } from "../../support/neo4j.js";

export const repoRoot = path.resolve(import.meta.dirname, "../../..");

export function fixture(...parts: string[]): string {
  return path.join(repoRoot, "test/fixtures/documents", ...parts);
}

export const foundingDocument = path.resolve(repoRoot, "test/fixtures/documents/founding/sg17-ls14-notification.txt");

export interface GraphTotals {
  readonly nodes: number;
  readonly relationships: number;
}

export async function graphTotals(graph: TestGraph): Promise<GraphTotals> {
  const [row] = await graph.rows<GraphTotals>(
    // Summary nodes (the analytics' loader-kept counts) are bookkeeping, not what documents say.
    "CALL () { MATCH (n) WHERE NOT n:Summary RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
  );
  if (!row) throw new Error("no totals");
  return row;
}

export function ingest(graph: TestGraph, files: readonly string[], options: Partial<IngestOptions> = {}): Promise<IngestRun> {
  return ingestFiles(files, { driver: graph.driver, database: graph.database, ...options });
}

/**
 * The documents of a run plus the liaison statements they only refer to: the loader creates
 * those as nodes of their own, which removing the documents takes away as orphans unless
 * something else (an earlier test's leftovers included) still links to them.
 */
export function ownedIds(run: IngestRun): string[] {
  const ids = run.documents.flatMap((d) => [
    d.extraction.document.id,
    ...d.extraction.entities.filter((e) => e.type === "LiaisonStatement").map((e) => e.id),
  ]);
  return [...new Set(ids)];
}

/** Ids of these files' documents, found without writing anything. */
export async function documentIds(graph: TestGraph, files: readonly string[]): Promise<string[]> {
  return ownedIds(await ingest(graph, files, { dryRun: true }));
}
