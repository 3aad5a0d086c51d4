import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settleReferenceNodes } from "../../../src/load/settle-reference-nodes.js";
import { writeExtraction } from "../../../src/load/write-extraction.js";
import { useTestGraph } from "../../support/neo4j.js";
import { fixtureWrite, unknownBody, type FixtureDocument } from "./extraction-fixture.js";

const P1 = "test-provenance-1";
const P2 = "test-provenance-2";
const ACME = "test-provenance:acme";
const LATER = "test-provenance:later-reference";
const UNTOUCHED = "test-provenance:untouched";
const SG17 = "ITU-T SG17";

const mentions = (id: string, text: string, ...bodies: ReturnType<typeof unknownBody>[]): FixtureDocument => ({
  id,
  text,
  entities: bodies,
  relations: bodies.map((b) => ({ type: "MENTIONS", to: b.id })),
});

describe("entity properties and the documents that set them", () => {
  const graph = useTestGraph();
  const write = (doc: FixtureDocument) => writeExtraction(graph.driver, graph.database, fixtureWrite(doc));
  const node = async (id: string) => {
    const [row] = await graph.rows<{ props: Record<string, unknown> }>("MATCH (n:Entity {id: $id}) RETURN properties(n) AS props", { id });
    if (!row) throw new Error(`no node ${id}`);
    const { propertySources, ...props } = row.props as { propertySources?: string[] } & Record<string, unknown>;
    return { props, sources: [...(propertySources ?? [])].sort() };
  };
  /** What cypher/reference does to a node it describes: MERGE on id, then SET, `source` included. */
  const referenceLoad = (id: string, name: string) =>
    graph.rows("MERGE (n:Entity {id: $id}) SET n:Body:Organization, n.name = $name, n.source = 'https://example.org/' + $id", { id, name });
  const clean = async () => {
    await graph.removeDocuments([P1, P2]);
    await graph.rows("MATCH (n:Entity) WHERE n.id STARTS WITH 'test-provenance' DETACH DELETE n");
    await graph.rows(`MATCH (n:Entity {id: $sg17}) REMOVE n.mandate, n.propertySources`, { sg17: SG17 });
  };
  let sg17Before: Record<string, unknown>;

  beforeAll(async () => {
    await clean();
    sg17Before = (await node(SG17)).props;
  });
  afterAll(clean);

  it("writes an unknown body with its unresolved mark and records who said each property", async () => {
    await write(mentions(P1, "First: ACME, a consortium.", unknownBody(ACME, { kind: "CONSORTIUM" })));
    expect(await node(ACME)).toEqual({
      props: { id: ACME, name: "acme", kind: "CONSORTIUM", resolved: false, firstSeenIn: P1 },
      sources: [`kind=${P1}`, `name=${P1}`, `resolved=${P1}`],
    });
  });

  it("fills what another document adds, and keeps the first document's values", async () => {
    await write(mentions(P2, "Second: ACME, a forum in Geneva.", unknownBody(ACME, { kind: "FORUM", place: "Geneva" })));
    const { props, sources } = await node(ACME);
    expect(props).toMatchObject({ kind: "CONSORTIUM", place: "Geneva", resolved: false });
    expect(sources).toEqual([`kind=${P1}`, `name=${P1}`, `place=${P2}`, `resolved=${P1}`]);
  });

  it("lets a document correct its own values when it changes", async () => {
    await write(mentions(P1, "First, revised: ACME, an alliance.", unknownBody(ACME, { kind: "ALLIANCE" })));
    const { props, sources } = await node(ACME);
    expect(props).toMatchObject({ kind: "ALLIANCE", place: "Geneva", resolved: false });
    expect(sources).toEqual([`kind=${P1}`, `name=${P1}`, `place=${P2}`, `resolved=${P1}`]);
  });

  it("replaces an unresolved mark with another document's resolution", async () => {
    const resolved = { type: "Organization" as const, id: ACME, name: "ACME", properties: { resolved: true } };
    await write({ id: P2, text: "Second, revised: ACME resolved.", entities: [resolved], relations: [{ type: "MENTIONS", to: ACME }] });
    const { props, sources } = await node(ACME);
    expect(props).toMatchObject({ name: "acme", kind: "ALLIANCE", resolved: true });
    expect(sources).toEqual([`kind=${P1}`, `name=${P1}`, `place=${P2}`, `resolved=${P2}`]);
  });

  it("never overwrites a reference value, and adds what the reference graph does not say", async () => {
    const sg17 = {
      type: "StudyGroup" as const,
      id: SG17,
      name: "Study Group Seventeen",
      properties: { number: 99, mandate: "security", resolved: false },
    };
    await write({ id: P1, text: "First, third version: SG17 with a mandate.", entities: [sg17], relations: [{ type: "MENTIONS", to: SG17 }] });
    const { props, sources } = await node(SG17);
    expect(props).toEqual({ ...sg17Before, mandate: "security" });
    expect(props.resolved).toBeUndefined();
    expect(sources).toEqual([`mandate=${P1}`]);
  });

  it("drops the unresolved mark of a body the reference graph describes once a document names it", async () => {
    await write(mentions(P2, "Second, third version: a body unknown yet.", unknownBody(LATER)));
    expect((await node(LATER)).props.resolved).toBe(false);
    await referenceLoad(LATER, "Later Reference Body");
    await write(mentions(P1, "First, fourth version: the same body, still unmatched.", unknownBody(LATER)));
    const { props, sources } = await node(LATER);
    expect(props).toMatchObject({ name: "Later Reference Body", firstSeenIn: P2 });
    expect(props.resolved).toBeUndefined();
    // The name is the reference graph's now, and nothing else came from a document.
    expect(sources).toEqual([]);
  });

  it("drops it for bodies no document has named since the reference load", async () => {
    await write(mentions(P2, "Second, fourth version: another unknown body.", unknownBody(UNTOUCHED)));
    await referenceLoad(UNTOUCHED, "Untouched Reference Body");
    expect((await node(UNTOUCHED)).props.resolved).toBe(false);
    expect(await settleReferenceNodes(graph.driver, graph.database)).toBe(1);
    const { props, sources } = await node(UNTOUCHED);
    expect(props).toMatchObject({ name: "Untouched Reference Body" });
    expect(props.resolved).toBeUndefined();
    expect(sources).toEqual([]);
    expect(await settleReferenceNodes(graph.driver, graph.database)).toBe(0);
  });
});
