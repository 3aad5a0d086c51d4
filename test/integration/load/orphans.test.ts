import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExtractedEntity } from "../../../src/extract/extraction.js";
import { writeExtraction } from "../../../src/load/write-extraction.js";
import { useTestGraph } from "../../support/neo4j.js";
import { fixtureWrite, unknownBody, type FixtureDocument } from "./extraction-fixture.js";
import { graphTotals } from "./load-helpers.js";

const A = "test-orphans-A";
const B = "test-orphans-B";
const C = "test-orphans-C";
const STUB = "test-orphans-stub";
const ACME = "test-orphans:acme";
const SHARED = "test-orphans:shared";
const ADOPTED = "test-orphans:adopted";
const FG = "test-orphans:fg";

const SG17: ExtractedEntity = { type: "StudyGroup", id: "ITU-T SG17", name: "ITU-T Study Group 17" };
const TSAG: ExtractedEntity = { type: "AdvisoryGroup", id: "ITU-T TSAG", name: "Telecommunication Standardization Advisory Group" };
const SENDER = [{ type: "SENT_BY", to: SG17.id }, { type: "SENT_TO", to: TSAG.id, properties: { purpose: "ACTION" } }] as const;

/** Names two reference bodies, two unknown ones, a focus group, a liaison statement only it knows, and C. */
const A_FIRST: FixtureDocument = {
  id: A,
  text: "LS from SG17 to TSAG\nIt names ACME, a shared body, an adopted body, a new focus group, a stub LS and C.",
  entities: [
    SG17,
    TSAG,
    unknownBody(ACME),
    unknownBody(SHARED),
    unknownBody(ADOPTED),
    { type: "FocusGroup", id: FG, name: "Focus Group on Orphans", properties: { status: "PROPOSED" } },
    { type: "LiaisonStatement", id: STUB, name: STUB },
    { type: "LiaisonStatement", id: C, name: C },
  ],
  relations: [
    ...SENDER,
    { type: "MENTIONS", to: ACME },
    { type: "MENTIONS", to: SHARED },
    { type: "MENTIONS", to: ADOPTED },
    { type: "PROPOSES", from: SG17.id, to: FG },
    { type: "REFERENCES", to: STUB },
    { type: "REFERENCES", to: C },
  ],
};
/** The same statement revised: it now only says who sent it to whom. */
const A_REVISED: FixtureDocument = {
  id: A,
  text: "LS from SG17 to TSAG (revised)\nIt names nobody else.",
  entities: [SG17, TSAG],
  relations: [...SENDER],
};
const B_FIRST: FixtureDocument = {
  id: B,
  text: "LS from SG17\nIt names the shared body.",
  entities: [SG17, unknownBody(SHARED)],
  relations: [{ type: "SENT_BY", to: SG17.id }, { type: "MENTIONS", to: SHARED }],
};
const B_REVISED: FixtureDocument = { id: B, text: "LS from SG17 (revised)\nIt names nobody.", entities: [SG17], relations: [{ type: "SENT_BY", to: SG17.id }] };
/** An ingested statement with nothing but itself: only A's reference links to it. */
const C_ALONE: FixtureDocument = { id: C, text: "A statement that names nobody." };

describe("orphans of a changed document", () => {
  const graph = useTestGraph();
  const write = (doc: FixtureDocument) => writeExtraction(graph.driver, graph.database, fixtureWrite(doc));
  const existing = async (ids: readonly string[]) =>
    (await graph.rows<{ id: string }>("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id ORDER BY id", { ids })).map((r) => r.id);
  const relationsOf = async (id: string) =>
    (
      await graph.rows<{ rel: string }>(
        "MATCH (a)-[r {sourceDocument: $id}]->(b) RETURN type(r) + ' ' + a.id + ' -> ' + b.id AS rel ORDER BY rel",
        { id },
      )
    ).map((r) => r.rel);
  const clean = async () => {
    await graph.removeDocuments([A, B, C, STUB]);
    // ADOPTED became a reference node, which no document removal takes away.
    await graph.rows("MATCH (n:Entity) WHERE n.id STARTS WITH 'test-orphans' DETACH DELETE n");
  };

  beforeAll(async () => {
    await clean();
    expect(await write(C_ALONE)).toBe("created");
    expect(await write(B_FIRST)).toBe("created");
    expect(await write(A_FIRST)).toBe("created");
    // The reference graph, loaded later, describes a body A introduced: it is a reference node now.
    await graph.rows("MERGE (n:Entity {id: $id}) SET n:Body:Organization, n.name = 'Adopted Body', n.source = 'https://example.org/adopted'", {
      id: ADOPTED,
    });
  });
  afterAll(clean);

  const EVERY_NODE = [A, B, C, STUB, ACME, SHARED, ADOPTED, FG, SG17.id, TSAG.id];

  it("has every node of the first version, the stub statement as a node of its own", async () => {
    expect(await existing(EVERY_NODE)).toEqual([...EVERY_NODE].sort());
    expect(await relationsOf(A)).toHaveLength(8);
    const [stub] = await graph.rows("MATCH (n:LiaisonStatement {id: $id}) RETURN n.firstSeenIn AS introducedBy, n.writeHash AS hash", { id: STUB });
    expect(stub).toEqual({ introducedBy: A, hash: null });
  });

  it("leaves the graph as it was when the write fails after the cleanup", async () => {
    const before = await graphTotals(graph);
    const relationsBefore = await relationsOf(A);
    const broken: FixtureDocument = { ...A_REVISED, relations: [...A_REVISED.relations!, { type: "NOT_A_RELATION", to: TSAG.id }] };
    await expect(write(broken)).rejects.toThrow("not a document relation type: NOT_A_RELATION");

    expect(await existing(EVERY_NODE)).toEqual([...EVERY_NODE].sort());
    expect(await relationsOf(A)).toEqual(relationsBefore);
    expect(await graphTotals(graph)).toEqual(before);
    const [doc] = await graph.rows("MATCH (d:LiaisonStatement {id: $id}) RETURN d.title AS title", { id: A });
    expect(doc).toEqual({ title: "LS from SG17 to TSAG" });
  });

  it("removes what only its earlier version introduced, and keeps what others still hold", async () => {
    const before = await graphTotals(graph);
    expect(await write(A_REVISED)).toBe("updated");
    expect(await relationsOf(A)).toEqual([`SENT_BY ${A} -> ITU-T SG17`, `SENT_TO ${A} -> ITU-T TSAG`]);
    // Gone: the unknown body, the focus group (held by a relation between two other nodes) and the
    // statement known only as A's reference. Kept: what B still names, the ingested C, the node the
    // reference graph took over, and the reference bodies.
    expect(await existing(EVERY_NODE)).toEqual([A, B, C, SG17.id, TSAG.id, ADOPTED, SHARED].sort());
    const after = await graphTotals(graph);
    expect(before.nodes - after.nodes).toBe(3);
    expect(before.relationships - after.relationships).toBe(6);
  });

  it("removes a node once the last document naming it no longer does", async () => {
    expect(await write(B_REVISED)).toBe("updated");
    expect(await existing([SHARED, B, C, ADOPTED])).toEqual([ADOPTED, B, C].sort());
  });

  it("gives a node back when a document names it again", async () => {
    expect(await write(A_FIRST)).toBe("updated");
    expect(await existing(EVERY_NODE)).toEqual([...EVERY_NODE].sort());
    const [acme] = await graph.rows("MATCH (n:Entity {id: $id}) RETURN n.firstSeenIn AS introducedBy, n.resolved AS resolved", { id: ACME });
    expect(acme).toEqual({ introducedBy: A, resolved: false });
  });

  it("takes a removed document's orphans with it, never a reference node", async () => {
    await graph.removeDocuments([A, B]);
    expect(await existing(EVERY_NODE)).toEqual([ADOPTED, C, SG17.id, TSAG.id].sort());
  });
});
