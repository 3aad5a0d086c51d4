/**
 * A reply cites a statement by its number ("SG15-LS102"); the statement itself is ingested under
 * its ITU handle. Whichever comes first, both meet on one node: a reply ingested first leaves a
 * stub that the statement's own ingestion completes.
 */
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestFile } from "../../support/ingest.js";
import { useTestGraph } from "../../support/neo4j.js";

const THREADS = path.resolve(import.meta.dirname, "../../fixtures/documents/threads");
const ORIGINAL = path.join(THREADS, "sg15-ls102-yang-otn.txt");
const REPLY = path.join(THREADS, "ietf-liaison-1650-reply-to-sg15.txt");
const LS102 = "sp16-sg15-oLS-00102";
const REPLY_ID = "ietf-liaison-1650";

interface Node {
  count: number;
  labels: string[];
  name: string;
  title: string | null;
  date: string | null;
  deadline: string | null;
  ingested: boolean;
  firstSeenIn: string | null;
  replies: string[];
}

describe("a cited statement and its own ingestion meet on one node", () => {
  const graph = useTestGraph();
  const clean = () => graph.removeDocuments([REPLY_ID, LS102]);
  beforeEach(clean);
  afterEach(clean);

  const node = async (): Promise<Node | undefined> =>
    (
      await graph.rows<Node>(
        `MATCH (d:Entity) WHERE d.id = $id OR d.id = "SG15-LS102"
         WITH collect(d) AS nodes
         UNWIND nodes AS d
         RETURN size(nodes) AS count, [l IN labels(d) WHERE l <> "Entity"] AS labels, d.name AS name, d.title AS title,
                d.date AS date, d.deadline AS deadline, d.writeHash IS NOT NULL AS ingested, d.firstSeenIn AS firstSeenIn,
                [(r)-[rel:REPLIES_TO]->(d) | r.id + " | " + rel.evidence] AS replies`,
        { id: LS102 },
      )
    )[0];

  const COMPLETE: Node = {
    count: 1,
    labels: ["LiaisonStatement"],
    name: "LS on YANG data models for optical transport network management",
    title: "LS on YANG data models for optical transport network management",
    date: "2018-12-14",
    deadline: "2019-03-15",
    ingested: true,
    firstSeenIn: null,
    replies: [`${REPLY_ID} | Liaisons referred by this one: LS on YANG data models for optical transport network management (SG15-LS102)`],
  };

  it("reply first: a stub under the handle, named by the number the reply wrote, then completed", async () => {
    expect((await ingestFile(graph.driver, graph.database, REPLY)).outcome).toBe("created");
    expect(await node()).toEqual({
      count: 1,
      labels: ["LiaisonStatement"],
      name: "SG15-LS102",
      title: null,
      date: null,
      deadline: null,
      ingested: false,
      firstSeenIn: REPLY_ID,
      replies: COMPLETE.replies,
    });
    expect((await ingestFile(graph.driver, graph.database, ORIGINAL)).outcome).toBe("created");
    expect(await node()).toEqual(COMPLETE);
    // Ingesting the reply again changes nothing.
    expect((await ingestFile(graph.driver, graph.database, REPLY)).outcome).toBe("unchanged");
    expect(await node()).toEqual(COMPLETE);
  });

  it("original first: the reply links to it, and the result is the same node", async () => {
    expect((await ingestFile(graph.driver, graph.database, ORIGINAL)).outcome).toBe("created");
    expect(await node()).toEqual({ ...COMPLETE, replies: [] });
    expect((await ingestFile(graph.driver, graph.database, REPLY)).outcome).toBe("created");
    expect(await node()).toEqual(COMPLETE);
  });

  it("a stub goes with the only reply that cited it", async () => {
    await ingestFile(graph.driver, graph.database, REPLY);
    await graph.removeDocuments([REPLY_ID]);
    expect(await node()).toBeUndefined();
  });
});
