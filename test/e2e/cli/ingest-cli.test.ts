import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NODE_TYPES } from "../../../src/model/node-types.js";
import { useTestGraph } from "../../support/neo4j.js";
import { runCli } from "./run-cli.js";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const SEEDS = "test/fixtures/documents/founding";
const FOUNDING = "sp16-sg17-oLS-00014";
const DOCUMENT_KEYS = [
  "file", "id", "title", "date", "studyPeriod", "purpose", "from", "to", "cc", "proposes", "references", "topics", "relations", "warnings", "errors", "outcome",
];

const cli = (...args: string[]) => runCli(args);

interface JsonEntity {
  type: string;
  id: string;
  name: string;
}
interface JsonRun {
  documents: (Record<string, unknown> & { id: string; outcome: string; from: JsonEntity[]; to: JsonEntity[]; proposes: JsonEntity[] })[];
  failed: { file: string; error: string }[];
}

describe("standards-graph ingest", () => {
  const graph = useTestGraph();
  const totals = async () => (await graph.rows<{ n: number; r: number }>("MATCH (n) WITH count(n) AS n MATCH ()-[r]->() RETURN n, count(r) AS r"))[0];
  const plainText = ["liaison-note", "mail-from-sg13.txt", "sentence-sender-cp1252.txt"].map((f) => `test/fixtures/documents/plain-text/${f}`);
  let owned: string[] = [FOUNDING];

  beforeAll(() => graph.removeDocuments(owned));
  afterAll(() => graph.removeDocuments(owned));

  it("ingests the seed folder and prints one JSON object for the run", async () => {
    const result = await cli("ingest", SEEDS, "--json");
    expect(result.stderr).toMatch(/files \d+ \| created \d+ \| updated \d+ \| unchanged \d+ \| failed 0 \| [\d.]+ docs\/s \| [\d.]+ s elapsed/);
    expect(result.code).toBe(0);
    const run = JSON.parse(result.stdout) as JsonRun;
    owned = [...new Set([...owned, ...run.documents.map((d) => d.id)])];

    expect(Object.keys(run)).toEqual(["documents", "failed", "watchMatches"]);
    expect(run.failed).toEqual([]);
    expect(run.documents).toHaveLength(readdirSync(path.resolve(repoRoot, SEEDS)).filter((f) => !f.startsWith(".")).length);
    for (const doc of run.documents) {
      expect(Object.keys(doc)).toEqual(DOCUMENT_KEYS);
      expect(["created", "updated", "unchanged"]).toContain(doc.outcome);
      for (const key of ["from", "to", "cc", "proposes", "references", "topics"]) {
        for (const entity of doc[key] as JsonEntity[]) {
          expect(Object.keys(entity)).toEqual(["type", "id", "name"]);
          expect(NODE_TYPES).toContain(entity.type);
        }
      }
      for (const relation of doc.relations as Record<string, unknown>[]) expect(Object.keys(relation)).toEqual(["type", "from", "to", "evidence"]);
    }

    const founding = run.documents.find((d) => d.id === FOUNDING);
    expect(founding).toMatchObject({ file: `${SEEDS}/sg17-ls14-notification.txt`, title: null, studyPeriod: "2017-2020", purpose: "ACTION", outcome: "created" });
    expect(founding?.from).toEqual([{ type: "StudyGroup", id: "ITU-T SG17", name: "ITU-T Study Group 17" }]);
    expect(founding?.to).toEqual([{ type: "AdvisoryGroup", id: "ITU-T TSAG", name: "Telecommunication Standardization Advisory Group" }]);
    expect(founding?.proposes).toEqual([{ type: "FocusGroup", id: "ITU-T FG Blockchain", name: "Focus Group on Blockchain" }]);

    const [stored] = await graph.rows<{ url: string }>("MATCH (d:LiaisonStatement {id: $id}) RETURN d.url AS url", { id: FOUNDING });
    expect(stored?.url).toBe("http://handle.itu.int/11.1002/ls/sp16-sg17-oLS-00014.docx");
  });

  it("finds the seed folder unchanged without reading it again, and --json still lists what each document says", async () => {
    const count = readdirSync(path.resolve(repoRoot, SEEDS)).filter((f) => !f.startsWith(".")).length;
    const again = await cli("ingest", SEEDS);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`files ${count} \\| created 0 \\| updated \\d+ \\| unchanged \\d+ \\| failed 0 \\|`));
    const [stored] = await graph.rows<{ sourceHash: string | null }>("MATCH (d:LiaisonStatement {id: $id}) RETURN d.sourceHash AS sourceHash", { id: FOUNDING });
    expect(stored?.sourceHash).toMatch(/^[0-9a-f]{64}$/);

    const json = await cli("ingest", SEEDS, "--json");
    const run = JSON.parse(json.stdout) as JsonRun;
    const founding = run.documents.find((d) => d.id === FOUNDING);
    expect(founding).toMatchObject({ outcome: "unchanged", purpose: "ACTION" });
    expect(founding?.from).toEqual([{ type: "StudyGroup", id: "ITU-T SG17", name: "ITU-T Study Group 17" }]);
  });

  it("writes nothing with --dry-run, and still prints the extraction", async () => {
    const before = await totals();
    const result = await cli("ingest", "--dry-run", "--json", ...plainText);
    expect(result.code).toBe(0);
    const run = JSON.parse(result.stdout) as JsonRun;
    expect(run.documents.map((d) => [d.file, d.outcome])).toEqual(plainText.map((file) => [file, "dry-run"]));
    expect(run.documents.map((d) => d.from[0]?.id)).toEqual(["ITU-T FG DLT", "ITU-T SG13", "IETF CCAMP"]);
    expect(result.stderr).toContain("extracted 3 (dry run, nothing written)");
    expect(await totals()).toEqual(before);
    expect(await graph.rows("MATCH (d:LiaisonStatement) WHERE d.id IN $ids RETURN d", { ids: run.documents.map((d) => d.id) })).toEqual([]);
  });

  it("prints a readable listing for --dry-run without --json", async () => {
    const result = await cli("ingest", "--dry-run", `${SEEDS}/sg17-ls14-notification.txt`);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${FOUNDING}  (${SEEDS}/sg17-ls14-notification.txt)`);
    expect(result.stdout).toMatch(/\(ITU-T SG17\)-\[PROPOSES\]->\(ITU-T FG Blockchain\)/);
  });

  it("exits 1 for a bad file, names it in 'failed', and still ingests the good one", async () => {
    const bad = "test/fixtures/documents/bad/empty.txt";
    const result = await cli("ingest", "--json", bad, plainText[0] ?? "");
    expect(result.code).toBe(1);
    const run = JSON.parse(result.stdout) as JsonRun;
    expect(run.failed).toEqual([{ file: bad, error: `${bad}: empty document (0 bytes)` }]);
    expect(run.documents.map((d) => d.file)).toEqual([plainText[0]]);
    owned = [...new Set([...owned, ...run.documents.map((d) => d.id)])];
    expect(result.stderr).toContain(`${bad}: empty document (0 bytes)\n`);
    expect(result.stderr).toMatch(/files 2 \| .* \| failed 1 \|/);
    expect(await graph.rows("MATCH (d:LiaisonStatement {id: $id}) RETURN d.id", { id: run.documents[0]?.id })).toHaveLength(1);
  });

  it("exits 1 for a path that does not exist", async () => {
    const result = await cli("ingest", "no/such/folder");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no/such/folder: no such file or directory");
  });
});

describe("standards-graph commands", () => {
  it.each([
    [[], "Usage: standards-graph <command>"],
    [["ingest"], "Usage: standards-graph ingest"],
    [["load-reference"], "Usage: standards-graph load-reference"],
    [["migrate"], "Usage: standards-graph migrate"],
    [["neo4j"], "Usage: standards-graph neo4j"],
  ])("%j --help prints usage and exits 0", async (verb, usage) => {
    for (const flag of ["--help", "-h"]) {
      const result = await cli(...verb, flag);
      expect(result.code).toBe(0);
      expect(result.stdout.startsWith(usage)).toBe(true);
      expect(result.stdout).toContain("-h, --help");
    }
  });

  it("prints the version", async () => {
    const result = await cli("--version");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^standards-graph \d+\.\d+\.\d+\n$/);
  });

  it("exits 2 for an unknown verb, an unknown option and no input", async () => {
    const unknown = await cli("injest", "a.txt");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'injest'");
    const option = await cli("ingest", "--force", "a.txt");
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("Unknown option '--force'");
    expect((await cli("ingest")).code).toBe(2);
    expect((await cli()).code).toBe(2);
  });

  it("migrate and load-reference change nothing on a graph that has both", async () => {
    const migrations = readdirSync(path.join(repoRoot, "cypher/migrations")).filter((f) => f.endsWith(".cypher")).length;
    const migrate = await cli("migrate");
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toBe(`Migrations: 0 applied, ${migrations} already applied\n`);
    const reference = await cli("load-reference");
    expect(reference.code).toBe(0);
    expect(reference.stdout).toContain("Created: 0 nodes, 0 relationships");
    expect(reference.stdout).toMatch(/Graph now holds: \d+ nodes, \d+ relationships/);
  });
});
