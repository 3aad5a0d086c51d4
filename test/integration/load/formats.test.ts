import { describe, expect, it } from "vitest";
import { useTestGraph } from "../../support/neo4j.js";
import { documentIds, fixture, ingest } from "./load-helpers.js";

interface Expected {
  readonly file: string;
  readonly id?: string;
  readonly properties?: Record<string, unknown>;
  readonly from: string;
  /** Recipient id -> purpose of SENT_TO. */
  readonly to: Record<string, string>;
  readonly cc?: readonly string[];
  /** At least these; extraction may find more. */
  readonly references?: readonly string[];
  /** Statements it answers: "Liaisons referred by this one", "Response to", "in reply to ...". */
  readonly repliesTo?: readonly string[];
  readonly proposes?: readonly string[];
  readonly topics?: readonly string[];
}

const CASES: readonly Expected[] = [
  {
    file: "itu-notification/sp20-sg13-ols-00123-crlf.txt",
    id: "sp20-sg13-oLS-00123",
    properties: { url: "http://handle.itu.int/11.1002/ls/sp20-sg13-oLS-00123.docx", studyPeriod: "2022-2024", format: "itu-notification" },
    from: "ITU-T SG13",
    to: { "ITU-T TSAG": "INFORMATION", "ITU-T SG17": "INFORMATION" },
    topics: ["topic:distributed-ledger-technology"],
  },
  {
    file: "itu-notification/sp24-tsag-ols-00007-no-announcement.txt",
    id: "sp24-tsag-oLS-00007",
    properties: { studyPeriod: "2025-2028", format: "itu-notification" },
    from: "ITU-T TSAG",
    to: {},
  },
  {
    file: "itu-ls-template/sg17-ls14-tabs.txt",
    id: "sp16-sg17-oLS-00014",
    properties: { title: "LS on the establishment of a Focus Group on Blockchain under the auspices of TSAG", format: "itu-ls-template" },
    from: "ITU-T SG17",
    to: {
      "ITU-T TSAG": "ACTION",
      ...Object.fromEntries(["ITU-T SG2", "ITU-T SG3", "ITU-T SG5", "ITU-T SG11", "ITU-T SG13", "ITU-T SG16", "ITU-T SG20"].map((sg) => [sg, "INFORMATION"])),
      "ITU-T FG DFS": "INFORMATION",
      "ISO/IEC JTC 1/SC 27": "INFORMATION",
      IETF: "INFORMATION",
    },
    references: ["Q6/17", "Q14/17", "ITU-T FG Blockchain", "workshop:2017-03-21:security-aspects-of-blockchain"],
    proposes: ["ITU-T FG Blockchain"],
    topics: ["topic:blockchain"],
  },
  {
    file: "itu-ls-template/sg13-ls45-reply-messy.txt",
    id: "sp20-sg13-oLS-00045",
    properties: { studyPeriod: "2022-2024", date: "2023-07-28", format: "itu-ls-template" },
    from: "ITU-T SG13",
    to: { "ITU-T SG17": "ACTION", "ITU-T TSAG": "ACTION", "ITU-T FG DLT": "INFORMATION", IETF: "INFORMATION" },
    references: ["Q2/13", "Q22/13", "ITU-T X.509"],
  },
  {
    file: "ietf-datatracker/liaison-1530-colons.txt",
    id: "ietf-liaison-1530",
    properties: { date: "2017-04-05", title: "LS on the establishment of a Focus Group on Blockchain", format: "ietf-datatracker" },
    from: "ITU-T SG17",
    to: { IETF: "INFORMATION" },
    // "The IAB <iab@example.org>": a body copied with its list address is still the body.
    cc: ["IAB", "IESG"],
    proposes: ["ITU-T FG Blockchain"],
    topics: ["topic:blockchain"],
  },
  {
    file: "ietf-datatracker/reply-yang-tabs.txt",
    properties: { date: "2023-11-14", title: "Reply LS on YANG models for optical transport networks", purpose: "RESPONSE" },
    from: "IETF CCAMP",
    to: { "ITU-T SG15": "RESPONSE" },
    cc: ["IETF TEAS"],
    references: ["Q14/15"],
    repliesTo: ["sp20-sg15-oLS-00321"],
  },
  {
    file: "plain-text/mail-from-sg13.txt",
    properties: { date: "2017-03-21", title: "LS on trust provisioning for distributed ledger services", format: "plain-text" },
    from: "ITU-T SG13",
    // "To: ITU-T SG17 (for action), TSAG": only SG17 is asked to act.
    to: { "ITU-T SG17": "ACTION", "ITU-T TSAG": "INFORMATION" },
    cc: ["IETF OPSAWG"],
    references: ["ITU-T X.509", "Q22/13"],
  },
  {
    file: "plain-text/liaison-note",
    properties: { date: "2019-08-01", format: "plain-text" },
    from: "ITU-T FG DLT",
    to: { "ITU-T SG16": "INFORMATION", "ITU-T SG17": "INFORMATION" },
  },
  {
    file: "plain-text/sentence-sender-cp1252.txt",
    properties: { title: "Liaison statement on the “Blockchain” terminology" },
    from: "IETF CCAMP",
    to: { "ITU-T SG15": "INFORMATION" },
    topics: ["topic:blockchain", "topic:distributed-ledger-technology"],
  },
  {
    file: "markdown/fg-dlt-terminology.md",
    properties: { date: "2019-08-01", title: "LS on distributed ledger terminology", format: "markdown" },
    from: "ITU-T FG DLT",
    to: { "ITU-T SG16": "INFORMATION", "ITU-T SG17": "INFORMATION", "ITU-T TSAG": "INFORMATION" },
    references: ["ITU-T X.509"],
    topics: ["topic:distributed-ledger-technology"],
  },
  {
    file: "docx/sg17-ls14-template.docx",
    id: "sp16-sg17-oLS-00014",
    properties: { studyPeriod: "2017-2020", format: "itu-ls-template" },
    from: "ITU-T SG17",
    to: {
      "ITU-T TSAG": "ACTION",
      ...Object.fromEntries(["ITU-T SG2", "ITU-T SG3", "ITU-T SG5", "ITU-T SG11", "ITU-T SG13", "ITU-T SG16", "ITU-T SG20"].map((sg) => [sg, "INFORMATION"])),
      "ITU-T FG DFS": "INFORMATION",
    },
    references: ["Q14/17", "ITU-T FG Blockchain", "workshop:2017-03-21:security-aspects-of-blockchain"],
    proposes: ["ITU-T FG Blockchain"],
  },
  {
    file: "docx/sg20-plain-statement.docx",
    properties: { title: "Liaison statement on smart sustainable cities indicators" },
    from: "ITU-T SG20",
    to: { "ITU-T SG5": "INFORMATION", "ITU-T TSAG": "INFORMATION" },
    topics: ["topic:smart-cities"],
  },
];

interface DocumentRow {
  props: Record<string, unknown>;
  from: string[];
  to: [string, string][];
  cc: string[];
  references: string[];
  repliesTo: string[];
  topics: string[];
  proposes: string[];
}

describe("every document format, ingested into the graph", () => {
  const graph = useTestGraph();

  const readBack = async (id: string): Promise<DocumentRow | undefined> => {
    const [row] = await graph.rows<DocumentRow>(
      `MATCH (d:LiaisonStatement {id: $id})
       RETURN properties(d) AS props,
              [(d)-[:SENT_BY]->(b) | b.id] AS from,
              [(d)-[r:SENT_TO]->(b) | [b.id, r.purpose]] AS to,
              [(d)-[:COPIED_TO]->(b) | b.id] AS cc,
              [(d)-[:REFERENCES]->(x) | x.id] AS references,
              [(d)-[:REPLIES_TO]->(x) | x.id] AS repliesTo,
              [(d)-[:MENTIONS]->(t:Topic) | t.id] AS topics,
              COLLECT { MATCH (:Entity)-[r:PROPOSES {sourceDocument: $id}]->(x) RETURN x.id } AS proposes`,
      { id },
    );
    return row;
  };

  it.each(CASES.map((c) => [c.file, c] as const))("%s", async (_name, expected) => {
    const file = fixture(expected.file);
    const ids = await documentIds(graph, [file]);
    await graph.removeDocuments(ids);
    try {
      const run = await ingest(graph, [file]);
      expect(run.failed).toEqual([]);
      expect(run.documents.map((d) => d.outcome)).toEqual(["created"]);
      const id = run.documents[0]?.extraction.document.id ?? "";
      if (expected.id) expect(id).toBe(expected.id);

      const row = await readBack(id);
      expect(row, `no LiaisonStatement ${id} in the graph`).toBeDefined();
      if (!row) return;
      expect(row.props).toMatchObject(expected.properties ?? {});
      expect(row.from).toEqual([expected.from]);
      expect(Object.fromEntries(row.to)).toEqual(expected.to);
      expect(row.cc.sort()).toEqual([...(expected.cc ?? [])].sort());
      expect(row.references).toEqual(expect.arrayContaining([...(expected.references ?? [])]));
      expect(row.repliesTo).toEqual(expect.arrayContaining([...(expected.repliesTo ?? [])]));
      expect(row.topics).toEqual(expect.arrayContaining([...(expected.topics ?? [])]));
      expect(row.proposes).toEqual([...(expected.proposes ?? [])]);
      // Several fixtures name people with their e-mail addresses; none of that is stored.
      expect(JSON.stringify(row.props)).not.toMatch(/@example\./);
    } finally {
      await graph.removeDocuments(ids);
    }
  });

  it("keeps contact names and e-mail addresses only when asked to", async () => {
    const file = fixture("itu-ls-template/sg17-ls14-tabs.txt");
    const ids = await documentIds(graph, [file]);
    await graph.removeDocuments(ids);
    try {
      await ingest(graph, [file], { keepContacts: true });
      const kept = await readBack("sp16-sg17-oLS-00014");
      expect(kept?.props.contacts).toEqual(expect.arrayContaining([expect.stringContaining("alice@example.org"), expect.stringContaining("Bob Example")]));

      const again = await ingest(graph, [file]);
      expect(again.documents.map((d) => d.outcome)).toEqual(["updated"]);
      const dropped = await readBack("sp16-sg17-oLS-00014");
      expect(dropped?.props.contacts).toBeUndefined();
      expect(JSON.stringify(dropped?.props)).not.toMatch(/example\.(org|net)/);
    } finally {
      await graph.removeDocuments(ids);
    }
  });
});
