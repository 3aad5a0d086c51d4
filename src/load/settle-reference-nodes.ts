import type { Driver } from "neo4j-driver";
import { loadStatement } from "./cypher-statement.js";

/**
 * Clears the unresolved mark (`resolved: false`) from nodes the reference graph describes.
 * Meant to run right after the reference graph is loaded; returns how many nodes it changed.
 */
export async function settleReferenceNodes(driver: Driver, database: string): Promise<number> {
  const result = await driver.executeQuery(loadStatement("settle-reference-nodes"), {}, { database });
  return (result.records[0]?.get("settled") as { toNumber(): number } | undefined)?.toNumber() ?? 0;
}
