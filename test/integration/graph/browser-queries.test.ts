import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import neo4j, { type Node, type Path, type Relationship } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/config/config.js";
import { headerParams, usedParams } from "../api/saved-query-header.js";
import { ingest, ownedIds } from "../load/load-helpers.js";
import { useTestGraph } from "../../support/neo4j.js";

const BROWSER = path.join(PROJECT_ROOT, "cypher", "browser");
const EXAMPLES = path.join(PROJECT_ROOT, "examples", "liaison-statements");
const files = readdirSync(BROWSER).filter((f) => f.endsWith(".cypher")).sort();
// The follow-up goes in as a member-only document: what an anonymous reader must not see.
const RESTRICTED_FILE = "09-sg17-follow-up.txt";

interface Drawn {
  readonly nodes: Map<string, Node>;
  readonly relationships: Map<string, Relationship>;
}

/** What Neo4j Browser draws from a result: every node, relationship and path, inside lists too. */
function drawn(values: unknown[]): Drawn {
  const result: Drawn = { nodes: new Map(), relationships: new Map() };
  const visit = (value: unknown): void => {
    if (neo4j.isNode(value)) result.nodes.set((value as Node).elementId, value as Node);
    else if (neo4j.isRelationship(value)) result.relationships.set((value as Relationship).elementId, value as Relationship);
    else if (neo4j.isPath(value)) for (const segment of (value as Path).segments) [segment.start, segment.relationship, segment.end].forEach(visit);
    else if (Array.isArray(value)) value.forEach(visit);
  };
  values.forEach(visit);
  return result;
}

describe("the Neo4j Browser queries of cypher/browser", () => {
  const graph = useTestGraph();
  const owned: string[] = [];
  let restrictedId = "";

  const run = async (file: string, access: string[]): Promise<Drawn> => {
    const text = readFileSync(path.join(BROWSER, file), "utf8");
    const params: Record<string, unknown> = {};
    for (const { name, expression } of headerParams(text)) {
      const [row] = (await graph.driver.executeQuery(`RETURN ${expression} AS value`, {}, { database: graph.database })).records;
      params[name] = row?.get("value");
    }
    params.access = access;
    const { records } = await graph.driver.executeQuery(text, params, { database: graph.database });
    return drawn(records.flatMap((r) => r.keys.map((k) => r.get(k))));
  };

  beforeAll(async () => {
    const all = readdirSync(EXAMPLES).sort().map((f) => path.join(EXAMPLES, f));
    const dry = await ingest(graph, all, { dryRun: true });
    await graph.removeDocuments(ownedIds(dry));
    const publicRun = await ingest(graph, all.filter((f) => path.basename(f) !== RESTRICTED_FILE));
    const restrictedRun = await ingest(graph, [path.join(EXAMPLES, RESTRICTED_FILE)], { access: "restricted" });
    owned.push(...ownedIds(publicRun), ...ownedIds(restrictedRun));
    restrictedId = restrictedRun.documents[0]!.extraction.document.id;
  }, 240_000);
  afterAll(() => graph.removeDocuments(owned));

  it("are the graph views the guide lists", () => {
    expect(files).toEqual([
      "connection-paths.cypher", "document.cypher", "focus-group-lineage.cypher", "liaison-flows.cypher",
      "liaison-thread.cypher", "neighbourhood.cypher", "topic-activity.cypher",
    ]);
  });

  it.each(files)("%s documents every parameter it uses as a :param line and takes $access", (file) => {
    const text = readFileSync(path.join(BROWSER, file), "utf8");
    expect(headerParams(text).map((p) => p.name).sort()).toEqual(usedParams(text));
    expect(usedParams(text)).toContain("access");
  });

  it.each(files)("%s draws nodes and relationships from its :param lines, and hides the member-only document from an anonymous reader", async (file) => {
    const member = await run(file, ["public", "restricted"]);
    expect(member.nodes.size).toBeGreaterThan(1);
    expect(member.relationships.size).toBeGreaterThan(0);
    const anonymous = await run(file, ["public"]);
    expect(anonymous.nodes.size).toBeGreaterThan(0);
    for (const node of anonymous.nodes.values()) expect(node.properties.id).not.toBe(restrictedId);
    for (const relationship of anonymous.relationships.values()) expect(relationship.properties.sourceDocument).not.toBe(restrictedId);
  });

  it("draws the proposal with its sender, its five recipients and the focus group it proposes", async () => {
    const shown = await run("document.cypher", ["public"]);
    const types = [...shown.relationships.values()].map((r) => r.type);
    expect(types.filter((t) => t === "SENT_TO")).toHaveLength(5);
    expect(types).toContain("SENT_BY");
    expect(types).toContain("PROPOSES");
    const ids = [...shown.nodes.values()].map((n) => n.properties.id as string);
    expect(ids).toEqual(expect.arrayContaining(["sp24-sg17-oLS-00052", "ITU-T SG17", "ITU-T TSAG", "ITU-T FG Quantum-Safe Migration"]));
  });

  it("shows the member-only follow-up in the thread to a member only", async () => {
    const ids = async (access: string[]) => [...(await run("liaison-thread.cypher", access)).nodes.values()].map((n) => n.properties.id as string);
    expect(await ids(["public", "restricted"])).toContain(restrictedId);
    expect(await ids(["public"])).not.toContain(restrictedId);
  });
});
