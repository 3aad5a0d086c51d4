import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { startTestApi } from "../e2e/api/start-test-api.js";

// graphql-http's audit of the GraphQL-over-HTTP specification, run against the real server: every
// MUST passes (status "error" would mean a broken requirement); SHOULDs may warn.
describe("the GraphQL-over-HTTP audit", () => {
  let app: App | undefined;

  beforeAll(async () => {
    app = await startTestApi();
  });

  afterAll(async () => {
    await app?.stop();
  });

  it("passes every audit with no error", async () => {
    const audits = serverAudits({ url: app!.api.graphqlUrl, fetchFn: fetch });
    expect(audits.length).toBeGreaterThan(20);
    const results = await Promise.all(audits.map((audit) => audit.fn()));
    const failed = results.filter((result) => result.status === "error").map((result) => `${result.name}: ${"reason" in result ? result.reason : ""}`);
    expect(failed).toEqual([]);
  });
});
