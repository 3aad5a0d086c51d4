import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestGraph } from "../../support/neo4j.js";
import { runCli, type CliResult } from "./run-cli.js";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const EXAMPLES = "examples/liaison-statements";

// The story the sample documents tell, by file: SG17 proposes a focus group to TSAG, the bodies it
// wrote to answer (ETSI, IETF, 3GPP, TSAG, ISO/IEC), IEEE writes once the group exists, and SG17
// closes the loop. Ids are the documents' own numbers, or a hash of the text when they have none.
const IDS: Readonly<Record<string, string>> = {
  "01-sg17-proposal-ls-template.txt": "sp24-sg17-oLS-00052",
  "02-sg13-notification.txt": "sp24-sg13-oLS-00088",
  "03-etsi-isg-qkd-reply.md": "doc:3e367e95fdbd18e0",
  "04-ietf-lamps-datatracker.txt": "ietf-liaison-2187",
  "05-3gpp-sa3-tdoc-record.txt": "S3-252310",
  "06-tsag-reply.docx": "sp24-tsag-oLS-00009",
  "07-iso-iec-sc27-cover-sheet.pdf": "ISO/IEC JTC 1/SC 27 N2468",
  "08-ieee-802-1-letter.doc": "doc:be6e34aeca73da5e",
  "09-sg17-follow-up.txt": "doc:a2cc08c643788be7",
};
const PROPOSAL = "sp24-sg17-oLS-00052";
const FOCUS_GROUP = "ITU-T FG Quantum-Safe Migration";

const cli = (...args: string[]) => runCli(args);

interface JsonRun {
  documents: { file: string; id: string; outcome: string; errors: string[]; warnings: string[] }[];
  failed: { file: string; error: string }[];
}

describe("the sample documents of examples/", () => {
  const graph = useTestGraph();
  const ids = Object.values(IDS);
  let run: JsonRun;
  let result: CliResult;

  beforeAll(async () => {
    await graph.removeDocuments(ids);
    result = await cli("ingest", EXAMPLES, "--json");
    run = JSON.parse(result.stdout) as JsonRun;
  }, 240_000);
  afterAll(() => graph.removeDocuments(ids));

  it("are each read by the real command, one per supported format, with no error", () => {
    expect(result.stderr).toMatch(/files 9 \| created 9 \| updated 0 \| unchanged 0 \| failed 0 \|/);
    expect(result.code).toBe(0);
    expect(run.failed).toEqual([]);
    const files = readdirSync(path.join(repoRoot, EXAMPLES)).sort();
    expect(files.map((f) => path.extname(f))).toEqual([".txt", ".txt", ".md", ".txt", ".txt", ".docx", ".pdf", ".doc", ".txt"]);
    expect(run.documents.map((d) => [path.basename(d.file), d.id, d.outcome])).toEqual(files.map((f) => [f, IDS[f], "created"]));
    for (const doc of run.documents) expect(doc.errors, doc.file).toEqual([]);
    // Only the ITU notification is undated (its study period dates it).
    expect(run.documents.filter((d) => d.warnings.length > 0).map((d) => [d.id, d.warnings])).toEqual([["sp24-sg13-oLS-00088", ["no date found"]]]);
  });

  it("put nine liaison statements in the graph, each with its sender", async () => {
    const rows = await graph.rows<{ id: string; senders: string[] }>(
      `MATCH (d:LiaisonStatement) WHERE d.id IN $ids
       OPTIONAL MATCH (d)-[:SENT_BY]->(b:Body)
       WITH d, b ORDER BY b.id
       RETURN d.id AS id, collect(b.id) AS senders ORDER BY id`,
      { ids },
    );
    expect(rows).toEqual(
      [
        ["sp24-sg17-oLS-00052", ["ITU-T SG17"]],
        ["sp24-sg13-oLS-00088", ["ITU-T SG13"]],
        ["doc:3e367e95fdbd18e0", ["ETSI ISG QKD"]],
        ["ietf-liaison-2187", ["IETF LAMPS"]],
        ["S3-252310", ["3GPP SA3"]],
        ["sp24-tsag-oLS-00009", ["ITU-T TSAG"]],
        ["ISO/IEC JTC 1/SC 27 N2468", ["ISO/IEC JTC 1/SC 27"]],
        ["doc:be6e34aeca73da5e", ["IEEE 802.1"]],
        ["doc:a2cc08c643788be7", ["ITU-T SG17"]],
      ]
        .map(([id, senders]) => ({ id, senders }))
        .sort((a, b) => ((a.id as string) < (b.id as string) ? -1 : 1)),
    );
  });

  it("address the proposal to TSAG for action and to four other bodies, and copy the replies", async () => {
    const sentTo = await graph.rows<{ to: string; purpose: string }>(
      "MATCH (:LiaisonStatement {id: $id})-[r:SENT_TO]->(b) RETURN b.id AS to, r.purpose AS purpose ORDER BY to",
      { id: PROPOSAL },
    );
    expect(sentTo).toEqual([
      { to: "3GPP SA3", purpose: "INFORMATION" },
      { to: "ETSI ISG QKD", purpose: "COMMENT" },
      { to: "IETF", purpose: "INFORMATION" },
      { to: "ISO/IEC JTC 1/SC 27", purpose: "INFORMATION" },
      { to: "ITU-T TSAG", purpose: "ACTION" },
    ]);
    const copies = await graph.rows<{ from: string; to: string }>(
      "MATCH (d:LiaisonStatement)-[r:COPIED_TO]->(b) WHERE d.id IN $ids RETURN d.id AS from, b.id AS to ORDER BY from, to",
      { ids },
    );
    expect(copies).toEqual([
      { from: "S3-252310", to: "IETF LAMPS" },
      { from: "doc:3e367e95fdbd18e0", to: "ITU-T TSAG" },
      { from: "doc:be6e34aeca73da5e", to: "ITU-T TSAG" },
      { from: "ietf-liaison-2187", to: "IESG" },
    ]);
  });

  it("tell who proposed the focus group, who established it, and who answered the proposal", async () => {
    const [proposed] = await graph.rows<{ by: string; in: string; parent: string[] }>(
      `MATCH (b:Body)-[p:PROPOSES]->(fg:FocusGroup {id: $fg})
       OPTIONAL MATCH (fg)-[:UNDER_AUSPICES_OF]->(parent)
       RETURN b.id AS by, p.sourceDocument AS in, collect(DISTINCT parent.id) AS parent`,
      { fg: FOCUS_GROUP },
    );
    expect(proposed).toEqual({ by: "ITU-T SG17", in: PROPOSAL, parent: ["ITU-T TSAG"] });
    const established = await graph.rows<{ by: string; in: string }>(
      "MATCH (b:Body)-[e:ESTABLISHED]->(:FocusGroup {id: $fg}) RETURN b.id AS by, e.sourceDocument AS in",
      { fg: FOCUS_GROUP },
    );
    expect(established).toEqual([{ by: "ITU-T TSAG", in: "doc:a2cc08c643788be7" }]);
    // Every document of the story names the focus group.
    const [naming] = await graph.rows<{ documents: number }>(
      "MATCH (d:LiaisonStatement)-[:REFERENCES]->(:FocusGroup {id: $fg}) WHERE d.id IN $ids RETURN count(DISTINCT d) AS documents",
      { fg: FOCUS_GROUP, ids },
    );
    expect(naming?.documents).toBe(9);
    // Six answers, each citing "SG17-LS52" in its own way (a Datatracker field, a JSON member, a
    // sentence, the template's text), all meet on the proposal's node under its ITU handle.
    const replies = await graph.rows<{ from: string; to: string }>(
      "MATCH (d:LiaisonStatement)-[:REPLIES_TO]->(o:LiaisonStatement) WHERE d.id IN $ids RETURN DISTINCT d.id AS from, o.id AS to ORDER BY from",
      { ids },
    );
    expect(replies).toEqual(
      ["ISO/IEC JTC 1/SC 27 N2468", "S3-252310", "doc:3e367e95fdbd18e0", "doc:a2cc08c643788be7", "ietf-liaison-2187", "sp24-tsag-oLS-00009"].map((from) => ({ from, to: PROPOSAL })),
    );
    // The proposal asks ETSI ISG QKD to comment, by the deadline its header gives.
    const [asked] = await graph.rows<{ asked: string[]; deadline: string }>(
      "MATCH (d:LiaisonStatement {id: $id}) OPTIONAL MATCH (d)-[:ASKS]->(b) RETURN collect(b.id) AS asked, d.deadline AS deadline",
      { id: PROPOSAL },
    );
    expect(asked).toEqual({ asked: ["ETSI ISG QKD"], deadline: "2025-06-30" });
  });

  it("is unchanged when ingested again", async () => {
    const again = await cli("ingest", EXAMPLES);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/files 9 \| created 0 \| updated 0 \| unchanged 9 \| failed 0 \|/);
  });
});
