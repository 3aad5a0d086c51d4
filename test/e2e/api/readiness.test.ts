import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type App } from "../../../src/app.js";
import { loadConfig, type LocalNeo4jConfig } from "../../../src/config/config.js";
import { startLocalNeo4j, type LocalNeo4j } from "../../../src/neo4j/local-neo4j.js";
import { privateNeo4jConfig } from "../../support/private-neo4j.js";

// The API keeps running while its database goes away and comes back: /ready tells which, queries
// fail with a clear code instead of crashing the server, and nothing needs a restart.
describe("readiness while Neo4j stops and comes back", () => {
  let local: LocalNeo4jConfig;
  let remove: () => void;
  let neo4j: LocalNeo4j | undefined;
  let app: App | undefined;

  beforeAll(async () => {
    ({ local, remove } = await privateNeo4jConfig("ready"));
    neo4j = await startLocalNeo4j(local, () => {});
    const config = loadConfig(process.env, { NEO4J_URI: neo4j.boltUrl, NEO4J_PASSWORD: neo4j.password, PORT: "0", NODE_ENV: "production" });
    app = await startApp(config, () => {});
  });

  afterAll(async () => {
    await app?.stop();
    await neo4j?.stop();
    remove();
  });

  const ready = async () => {
    const response = await fetch(`${app!.api.url}/ready`);
    return { status: response.status, body: (await response.json()) as { status: string } };
  };

  it("is ready, then not ready while Neo4j is stopped, then ready again without an API restart", async () => {
    expect(await ready()).toMatchObject({ status: 200, body: { status: "ready" } });

    await neo4j!.stop();
    expect(await ready()).toEqual({ status: 503, body: { status: "unavailable" } });
    const health = await fetch(`${app!.api.url}/health`);
    expect(health.status).toBe(200);

    const query = await fetch(app!.api.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ studyGroups { id } }" }),
    });
    const body = (await query.json()) as { errors?: { message: string; extensions: { code: string; stacktrace?: unknown } }[] };
    expect(body.errors?.[0]?.extensions.code).toBe("DATABASE_UNAVAILABLE");
    expect(body.errors?.[0]?.extensions.stacktrace).toBeUndefined();

    neo4j = await startLocalNeo4j(local, () => {});
    let after = await ready();
    for (let attempt = 0; attempt < 20 && after.status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      after = await ready();
    }
    expect(after).toMatchObject({ status: 200, body: { status: "ready" } });
    const again = await fetch(app!.api.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ studyGroups(where: { id: { eq: "ITU-T SG17" } }) { id } }' }),
    });
    expect(await again.json()).toEqual({ data: { studyGroups: [{ id: "ITU-T SG17" }] } });
  });
});
