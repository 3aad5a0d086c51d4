import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/config/config.js";
import { useTestGraph } from "../../support/neo4j.js";
import { runCli } from "./run-cli.js";

// The Datatracker import extracts each record under ingest's per-document budget: a record whose
// body takes too long fails alone, with ingest's message, and the others go in (and are reported
// when they match a watch rule).

const IDS = [9901, 9902, 9903].map((n) => `ietf-liaison-${n}`);
const WATCH = "test-import-budget-ccamp";
const GROUPS = path.join(PROJECT_ROOT, "test/fixtures/datatracker-api/group.json");

/** Real sentences, many of them: seconds of extraction, far beyond a budget of two seconds. */
const longBody = (sentences: number) => "SG17 informs TSAG about blockchain and invites SG13 to consider it. ".repeat(sentences);

const statement = (id: number, title: string, body: string) => ({
  id,
  resource_uri: `/api/v1/liaisons/liaisonstatement/${id}/`,
  title,
  body,
  state: "/api/v1/name/liaisonstatementstate/posted/",
  purpose: "/api/v1/name/liaisonstatementpurposename/info/",
  from_groups: ["/api/v1/group/group/2001/"],
  to_groups: ["/api/v1/group/group/1001/"],
  attachments: [],
  tags: [],
  deadline: null,
  from_name: "",
  to_name: "",
  other_identifiers: "",
  from_contact: "",
  to_contacts: "",
  cc_contacts: "",
  technical_contacts: "",
  response_contacts: "",
  action_holder_contacts: "",
});

const cli = (args: readonly string[], extraEnv: Record<string, string>) => runCli(args, extraEnv);

describe("import datatracker: the per-document budget", () => {
  const graph = useTestGraph();
  let dir: string;

  beforeAll(async () => {
    await graph.removeDocuments(IDS);
    await graph.rows(`MATCH (w:Watch {name: $name}) DELETE w`, { name: WATCH });
    await graph.rows(`CREATE (:Watch {id: "watch:body:IETF CCAMP", name: $name, kind: "body", target: "IETF CCAMP", createdAt: datetime()})`, { name: WATCH });
    dir = await mkdtemp(path.join(tmpdir(), "datatracker-budget-"));
    await copyFile(GROUPS, path.join(dir, "group.json"));
    const page = {
      meta: { limit: 3, next: null, offset: 0, previous: null, total_count: 3 },
      objects: [
        statement(9901, "LS on timing budgets for packet clocks", "ITU-T SG15 informs the IETF of its progress on packet clocks."),
        statement(9902, "LS that takes too long to read", longBody(150_000)),
        statement(9903, "LS on optical transport management models", "ITU-T SG15 shares its management models for optical transport."),
      ],
    };
    await writeFile(path.join(dir, "liaisonstatement.json"), JSON.stringify(page));
  });

  afterAll(async () => {
    await graph.removeDocuments(IDS);
    await graph.rows(`MATCH (w:Watch {name: $name}) DELETE w`, { name: WATCH });
    await rm(dir, { recursive: true, force: true });
  });

  it("fails the record over INGEST_DOCUMENT_TIMEOUT_MS alone, with ingest's message, and imports the others", async () => {
    const result = await cli(["import", "datatracker", "--from-dir", dir], { INGEST_DOCUMENT_TIMEOUT_MS: "2000" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("ietf-liaison-9902: took longer than 2 s to read and extract (limit INGEST_DOCUMENT_TIMEOUT_MS)");
    expect(result.stderr).toContain("imported 2 (created 2, updated 0, unchanged 0)");
    expect(result.stderr).toContain("failed 1");
    // The statements written that match a watch rule are reported after the run.
    expect(result.stderr).toMatch(new RegExp(`watch ${WATCH}: ietf-liaison-9901 \\| [^|\n]+ \\| LS on timing budgets for packet clocks`));
    expect(result.stderr).toContain(`watch ${WATCH}: ietf-liaison-9903 |`);
    const written = await graph.rows<{ id: string; title: string }>(
      "MATCH (d:LiaisonStatement) WHERE d.id IN $ids RETURN d.id AS id, d.title AS title ORDER BY id",
      { ids: IDS },
    );
    expect(written).toEqual([
      { id: "ietf-liaison-9901", title: "LS on timing budgets for packet clocks" },
      { id: "ietf-liaison-9903", title: "LS on optical transport management models" },
    ]);
  }, 300_000);
});
