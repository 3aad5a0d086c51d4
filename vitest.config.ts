import { createRequire } from "node:module";
import path from "node:path";
import { defineConfig } from "vitest/config";

// graphql 16 ships CommonJS and ES builds. Node loads the CommonJS one for everybody, but Vite
// would hand our ES imports the other, and @neo4j/graphql's schema would then come from another
// "realm" than Apollo's validation. Point every graphql import at the build Node uses.
const graphqlRoot = path.dirname(createRequire(import.meta.url).resolve("graphql/package.json"));

export default defineConfig({
  resolve: {
    alias: [{ find: /^graphql(\/.*)?$/, replacement: `${graphqlRoot}$1/index.js` }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    // Integration, e2e and browser tests share one real Neo4j; files run one after another so
    // that per-test isolation (each test cleans the ids it owns) holds.
    fileParallelism: false,
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
