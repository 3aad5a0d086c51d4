import { describe, expect, it } from "vitest";
import { LS, REF, RELATION, ids, useAnalyticsApi } from "./analytics-api.js";

interface Neighbourhood {
  nodes: { type: string; id: string; name: string }[];
  relations: { type: string; from: string; to: string; document: string | null; evidence: string | null }[];
}

const NEIGHBOURHOOD = `query ($id: ID!, $limit: Int) { neighbourhood(id: $id, limit: $limit) { nodes ${REF} relations ${RELATION} } }`;

describe("neighbourhood", () => {
  const api = useAnalyticsApi({ founding: true });
  const neighbourhood = async (id: string, limit?: number) =>
    (await api.query<{ neighbourhood: Neighbourhood | null }>(NEIGHBOURHOOD, { id, limit })).neighbourhood;

  it("shows blockchain first, with the founding document that mentions it and the relations among them", async () => {
    const result = await neighbourhood("topic:blockchain");
    expect(result?.nodes[0]).toEqual({ type: "Topic", id: "topic:blockchain", name: "blockchain" });
    expect(ids(result?.nodes ?? [])).toEqual(
      expect.arrayContaining([LS, "topic:distributed-ledger-technology", "Q22/16", "Q14/17", "ITU-T FG DLT"]),
    );
    const relations = result?.relations.map((r) => `${r.from} ${r.type} ${r.to}`) ?? [];
    expect(relations).toEqual(
      expect.arrayContaining([
        `${LS} MENTIONS topic:blockchain`,
        "topic:blockchain BROADER topic:distributed-ledger-technology",
        "Q14/17 STUDIES topic:blockchain",
        // Between two neighbours, not the node asked for: the drawing shows how they hang together.
        `${LS} MENTIONS topic:distributed-ledger-technology`,
        "Q14/17 STUDIES topic:distributed-ledger-technology",
      ]),
    );
    const mention = result?.relations.find((r) => r.type === "MENTIONS" && r.from === LS && r.to === "topic:blockchain");
    expect(mention?.document).toBe(LS);
    expect(mention?.evidence).toContain("Security Aspects of Blockchain");
    const shown = new Set(ids(result?.nodes ?? []));
    for (const r of result?.relations ?? []) expect(shown.has(r.from) && shown.has(r.to)).toBe(true);
  });

  it("keeps at most limit neighbours, named things before documents", async () => {
    const result = await neighbourhood("topic:blockchain", 1);
    expect(result?.nodes).toHaveLength(2);
    expect(result?.nodes[1]?.type).not.toBe("LiaisonStatement");
  });

  it("refuses an unknown id, naming the argument", async () => {
    const errors = await api.errors(NEIGHBOURHOOD, { id: "no such node", limit: 10 });
    expect(errors).toMatchObject([{ code: "BAD_USER_INPUT", argument: "id", message: 'id: no entity is known as "no such node"' }]);
  });
});
