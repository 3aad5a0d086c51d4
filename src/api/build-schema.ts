import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../config/config.js";
import { createResolvers } from "./resolvers/index.js";
import { savedQuery } from "./saved-query.js";

export const SCHEMA_DIR = path.join(PROJECT_ROOT, "schema");
/** The access rules of schema/access/, added for the HTTP server. */
export const ACCESS_SCHEMA_DIR = path.join(SCHEMA_DIR, "access");

/** The SDL of schema/, in file name order. */
export function readTypeDefs(folder = SCHEMA_DIR): string {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((name) => readFileSync(path.join(folder, name), "utf8"))
    .join("\n");
}

export interface SchemaOptions {
  /**
   * Adds the access rules (schema/access/): every read of a document is filtered by the levels in
   * the request's trusted JWT. The HTTP server always builds with them; a schema run in-process
   * (scripts, tests) without them reads everything, as its caller already has the database.
   */
  readonly accessControl?: boolean;
}

/** The executable schema: @neo4j/graphql's generated API plus the project's own resolvers. */
export async function buildSchema(driver: Driver, database: string, options: SchemaOptions = {}): Promise<GraphQLSchema> {
  const accessControl = options.accessControl ?? false;
  const sdl = accessControl ? `${readTypeDefs()}\n${readTypeDefs(ACCESS_SCHEMA_DIR)}` : readTypeDefs();
  const typeDefs = withSavedQueries(sdl, accessControl);
  const neoSchema = new Neo4jGraphQL({
    typeDefs,
    driver,
    resolvers: createResolvers(driver, database),
  });
  return neoSchema.getSchema();
}

/** `@cypher(statement: "saved-query <name>", ...)`: a field whose Cypher is the saved query `cypher/queries/<name>.cypher`. */
const SAVED_QUERY_FIELD = /@cypher\(\s*statement:\s*"saved-query ([a-z0-9-]+)"/g;

/**
 * Puts the saved queries' text into the @cypher fields that name them, so a field runs the very
 * file analysts open in Neo4j Browser. The saved queries read the reader's levels from `$access`;
 * inside the generated API those are the trusted JWT's (none when it has none, as the
 * @authorization rules read it), and the in-process schema without access rules reads every level.
 */
export function withSavedQueries(typeDefs: string, accessControl: boolean): string {
  const access = accessControl ? "coalesce($jwt.access, [])" : "null";
  return typeDefs.replace(SAVED_QUERY_FIELD, (_match, name: string) => {
    const statement = savedQuery(name).replace(/\$access\b/g, access);
    return `@cypher(statement: ${JSON.stringify(statement)}`;
  });
}
