import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IngestRun } from "../../../src/cli/ingest-run.js";
import { useTestGraph } from "../../support/neo4j.js";
import { foundingDocument, graphTotals, ingest } from "./load-helpers.js";

const LS = "sp16-sg17-oLS-00014";
const FG = "ITU-T FG Blockchain";
const REPORT = "report:distributed-ledger-technologies-and-financial-inclusion";
const WORKSHOP = "workshop:2017-03-21:security-aspects-of-blockchain";
const EMAIL = /[^\s@<>"']+@[^\s@<>"']+\.[a-z]{2,}/i;

describe("the founding document, ingested into the graph", () => {
  const graph = useTestGraph();
  let run: IngestRun;

  /** Whether `(from)-[type {sourceDocument: LS}]->(to)` exists, with its properties. */
  const relation = async (type: string, from: string, to: string) => {
    const rows = await graph.rows<{ props: Record<string, unknown> }>(
      `MATCH (:Entity {id: $from})-[r {sourceDocument: $ls}]->(:Entity {id: $to}) WHERE type(r) = $type RETURN properties(r) AS props`,
      { from, to, type, ls: LS },
    );
    expect(rows, `${from} -[${type}]-> ${to}`).toHaveLength(1);
    return rows[0]?.props ?? {};
  };
  const node = async (id: string) => {
    const [row] = await graph.rows<{ labels: string[]; props: Record<string, unknown> }>(
      "MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels, properties(n) AS props",
      { id },
    );
    expect(row, id).toBeDefined();
    return row ?? { labels: [], props: {} };
  };

  beforeAll(async () => {
    await graph.removeDocuments([LS]);
    run = await ingest(graph, [foundingDocument]);
  });
  afterAll(() => graph.removeDocuments([LS]));

  it("creates the liaison statement with its handle, url and study period", async () => {
    expect(run.failed).toEqual([]);
    expect(run.documents.map((d) => [d.extraction.document.id, d.outcome])).toEqual([[LS, "created"]]);
    const { labels, props } = await node(LS);
    expect(labels).toContain("LiaisonStatement");
    expect(props).toMatchObject({
      url: "http://handle.itu.int/11.1002/ls/sp16-sg17-oLS-00014.docx",
      studyPeriod: "2017-2020",
      purpose: "ACTION",
    });
  });

  it("is sent by ITU-T SG17 to ITU-T TSAG for action", async () => {
    await relation("SENT_BY", LS, "ITU-T SG17");
    expect(await relation("SENT_TO", LS, "ITU-T TSAG")).toMatchObject({ purpose: "ACTION" });
    const recipients = await graph.rows<{ id: string }>("MATCH (:LiaisonStatement {id: $ls})-[:SENT_TO|COPIED_TO]->(b) RETURN b.id AS id", { ls: LS });
    expect(recipients).toEqual([{ id: "ITU-T TSAG" }]);
  });

  it("records SG17's proposal of a Focus Group on Blockchain under the auspices of TSAG", async () => {
    expect(await relation("PROPOSES", "ITU-T SG17", FG)).toMatchObject({ sourceDocument: LS });
    const fg = await node(FG);
    expect([...fg.labels].sort()).toEqual(["Body", "Entity", "FocusGroup"]);
    expect(fg.props.status).toBe("PROPOSED");
    await relation("UNDER_AUSPICES_OF", FG, "ITU-T TSAG");
    await relation("CONSIDERS", "ITU-T TSAG", FG);
  });

  it("references WTSA-16 Resolution 89, resolves 2", async () => {
    expect(await relation("REFERENCES", LS, "WTSA-16 Resolution 89")).toMatchObject({ clause: "resolves 2" });
    expect((await node("WTSA-16 Resolution 89")).props).toMatchObject({ assembly: "WTSA-16", place: "Hammamet", year: 2016 });
  });

  it("references the FG DFS report, which the Focus Group on Blockchain could consider", async () => {
    await relation("REFERENCES", LS, REPORT);
    expect((await node(REPORT)).props.title).toBe("Distributed Ledger Technologies and Financial Inclusion");
    await relation("PUBLISHED", "ITU-T FG DFS", REPORT);
    await relation("CONSIDERS", FG, REPORT);
  });

  it("references the workshop SG17 organized on 21 March 2017", async () => {
    await relation("REFERENCES", LS, WORKSHOP);
    expect((await node(WORKSHOP)).props.date).toBe("2017-03-21");
    await relation("ORGANIZED", "ITU-T SG17", WORKSHOP);
  });

  it("mentions its topics and the TSB", async () => {
    const rows = await graph.rows<{ id: string }>("MATCH (:LiaisonStatement {id: $ls})-[:MENTIONS]->(t:Topic) RETURN t.id AS id", { ls: LS });
    const slugs = [
      "blockchain", "distributed-ledger-technology", "identity-management", "credit-management", "crowd-funding",
      "peer-to-peer-insurance", "smart-contracts", "supply-chain-management", "online-voting", "medical-records",
      "network-requirements", "regulatory-and-policy-aspects", "security-assessment", "pii-protection", "financial-inclusion",
    ];
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(slugs.map((slug) => `topic:${slug}`)));
    await relation("MENTIONS", LS, "ITU-T TSB");
  });

  it("keeps for every relation a sentence of the document as evidence", async () => {
    const text = readFileSync(foundingDocument, "utf8").replace(/\s+/g, " ");
    const rows = await graph.rows<{ type: string; evidence: unknown; source: unknown }>(
      `MATCH (a)-[r]->(b) WHERE r.sourceDocument = $ls OR a.id = $ls
       RETURN type(r) AS type, r.evidence AS evidence, r.sourceDocument AS source`,
      { ls: LS },
    );
    expect(rows.length).toBeGreaterThan(25);
    for (const row of rows) {
      expect(row.source, row.type).toBe(LS);
      expect(typeof row.evidence === "string" && row.evidence.trim().length > 0, row.type).toBe(true);
      expect(text).toContain(String(row.evidence).replace(/\s+/g, " "));
    }
  });

  it("stores no personal data", async () => {
    const rows = await graph.rows<{ props: Record<string, unknown> }>(
      `MATCH (d:LiaisonStatement {id: $ls}) RETURN properties(d) AS props
       UNION ALL MATCH (a)-[r {sourceDocument: $ls}]-(b) RETURN properties(r) AS props
       UNION ALL MATCH (a)-[r {sourceDocument: $ls}]-(b) RETURN properties(b) AS props`,
      { ls: LS },
    );
    expect(rows.length).toBeGreaterThan(25);
    for (const { props } of rows) expect(JSON.stringify(props)).not.toMatch(EMAIL);
    expect((await node(LS)).props.contacts).toBeUndefined();
    expect(await graph.rows("MATCH (p:Person) RETURN p LIMIT 1")).toEqual([]);
  });

  it("connects no study group but SG17 (not the vague 'other ITU-T Study Groups')", async () => {
    const rows = await graph.rows<{ id: string }>(
      "MATCH ()-[r {sourceDocument: $ls}]-(sg:StudyGroup) RETURN DISTINCT sg.id AS id",
      { ls: LS },
    );
    expect(rows).toEqual([{ id: "ITU-T SG17" }]);
  });

  it("changes nothing when ingested again", async () => {
    const before = await graphTotals(graph);
    const again = await ingest(graph, [foundingDocument]);
    expect(again.documents.map((d) => d.outcome)).toEqual(["unchanged"]);
    expect(await graphTotals(graph)).toEqual(before);
  });
});
