import { describe, expect, it } from "vitest";
import type { GraphWrite } from "../../../src/load/graph-write.js";
import { connectionPaths, type ConnectionPathsArgs } from "../../../src/api/resolvers/analytics/connection-paths.js";
import { neighbourhood } from "../../../src/api/resolvers/analytics/neighbourhood.js";
import { testDocument, useAnalyticsApi } from "./analytics-api.js";

const ALPHA = "Paths Test Alpha";
const BETA = "Paths Test Beta";
const GAMMA = "Paths Test Gamma";
const PERIOD = "2025-2028";
const HIDDEN = "test-paths-hidden";

const body = (id: string) => ({ id, name: id, labels: ["Organization", "Body"], properties: { resolved: false } });
const statement = (id: string, date: string, from: string, to: string): GraphWrite => ({
  ...testDocument({ id, date, studyPeriod: "2022-2024", from, to: [to] }),
  entities: [body(from), body(to)],
});
const stated = (type: string, from: string, to: string) => ({ type, from, to, evidence: `${from} ${type} ${to}.`, properties: {} });

// Alpha and Beta are joined by three public statements, Beta and Gamma by one: Alpha to Gamma is
// four relations for everyone. Shorter ways exist, but none a public reader may take: a
// member-only statement from Alpha to Gamma, which also says Alpha and Gamma collaborate with
// Beta, and the study period both Alpha and Gamma are part of, which is never a stepping stone.
const DOCUMENTS: GraphWrite[] = [
  statement("test-paths-ls-1", "2024-01-10", ALPHA, BETA),
  statement("test-paths-ls-2", "2024-01-11", ALPHA, BETA),
  statement("test-paths-ls-3", "2024-01-12", ALPHA, BETA),
  statement("test-paths-ls-4", "2024-02-01", BETA, GAMMA),
  {
    ...statement(HIDDEN, "2024-03-01", ALPHA, GAMMA),
    document: { ...statement(HIDDEN, "2024-03-01", ALPHA, GAMMA).document, access: "restricted" },
    relations: [
      ...statement(HIDDEN, "2024-03-01", ALPHA, GAMMA).relations,
      stated("COLLABORATES_WITH", ALPHA, BETA),
      stated("COLLABORATES_WITH", GAMMA, BETA),
    ],
  },
  {
    documentId: "test-paths-period",
    writeHash: "test-test-paths-period",
    document: { id: "test-paths-period", name: "test-paths-period", title: "test-paths-period", date: "2024-04-01", studyPeriod: PERIOD },
    entities: [body(ALPHA), body(GAMMA)],
    relations: [stated("PART_OF", ALPHA, PERIOD), stated("PART_OF", GAMMA, PERIOD)],
  },
];

describe("connectionPaths and neighbourhood for public readers and members", () => {
  const api = useAnalyticsApi({ documents: DOCUMENTS });
  const reader = (access: string[]) => ({
    db: { driver: api.graph.driver, database: api.graph.database },
    context: { access, sessionConfig: { database: api.graph.database } },
  });
  const PUBLIC = ["public"];
  const MEMBER = ["public", "restricted"];
  const paths = async (access: string[], args: ConnectionPathsArgs) => {
    const { db, context } = reader(access);
    return (await connectionPaths(db, args, context)) as { length: number; nodes: { type: string; id: string }[]; relations: { type: string; from: string; to: string; document: string | null }[] }[];
  };
  const around = async (access: string[], id: string, limit?: number) => {
    const { db, context } = reader(access);
    return (await neighbourhood(db, { id, limit }, context)) as {
      nodes: { type: string; id: string }[];
      relations: { type: string; from: string; to: string; document: string | null }[];
    };
  };
  const route = (path: { nodes: { id: string }[] }) => path.nodes.map((n) => n.id);

  it("keeps to limit, in the order of the paths' nodes, a smaller limit giving a prefix", async () => {
    const all = await paths(PUBLIC, { from: ALPHA, to: BETA, limit: 20 });
    expect(all.map(route)).toEqual([
      [ALPHA, "test-paths-ls-1", BETA],
      [ALPHA, "test-paths-ls-2", BETA],
      [ALPHA, "test-paths-ls-3", BETA],
    ]);
    expect((await paths(PUBLIC, { from: ALPHA, to: BETA, limit: 2 })).map(route)).toEqual(all.slice(0, 2).map(route));
    expect((await paths(PUBLIC, { from: ALPHA, to: BETA, limit: 1 })).map(route)).toEqual(all.slice(0, 1).map(route));
  });

  it("never steps on a member-only statement, nor along a relation one states, for a public reader", async () => {
    // A member sees the relation the member-only statement states, so Alpha and Beta are one apart.
    const member = await paths(MEMBER, { from: ALPHA, to: BETA });
    expect(member.map((p) => p.relations.map((r) => [r.type, r.document]))).toEqual([[["COLLABORATES_WITH", HIDDEN]]]);
    expect((await paths(MEMBER, { from: ALPHA, to: GAMMA })).map(route)).toEqual([[ALPHA, BETA, GAMMA], [ALPHA, HIDDEN, GAMMA]]);
    for (const [from, to] of [[ALPHA, BETA], [ALPHA, GAMMA]] as const) {
      const found = await paths(PUBLIC, { from, to, maxHops: 6 });
      expect(found.length).toBeGreaterThan(0);
      for (const path of found) {
        expect(route(path)).not.toContain(HIDDEN);
        for (const relation of path.relations) expect(relation.document).not.toBe(HIDDEN);
      }
    }
  });

  it("goes no further than maxHops and never through a study period, which may still be an end", async () => {
    // Through the study period Alpha and Gamma would be two apart.
    expect(await paths(PUBLIC, { from: ALPHA, to: GAMMA, maxHops: 3 })).toEqual([]);
    const four = await paths(PUBLIC, { from: ALPHA, to: GAMMA, maxHops: 4 });
    expect(four.map(route)).toEqual([
      [ALPHA, "test-paths-ls-1", BETA, "test-paths-ls-4", GAMMA],
      [ALPHA, "test-paths-ls-2", BETA, "test-paths-ls-4", GAMMA],
      [ALPHA, "test-paths-ls-3", BETA, "test-paths-ls-4", GAMMA],
    ]);
    for (const path of four) expect(path.nodes.map((n) => n.type)).not.toContain("StudyPeriod");
    expect((await paths(PUBLIC, { from: ALPHA, to: PERIOD, maxHops: 1 })).map(route)).toEqual([[ALPHA, PERIOD]]);
  });

  it("finds the same four-relation paths from either end, each relation joining the nodes it stands between", async () => {
    const there = await paths(PUBLIC, { from: ALPHA, to: GAMMA, maxHops: 4 });
    const back = await paths(PUBLIC, { from: GAMMA, to: ALPHA, maxHops: 4 });
    expect(back.map(route)).toEqual([
      [GAMMA, "test-paths-ls-4", BETA, "test-paths-ls-1", ALPHA],
      [GAMMA, "test-paths-ls-4", BETA, "test-paths-ls-2", ALPHA],
      [GAMMA, "test-paths-ls-4", BETA, "test-paths-ls-3", ALPHA],
    ]);
    expect(back.map((path) => route(path).reverse())).toEqual(there.map(route));
    for (const path of [...there, ...back]) {
      expect(path.length).toBe(4);
      path.relations.forEach((relation, i) => {
        const ends = [path.nodes[i]!.id, path.nodes[i + 1]!.id];
        expect([relation.from, relation.to].sort()).toEqual([...ends].sort());
      });
    }
  });

  it("shows a public reader neither a member-only statement nor a relation one states, even between two neighbours", async () => {
    const member = await around(MEMBER, "test-paths-ls-1");
    expect(member.relations).toContainEqual(expect.objectContaining({ type: "COLLABORATES_WITH", from: ALPHA, to: BETA, document: HIDDEN }));
    const anonymous = await around(PUBLIC, "test-paths-ls-1");
    expect(anonymous.nodes.map((n) => n.id)).toEqual(["test-paths-ls-1", ALPHA, BETA]);
    expect(anonymous.relations.map((r) => `${r.from} ${r.type} ${r.to}`).sort()).toEqual([
      `test-paths-ls-1 SENT_BY ${ALPHA}`,
      `test-paths-ls-1 SENT_TO ${BETA}`,
    ]);
    expect((await around(MEMBER, ALPHA)).nodes.map((n) => n.id)).toContain(HIDDEN);
    const alpha = await around(PUBLIC, ALPHA);
    expect(alpha.nodes.map((n) => n.id)).not.toContain(HIDDEN);
    for (const relation of alpha.relations) expect(relation.document).not.toBe(HIDDEN);
  });

  it("keeps at most limit neighbours: named things first, then the newest statements", async () => {
    expect((await around(PUBLIC, ALPHA, 2)).nodes.map((n) => n.id)).toEqual([ALPHA, PERIOD, "test-paths-ls-3"]);
    expect((await around(PUBLIC, ALPHA, 3)).nodes.map((n) => n.id)).toEqual([ALPHA, PERIOD, "test-paths-ls-3", "test-paths-ls-2"]);
    // For a member, Beta is a named neighbour too (through the relation the member-only statement states).
    expect((await around(MEMBER, ALPHA, 2)).nodes.map((n) => n.id)).toEqual([ALPHA, PERIOD, BETA]);
    // Beta's first two neighbours, Alpha and Gamma, are a member's only: a public reader gets its newest statement.
    expect((await around(MEMBER, BETA, 1)).nodes.map((n) => n.id)).toEqual([BETA, ALPHA]);
    expect((await around(PUBLIC, BETA, 1)).nodes.map((n) => n.id)).toEqual([BETA, "test-paths-ls-4"]);
  });
});
