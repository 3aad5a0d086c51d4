import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestGraph } from "../../support/neo4j.js";
import { fixture, graphTotals, ingest, type GraphTotals } from "./load-helpers.js";

const ID = "sp20-sg13-oLS-00045";
const ORIGINAL = fixture("itu-ls-template/sg13-ls45-reply-messy.txt");

describe("a document ingested again", () => {
  const graph = useTestGraph();
  let scratch: string;
  let changed: string;

  const outcomes = async (file: string) => (await ingest(graph, [file])).documents.map((d) => d.outcome);
  const sentTo = async () =>
    (await graph.rows<{ id: string }>("MATCH (:LiaisonStatement {id: $id})-[:SENT_TO]->(b) RETURN b.id AS id ORDER BY id", { id: ID })).map((r) => r.id);
  const topics = async () =>
    (await graph.rows<{ id: string }>("MATCH (:LiaisonStatement {id: $id})-[:MENTIONS]->(t:Topic) RETURN t.id AS id ORDER BY id", { id: ID })).map((r) => r.id);
  const ownRelations = async () => {
    const [row] = await graph.rows<{ count: number }>("MATCH ()-[r {sourceDocument: $id}]->() RETURN count(r) AS count", { id: ID });
    return row?.count ?? 0;
  };
  const duplicates = () =>
    graph.rows(
      `MATCH (a)-[r {sourceDocument: $id}]->(b)
       WITH type(r) AS type, a.id AS from, b.id AS to, count(r) AS copies WHERE copies > 1
       RETURN type, from, to, copies`,
      { id: ID },
    );

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), "changed-document-"));
    // Same LS number and study period, so the same id: TSAG is no longer a recipient (SG20 is),
    // and the title speaks of smart contracts instead of distributed ledgers.
    const text = (await readFile(ORIGINAL, "utf8"))
      .replace("for action to :\tITU-T SG 17; TSAG", "for action to :\tITU-T SG 17; ITU-T SG 20")
      .replace("trust in distributed ledger based services", "trust in smart contracts based services");
    changed = path.join(scratch, "sg13-ls45-revised.txt");
    await writeFile(changed, text);
    await graph.removeDocuments([ID]);
  });
  afterAll(async () => {
    await graph.removeDocuments([ID]);
    await rm(scratch, { recursive: true, force: true });
  });

  let original: GraphTotals;
  let originalRelations: number;

  it("is unchanged when nothing changed, and adds nothing", async () => {
    expect(await outcomes(ORIGINAL)).toEqual(["created"]);
    original = await graphTotals(graph);
    originalRelations = await ownRelations();
    expect(await sentTo()).toEqual(["IETF", "ITU-T FG DLT", "ITU-T SG17", "ITU-T TSAG"]);
    expect(await topics()).toContain("topic:distributed-ledger-technology");

    expect(await outcomes(ORIGINAL)).toEqual(["unchanged"]);
    expect(await outcomes(ORIGINAL)).toEqual(["unchanged"]);
    expect(await graphTotals(graph)).toEqual(original);
    expect(await ownRelations()).toBe(originalRelations);
  });

  it("replaces its relations when its text changed under the same id", async () => {
    expect(await outcomes(changed)).toEqual(["updated"]);
    expect(await sentTo()).toEqual(["IETF", "ITU-T FG DLT", "ITU-T SG17", "ITU-T SG20"]);
    const now = await topics();
    expect(now).toContain("topic:smart-contracts");
    expect(now).not.toContain("topic:distributed-ledger-technology");
    expect(await duplicates()).toEqual([]);
    const [node] = await graph.rows<{ copies: number; title: string }>(
      "MATCH (d:Entity {id: $id}) RETURN count(d) AS copies, head(collect(d.title)) AS title",
      { id: ID },
    );
    expect(node).toEqual({ copies: 1, title: "Reply LS on trust in smart contracts based services (reply to SG17-LS14)" });

    // One recipient and one topic swapped, both already in the graph: no node added, and
    // the relationships changed exactly as much as the document's own did.
    const totals = await graphTotals(graph);
    expect(totals.nodes).toBe(original.nodes);
    expect(totals.relationships - original.relationships).toBe((await ownRelations()) - originalRelations);
  });

  it("is unchanged when the changed version comes again, and goes back when the original does", async () => {
    const changedTotals = await graphTotals(graph);
    expect(await outcomes(changed)).toEqual(["unchanged"]);
    expect(await graphTotals(graph)).toEqual(changedTotals);

    expect(await outcomes(ORIGINAL)).toEqual(["updated"]);
    expect(await sentTo()).toEqual(["IETF", "ITU-T FG DLT", "ITU-T SG17", "ITU-T TSAG"]);
    expect(await duplicates()).toEqual([]);
    expect(await graphTotals(graph)).toEqual(original);
  });
});
