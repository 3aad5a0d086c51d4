import neo4j from "neo4j-driver";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDriver } from "../../../src/neo4j/connection.js";

// The server's notifications are decoded on every result but read by nothing; the project's
// driver asks for none. A driver without the filter shows the query does draw one.
describe("the project's driver", () => {
  const uri = inject("neo4jUri");
  const password = inject("neo4jPassword");
  const database = inject("neo4jDatabase");
  const ours = createDriver(uri, "neo4j", password);
  const plain = neo4j.driver(uri, neo4j.auth.basic("neo4j", password));
  afterAll(async () => {
    await ours.close();
    await plain.close();
  });
  const query = "MATCH (n:LabelNoGraphHasEverHeld) RETURN count(n) AS n";

  it("receives no notifications where a default driver receives them", async () => {
    const drawn = await plain.executeQuery(query, {}, { database });
    expect(drawn.summary.notifications.map((n) => n.code)).toContain("Neo.ClientNotification.Statement.UnknownLabelWarning");
    const quiet = await ours.executeQuery(query, {}, { database });
    expect(quiet.records[0]?.get("n")).toEqual(neo4j.int(0));
    expect(quiet.summary.notifications).toEqual([]);
  });
});
