import { defineConfig } from "vitest/config";

export default defineConfig({
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
