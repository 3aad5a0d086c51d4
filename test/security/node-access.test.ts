import path from "node:path";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { PROJECT_ROOT } from "../../src/config/config.js";
import { startTestApi } from "../e2e/api/start-test-api.js";
import { ingestFile } from "../support/ingest.js";
import { useTestGraph } from "../support/neo4j.js";

const SECRET = "node-access-test-secret-0123456789abcdef";
const FIXTURES = path.join(PROJECT_ROOT, "test/fixtures/documents/access");
/** Marked "Access: TIES": proposes a focus group that no reference data and no public document names. */
const RESTRICTED = path.join(FIXTURES, "restricted-proposal.txt");
/** A public statement that names the same focus group. */
const PUBLIC = path.join(FIXTURES, "public-mention.txt");
const FOCUS_GROUP = "ITU-T FG City Digital Twins";

// Regression: a node that only a restricted document names (here a proposed focus group) was
// listed for anonymous readers, its name telling what the restricted document was about.
describe("nodes that only restricted documents name", () => {
  const graph = useTestGraph();
  let app: App | undefined;
  let member = "";
  const documents: string[] = [];

  const ask = async (query: string, bearer?: string): Promise<Record<string, unknown>> => {
    const response = await fetch(app!.api.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data ?? {};
  };
  const visible = async (bearer?: string) => {
    const data = await ask(
      `{ focusGroups(where: { id: { eq: "${FOCUS_GROUP}" } }) { id access }
         entities(where: { id: { eq: "${FOCUS_GROUP}" } }) { id }
         search(text: "City Digital Twins") { id } }`,
      bearer,
    );
    return {
      focusGroups: (data.focusGroups as { id: string; access: string }[]).map((f) => `${f.id}:${f.access}`),
      entities: (data.entities as { id: string }[]).map((e) => e.id),
      search: (data.search as { id: string }[]).map((e) => e.id).filter((id) => id === FOCUS_GROUP),
    };
  };
  const mark = async () => (await graph.rows<{ access: string | null }>("MATCH (n:Entity {id: $id}) RETURN n.access AS access", { id: FOCUS_GROUP }))[0]?.access;

  beforeAll(async () => {
    app = await startTestApi({ AUTH_JWT_SECRET: SECRET });
    member = await new SignJWT({ roles: ["member"] })
      .setProtectedHeader({ alg: "HS256" })
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(SECRET));
  });

  afterAll(async () => {
    await graph.removeDocuments(documents);
    await app?.stop();
  });

  it("hides such a node from anonymous readers, shows it to members, and follows what names it", async () => {
    documents.push((await ingestFile(graph.driver, graph.database, RESTRICTED)).documentId);
    expect(await mark()).toBe("restricted");
    expect(await visible()).toEqual({ focusGroups: [], entities: [], search: [] });
    expect(await visible(member)).toEqual({ focusGroups: [`${FOCUS_GROUP}:restricted`], entities: [FOCUS_GROUP], search: [FOCUS_GROUP] });

    // A public document names it too: everybody may know it now.
    const publicId = (await ingestFile(graph.driver, graph.database, PUBLIC)).documentId;
    documents.push(publicId);
    expect(await mark()).toBeNull();
    expect(await visible()).toEqual({ focusGroups: [`${FOCUS_GROUP}:public`], entities: [FOCUS_GROUP], search: [FOCUS_GROUP] });

    // The public document goes: only the restricted one names it again.
    await graph.removeDocuments([publicId]);
    expect(await mark()).toBe("restricted");
    expect(await visible()).toEqual({ focusGroups: [], entities: [], search: [] });

    // The restricted one goes too: the node goes with it.
    await graph.removeDocuments(documents);
    expect(await graph.rows("MATCH (n:Entity {id: $id}) RETURN n.id", { id: FOCUS_GROUP })).toEqual([]);
  });
});
