import { describe, expect, it } from "vitest";
import { LS, PROPOSAL_SENTENCE, REF, RELATION, ids, useAnalyticsApi } from "./analytics-api.js";

interface Relation {
  type: string;
  from: string;
  to: string;
  document: string | null;
  evidence: string | null;
  source: string | null;
  date: string | null;
  clause: string | null;
}
interface Path {
  length: number;
  nodes: { type: string; id: string }[];
  relations: Relation[];
}
interface Lineage {
  focusGroup: { id: string; name: string };
  status: string | null;
  proposals: { by: { id: string }; target: { id: string }; document: string | null; evidence: string | null }[];
  consideredBy: Relation[];
  establishedBy: Relation[];
  parents: Relation[];
  references: Relation[];
  published: { id: string }[];
}

const PATHS = `query ($from: ID!, $to: ID!, $maxHops: Int) {
  connectionPaths(from: $from, to: $to, maxHops: $maxHops) { length nodes ${REF} relations ${RELATION} }
}`;
const LINEAGE = `query ($id: ID!) {
  focusGroupLineage(id: $id) {
    focusGroup ${REF} status proposals { by ${REF} target ${REF} document evidence }
    consideredBy ${RELATION} establishedBy ${RELATION} parents ${RELATION} references ${RELATION} published ${REF}
  }
}`;

describe("connectionPaths and focusGroupLineage", () => {
  const api = useAnalyticsApi({ founding: true });
  const paths = async (variables: Record<string, unknown>) => (await api.query<{ connectionPaths: Path[] }>(PATHS, variables)).connectionPaths;
  const lineage = async (id: string) => (await api.query<{ focusGroupLineage: Lineage | null }>(LINEAGE, { id })).focusGroupLineage;

  it("links ITU-T SG17 to ITU-T TSAG in at most two relations, each joining neighbouring nodes", async () => {
    const found = await paths({ from: "ITU-T SG17", to: "ITU-T TSAG" });
    expect(found.length).toBeGreaterThan(0);
    for (const path of found) {
      expect(path.length).toBeLessThanOrEqual(2);
      expect(path.nodes[0]?.id).toBe("ITU-T SG17");
      expect(path.nodes.at(-1)?.id).toBe("ITU-T TSAG");
      expect(path.relations).toHaveLength(path.length);
      path.relations.forEach((r, i) => {
        expect([r.from, r.to].sort()).toEqual([path.nodes[i]?.id, path.nodes[i + 1]?.id].sort());
      });
    }
    const through = found.map((p) => p.nodes[1]?.id);
    expect(through).toEqual(expect.arrayContaining([LS]));
  });

  it("finds nothing beyond maxHops and never steps through a study period", async () => {
    expect(await paths({ from: "ITU-T SG17", to: "ITU-T TSAG", maxHops: 1 })).toEqual([]);
    // Both groups are active in 2025-2028, which would join them in two hops.
    for (const path of await paths({ from: "ITU-T SG2", to: "ITU-T SG21", maxHops: 6 })) {
      expect(path.nodes.map((n) => n.type)).not.toContain("StudyPeriod");
    }
    const errors = await api.errors(PATHS, { from: "ITU-T SG17", to: "no such node" });
    expect(errors).toMatchObject([{ code: "BAD_USER_INPUT", argument: "to" }]);
  });

  it("tells the Focus Group on Blockchain's story: proposed by SG17 in the founding document, to be considered by TSAG", async () => {
    const story = await lineage("ITU-T FG Blockchain");
    expect(story?.focusGroup).toEqual({ type: "FocusGroup", id: "ITU-T FG Blockchain", name: "Focus Group on Blockchain" });
    expect(story?.status).toBe("PROPOSED");
    expect(story?.proposals[0]).toEqual({
      by: { type: "StudyGroup", id: "ITU-T SG17", name: "ITU-T Study Group 17" },
      target: { type: "FocusGroup", id: "ITU-T FG Blockchain", name: "Focus Group on Blockchain" },
      document: LS,
      evidence: PROPOSAL_SENTENCE,
    });
    expect(story?.consideredBy).toContainEqual({
      type: "CONSIDERS", from: "ITU-T TSAG", to: "ITU-T FG Blockchain", document: LS, evidence: PROPOSAL_SENTENCE,
      source: null, date: null, clause: null,
    });
    expect(story?.parents.map((r) => [r.type, r.from, r.to, r.document])).toEqual([
      ["UNDER_AUSPICES_OF", "ITU-T FG Blockchain", "ITU-T TSAG", LS],
    ]);
    expect(story?.establishedBy).toEqual([]);
    const referenced = story?.references.map((r) => r.to) ?? [];
    expect(referenced).toEqual(
      expect.arrayContaining(["WTSA-16 Resolution 89", "report:distributed-ledger-technologies-and-financial-inclusion"]),
    );
    expect(referenced).not.toContain("ITU-T FG Blockchain");
    expect(story?.references.find((r) => r.type === "REFERENCES" && r.to === "WTSA-16 Resolution 89")).toMatchObject({
      from: LS, document: LS, clause: "resolves 2",
    });
  });

  it("tells ITU-T FG DLT's: established by TSAG in 2017-05, under TSAG", async () => {
    const story = await lineage("ITU-T FG DLT");
    expect(story?.status).toBe("CONCLUDED");
    expect(story?.proposals).toEqual([]);
    expect(story?.establishedBy).toEqual([
      {
        type: "ESTABLISHED", from: "ITU-T TSAG", to: "ITU-T FG DLT", date: "2017-05", document: null, evidence: null, clause: null,
        source: "TSAG-TD475 (Geneva, 23-27 September 2019): Final report of FG DLT to TSAG",
      },
    ]);
    expect(story?.parents.map((r) => r.to)).toEqual(["ITU-T TSAG"]);
    expect(ids((await lineage("ITU-T FG DFS"))?.published ?? [])).toEqual(["report:distributed-ledger-technologies-and-financial-inclusion"]);
  });

  it("refuses an id that is not a focus group, naming the argument", async () => {
    const errors = await api.errors(LINEAGE, { id: "ITU-T SG17" });
    expect(errors).toMatchObject([{ code: "BAD_USER_INPUT", argument: "id" }]);
    expect(errors[0]?.message.startsWith('id: no focus group is known as "ITU-T SG17"')).toBe(true);
  });
});
