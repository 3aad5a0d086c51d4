import { startApp } from "./app.js";
import { loadConfig } from "./config/config.js";
import { ConfigError } from "./config/config-error.js";
import { loadDotEnv } from "./config/load-env.js";

loadDotEnv();
let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`standards-graph: ${error.message} See .env.example.`);
    process.exit(1);
  }
  throw error;
}

// Outside development, stack traces are never sent to clients nor logged (errors are logged by
// message), yet the driver captures one for every query result: mapping each through tsx's source
// maps was a tenth of a lookup's CPU time. Development keeps them readable.
if (config.nodeEnv !== "development") process.setSourceMapsEnabled(false);

try {
  const app = await startApp(config);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down...`);
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("shutdown failed:", error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  // Printed once the signal handlers are in place: whoever waits for these lines may stop the
  // server at once and still get a clean shutdown.
  console.log(`GraphQL API:   ${app.api.graphqlUrl}`);
  console.log(`Dashboard:     ${app.api.url}/`);
  console.log(`Neo4j:         ${app.neo4j.uri}`);
  if (app.neo4j.browserUrl) console.log(`Neo4j Browser: ${app.neo4j.browserUrl} (connect URL ${app.neo4j.uri})`);
} catch (error) {
  console.error(`standards-graph: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
