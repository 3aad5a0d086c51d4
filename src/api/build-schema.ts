import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../config/config.js";
import { createResolvers } from "./resolvers/index.js";
import { savedQuery } from "./saved-query.js";
import { askOnlyGuardedAttributes } from "./unguarded-attributes.js";
import { printPlansOnlyWhenLogged } from "./unlogged-plan-printing.js";

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
  reuseInterfaceAdapters();
  printPlansOnlyWhenLogged();
  askOnlyGuardedAttributes();
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

interface SchemaEntity {
  readonly compositeEntities: readonly unknown[];
}

type EntityInterfaces = (entity: SchemaEntity) => unknown[];

/**
 * @neo4j/graphql 7 (`getEntityInterfaces`, run for every connection field of every request)
 * builds a fresh adapter of each interface the connection's target implements, and each of those
 * builds adapters of all the interface's types with all their fields and relationships: through
 * `Entity`'s thirteen types that was most of the time a request spent before its Cypher reached
 * Neo4j. The adapters are read-only views of the schema model, which never changes once the schema
 * is built, so the adapters of one type's interfaces are built once and reused. The function is
 * reached by its file because the package does not export it; when a version moves or renames it,
 * nothing is replaced and requests only go back to the slower path.
 */
export function reuseInterfaceAdapters(): boolean {
  const require = createRequire(import.meta.url);
  const file = path.join(path.dirname(require.resolve("@neo4j/graphql")), "translate/queryAST/utils/get-entity-interfaces.js");
  if (!existsSync(file)) return false;
  const utils = require(file) as { getEntityInterfaces?: EntityInterfaces & { reused?: true } };
  const original = utils.getEntityInterfaces;
  if (typeof original !== "function") return false;
  if (original.reused) return true;
  // Keyed by the schema model's own list of a type's interfaces, which every adapter of the type shares.
  const built = new WeakMap<readonly unknown[], { readonly size: number; readonly adapters: unknown[] }>();
  const reused = (entity: SchemaEntity): unknown[] => {
    const key = entity.compositeEntities;
    const known = built.get(key);
    if (known && known.size === key.length) return known.adapters;
    const adapters = original(entity);
    built.set(key, { size: key.length, adapters });
    return adapters;
  };
  utils.getEntityInterfaces = Object.assign(reused, { reused: true as const });
  return true;
}
