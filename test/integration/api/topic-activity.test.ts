import { describe, expect, it } from "vitest";
import { EVIDENCE, LS, REF, ids, useAnalyticsApi } from "./analytics-api.js";

interface Activity {
  topic: { id: string; name: string; type: string };
  topics: { id: string }[];
  bodies: {
    body: { type: string; id: string };
    evidence: { topic: string; via: { id: string }; relation: string; document: string | null; source: string | null }[];
    documentCount: number;
    firstSeen: string | null;
    lastSeen: string | null;
  }[];
  timeline: { period: string; count: number }[];
}

const ACTIVITY = `query ($topic: ID!, $includeNarrower: Boolean, $granularity: Granularity, $evidenceLimit: Int) {
  topicActivity(topic: $topic, includeNarrower: $includeNarrower, granularity: $granularity, evidenceLimit: $evidenceLimit) {
    topic ${REF} topics ${REF}
    bodies { body ${REF} evidence ${EVIDENCE} documentCount firstSeen lastSeen }
    timeline { period count }
  }
}`;
const DLT = "topic:distributed-ledger-technology";

describe("topicActivity", () => {
  const api = useAnalyticsApi({ founding: true });
  const activity = async (variables: Record<string, unknown>) =>
    (await api.query<{ topicActivity: Activity | null }>(ACTIVITY, variables)).topicActivity;
  const body = (result: Activity | null, id: string) => {
    const found = result?.bodies.find((b) => b.body.id === id);
    if (!found) throw new Error(`${id} is not among the bodies`);
    return found;
  };

  it("lists Q22/16, Q14/17 and ITU-T FG DLT, which study it, and ITU-T SG17 through the founding document", async () => {
    const result = await activity({ topic: DLT, evidenceLimit: 20 });
    expect(result?.topic).toEqual({ type: "Topic", id: DLT, name: "distributed ledger technology" });
    expect(ids(result?.topics ?? [])).toEqual([DLT, "topic:blockchain", "topic:decentralized-applications", "topic:smart-contracts"]);
    expect(ids(result?.bodies.map((b) => b.body) ?? [])).toEqual(
      expect.arrayContaining(["ITU-T SG17", "ITU-T FG DLT", "Q14/17", "Q22/16"]),
    );
    // The one body with documents comes first: most documents first.
    expect(result?.bodies[0]?.body.id).toBe("ITU-T SG17");

    const sg17 = body(result, "ITU-T SG17");
    expect(sg17.documentCount).toBe(1);
    expect(sg17.firstSeen).toBeNull();
    expect(sg17.evidence.every((e) => e.relation === "MENTIONS" && e.document === LS && e.via.id === LS)).toBe(true);
    // Blockchain is narrower than DLT: the document counts for the topic through it as well.
    expect(sg17.evidence.map((e) => e.topic).sort()).toEqual(
      ["topic:blockchain", "topic:decentralized-applications", DLT, "topic:smart-contracts"].sort(),
    );

    for (const [id, source] of [
      ["Q22/16", "https://www.itu.int/en/ITU-T/studygroups/2017-2020/16/Pages/q22.aspx"],
      ["Q14/17", "https://www.itu.int/en/ITU-T/studygroups/2017-2020/17/Pages/q14.aspx"],
      ["ITU-T FG DLT", "https://www.itu.int/en/ITU-T/focusgroups/dlt/Pages/default.aspx"],
    ] as const) {
      const studies = body(result, id);
      expect(studies.documentCount).toBe(0);
      expect(studies.evidence.map((e) => [e.topic, e.via.id, e.relation, e.source]).sort()).toEqual([
        [DLT, id, "STUDIES", source],
        ["topic:blockchain", id, "STUDIES", source],
      ].sort());
    }
  });

  it("cites at most evidenceLimit documents per body", async () => {
    const result = await activity({ topic: DLT, evidenceLimit: 1 });
    expect(body(result, "ITU-T SG17").evidence).toHaveLength(1);
    expect(body(result, "Q22/16").evidence).toHaveLength(2);
  });

  it("without narrower topics, keeps to the topic itself", async () => {
    const result = await activity({ topic: DLT, includeNarrower: false, evidenceLimit: 20 });
    expect(ids(result?.topics ?? [])).toEqual([DLT]);
    expect(body(result, "ITU-T SG17").evidence.map((e) => e.topic)).toEqual([DLT]);
    expect(body(result, "Q14/17").evidence.map((e) => e.topic)).toEqual([DLT]);
  });

  it("counts documents per study period; an undated document has no year", async () => {
    expect((await activity({ topic: DLT, granularity: "STUDY_PERIOD" }))?.timeline).toEqual(
      expect.arrayContaining([{ period: "2017-2020", count: 1 }]),
    );
    const years = (await activity({ topic: DLT, granularity: "YEAR" }))?.timeline ?? [];
    expect(years.map((p) => p.period)).toEqual([...years.map((p) => p.period)].sort());
    expect(years.every((p) => /^\d{4}$/.test(p.period))).toBe(true);
  });

  it("refuses a topic the graph does not know, naming the argument", async () => {
    const errors = await api.errors(ACTIVITY, { topic: "topic:no-such-topic" });
    expect(errors).toMatchObject([{ code: "BAD_USER_INPUT", argument: "topic" }]);
    expect(errors[0]?.message.startsWith('topic: no topic is known as "topic:no-such-topic"')).toBe(true);
  });
});
