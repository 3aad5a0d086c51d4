import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../config/config.js";
import { createResolvers } from "./resolvers/index.js";

export const SCHEMA_DIR = path.join(PROJECT_ROOT, "schema");

/** The SDL of schema/, in file name order. */
export function readTypeDefs(folder = SCHEMA_DIR): string {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((name) => readFileSync(path.join(folder, name), "utf8"))
    .join("\n");
}

/** The executable schema: @neo4j/graphql's generated API plus the project's own resolvers. */
export async function buildSchema(driver: Driver, database: string): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: readTypeDefs(),
    driver,
    resolvers: createResolvers(driver, database),
  });
  return neoSchema.getSchema();
}
