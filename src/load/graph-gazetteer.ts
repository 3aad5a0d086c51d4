import type { Driver } from "neo4j-driver";
import { Gazetteer, type GazetteerEntry } from "../extract/gazetteer.js";
import { isNodeType } from "../model/node-types.js";
import { loadStatement } from "./cypher-statement.js";

/** The extractor's gazetteer: names, acronyms and aliases of everything the graph knows. */
export async function loadGazetteer(driver: Driver, database: string): Promise<Gazetteer> {
  const result = await driver.executeQuery(loadStatement("gazetteer"), {}, { database, routing: "READ" });
  const entries: GazetteerEntry[] = [];
  for (const record of result.records) {
    const type = record.get("type") as string | null;
    if (type === null || !isNodeType(type)) continue;
    const acronym = record.get("acronym") as string | null;
    const aliases = (record.get("aliases") as string[]).concat(acronym ? [acronym] : []);
    entries.push({ type, id: record.get("id") as string, name: record.get("name") as string, aliases: [...new Set(aliases)] });
  }
  return new Gazetteer(entries);
}
