import { describe, expect, it } from "vitest";
import { loadReferenceGraph, REFERENCE_DIR } from "../../../src/graph/load-reference-graph.js";
import { REFERENCE_BODIES } from "../../../src/model/reference-bodies.js";
import { useTestGraph } from "../../support/neo4j.js";

describe("the reference graph", () => {
  const graph = useTestGraph();
  const counts = async () =>
    graph.rows<{ nodes: number; relationships: number; properties: number }>(
      `MATCH (n:Entity) WITH count(n) AS nodes
       CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
       CALL () { MATCH (n:Entity) RETURN sum(size(keys(n))) AS properties }
       RETURN nodes, relationships, properties`,
    );

  it("loads twice with identical counts", async () => {
    const before = await counts();
    const result = await loadReferenceGraph(graph.driver, graph.database);
    expect(result.nodesCreated).toBe(0);
    expect(result.relationshipsCreated).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it("gives every reference node a source", async () => {
    const rows = await graph.rows<{ id: string }>(
      `MATCH (n:Entity) WHERE n.firstSeenIn IS NULL AND NOT n:LiaisonStatement AND n.source IS NULL RETURN n.id AS id`,
    );
    expect(rows).toEqual([]);
  });

  it("keeps a study group's title per study period", async () => {
    const rows = await graph.rows<{ period: string; title: string }>(
      `MATCH (:StudyGroup {id: "ITU-T SG13"})-[r:ACTIVE_IN]->(p:StudyPeriod) RETURN p.id AS period, r.title AS title ORDER BY period`,
    );
    expect(rows).toEqual([
      { period: "2017-2020", title: "Future networks, with focus on IMT-2020, cloud computing and trusted network infrastructures" },
      { period: "2022-2024", title: "Future networks and emerging network technologies" },
      { period: "2025-2028", title: "Future networks and emerging network technologies" },
    ]);
  });

  it("has the focus groups with parent, dates and status", async () => {
    const rows = await graph.rows(
      `MATCH (f:FocusGroup) WHERE f.firstSeenIn IS NULL
       OPTIONAL MATCH (f)-[:UNDER_AUSPICES_OF]->(p)
       RETURN f.id AS id, f.status AS status, f.established AS established, f.concluded AS concluded, collect(p.id) AS parents
       ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: "ITU-T FG AI4H", status: "CONCLUDED", established: "2018-07", concluded: "2023-09-30", parents: ["ITU-T SG16"] },
      { id: "ITU-T FG AI4NDM", status: "CONCLUDED", established: null, concluded: "2024-03", parents: ["ITU-T SG2"] },
      { id: "ITU-T FG DFS", status: "CONCLUDED", established: "2014-06", concluded: "2017", parents: ["ITU-T TSAG"] },
      { id: "ITU-T FG DLT", status: "CONCLUDED", established: "2017-05", concluded: "2019-08-01", parents: ["ITU-T TSAG"] },
      { id: "ITU-T FG ML5G", status: "CONCLUDED", established: "2017-11", concluded: "2020-07", parents: ["ITU-T SG13"] },
      { id: "ITU-T FG MV", status: "CONCLUDED", established: "2022-12-16", concluded: "2024-06", parents: ["ITU-T TSAG"] },
      { id: "ITU-T FG VM", status: "CONCLUDED", established: "2018-07", concluded: "2022-09-01", parents: ["ITU-T SG16"] },
    ]);
  });

  it("has the WTSA-16 resolutions documents cite, with place and year", async () => {
    const rows = await graph.rows<{ id: string; place: string; year: number }>(
      `MATCH (r:Resolution) RETURN r.id AS id, r.place AS place, r.year AS year ORDER BY r.number`,
    );
    expect(rows.map((r) => r.id)).toEqual(
      ["WTSA-16 Resolution 1", "WTSA-16 Resolution 2", "WTSA-16 Resolution 18", "WTSA-16 Resolution 22", "WTSA-16 Resolution 89"],
    );
    expect(new Set(rows.map((r) => `${r.place} ${r.year}`))).toEqual(new Set(["Hammamet 2016"]));
  });

  it("links the topic taxonomy: blockchain is narrower than distributed ledger technology, which has the alias DLT", async () => {
    const rows = await graph.rows(
      `MATCH (b:Topic {id: "topic:blockchain"})-[:BROADER]->(d:Topic) RETURN d.id AS broader, "DLT" IN d.aliases AS hasAlias`,
    );
    expect(rows).toEqual([{ broader: "topic:distributed-ledger-technology", hasAlias: true }]);
  });

  it("places IETF working groups in their area and the IETF", async () => {
    const rows = await graph.rows(
      `MATCH path = (:Organization {id: "IETF CCAMP"})-[:PART_OF*]->(:Organization {id: "IETF"})
       RETURN [n IN nodes(path) | n.id] AS chain, [n IN nodes(path) | n.kind] AS kinds`,
    );
    expect(rows).toEqual([{ chain: ["IETF CCAMP", "IETF RTG", "IETF"], kinds: ["WORKING_GROUP", "AREA", "SDO"] }]);
  });

  it("places 3GPP working groups in their TSG", async () => {
    const rows = await graph.rows(
      `MATCH (wg:Organization {id: "3GPP CT4"})-[:PART_OF]->(tsg:Organization)-[:PART_OF]->(root:Organization)
       RETURN tsg.id AS tsg, root.id AS root, wg.aliases AS aliases`,
    );
    expect(rows).toEqual([{ tsg: "3GPP CT", root: "3GPP", aliases: expect.arrayContaining(["CT4", "CT WG4", "3GPP TSG CT WG4"]) }]);
  });

  it("gives the bodies of cypher/reference/bodies their own labels, kind and source", async () => {
    const rows = await graph.rows<{ labels: string[] }>(
      `MATCH (n:Entity) WHERE n.id IN ["ITU-R WP5D", "ITU-D TDAG", "ISO/IEC JTC 1/SC 42", "BBF", "ITU-T TSB"]
       RETURN n.id AS id, [l IN labels(n) WHERE l <> "Entity" | l] AS labels, n.kind AS kind, n.source STARTS WITH "http" AS sourced
       ORDER BY id`,
    );
    for (const row of rows) row.labels.sort();
    expect(rows).toEqual([
      { id: "BBF", labels: ["Body", "Organization"], kind: "INDUSTRY_FORUM", sourced: true },
      { id: "ISO/IEC JTC 1/SC 42", labels: ["Body", "Organization"], kind: "SUBCOMMITTEE", sourced: true },
      { id: "ITU-D TDAG", labels: ["AdvisoryGroup", "Body"], kind: "ADVISORY_GROUP", sourced: true },
      { id: "ITU-R WP5D", labels: ["Body", "WorkingParty"], kind: "WORKING_PARTY", sourced: true },
      { id: "ITU-T TSB", labels: ["Body", "Organization"], kind: "BUREAU", sourced: true },
    ]);
  });

  it("has every body of the JSON files, each with its parent", async () => {
    const rows = await graph.rows<{ id: string; parent: string | null }>(
      `UNWIND $ids AS id
       MATCH (n:Body {id: id})
       OPTIONAL MATCH (n)-[r:PART_OF {source: n.source}]->(p)
       RETURN n.id AS id, p.id AS parent`,
      { ids: REFERENCE_BODIES.map((b) => b.id) },
    );
    const expected = REFERENCE_BODIES.map((b) => ({ id: b.id, parent: b.parent ?? null }));
    expect(rows.sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected.sort((a, b) => a.id.localeCompare(b.id)));
  });

  it("loads the bodies twice without creating anything", async () => {
    const before = await counts();
    const again = await loadReferenceGraph(graph.driver, graph.database, REFERENCE_DIR);
    expect([again.nodesCreated, again.relationshipsCreated]).toEqual([0, 0]);
    expect(await counts()).toEqual(before);
  });
});
