import { describe, expect, it } from "vitest";
import type { GraphWrite } from "../../../src/load/graph-write.js";
import { resolveBodyArgument, type ArgumentContext } from "../../../src/api/resolvers/analytics/resolve-argument.js";
import { testDocument, useAnalyticsApi } from "./analytics-api.js";

/** A restricted document that introduces a body: only members may learn that the body exists. */
const RESTRICTED: GraphWrite = (() => {
  const write = testDocument({ id: "test-access-names-ls", date: "2024-02-01", studyPeriod: "2022-2024", from: "ITU-T SG17", to: ["Zebulon Cipher Guild"] });
  const entities: GraphWrite["entities"] = [
    { id: "Zebulon Cipher Guild", name: "Zebulon Cipher Guild", labels: ["Organization", "Body"], properties: { aliases: ["ZCG"], resolved: false } },
  ];
  return { ...write, document: { ...write.document, access: "restricted" }, entities };
})();

describe("names in analytics arguments and restricted documents", () => {
  const api = useAnalyticsApi({ documents: [RESTRICTED] });
  const reader = (access: string[]): ArgumentContext => ({
    db: { driver: api.graph.driver, database: api.graph.database },
    context: { access, sessionConfig: { database: api.graph.database } },
  });

  it("finds a body a restricted document introduced for a member, by name and alias", async () => {
    expect(await resolveBodyArgument("Zebulon Cipher Guild", reader(["public", "restricted"]))).toBe("Zebulon Cipher Guild");
    expect(await resolveBodyArgument("zcg", reader(["public", "restricted"]))).toBe("Zebulon Cipher Guild");
  });

  it("neither finds nor suggests it for an anonymous reader", async () => {
    for (const written of ["Zebulon Cipher Guild", "ZCG", "Zebulon Cipher Guil"]) {
      const error = await resolveBodyArgument(written, reader(["public"])).then(
        () => undefined,
        (e: unknown) => e as { message: string; extensions: Record<string, unknown> },
      );
      expect(error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "body" });
      expect(error?.message).not.toContain("Zebulon Cipher Guild (");
      expect(error?.extensions.suggestions).not.toContain("Zebulon Cipher Guild");
    }
  });
});
