import type { Driver } from "neo4j-driver";
import { search, type SearchArgs } from "./search.js";

/**
 * The resolvers the project adds to @neo4j/graphql's generated ones: the fields of
 * schema/50-search.graphql and schema/60-analytics.graphql. Each runs a saved, parameterized
 * query of cypher/queries.
 */
export function createResolvers(driver: Driver, database: string) {
  return {
    Query: {
      search: (_source: unknown, args: SearchArgs) => search(driver, database, args),
    },
  };
}
