import { describe, expect, it } from "vitest";
import { EVIDENCE, LS, REF, ids, useAnalyticsApi } from "./analytics-api.js";

interface Ref {
  type: string;
  id: string;
  name: string;
}
interface Evidence {
  body: string;
  topic: string;
  via: Ref;
  relation: string;
  document: string | null;
  sentence: string | null;
  source: string | null;
}
interface Overlap {
  a: Ref;
  b: Ref;
  sharedTopics: Ref[];
  score: number;
  evidence: Evidence[];
}

const OVERLAPS = `query ($body: ID, $kinds: [BodyKind!], $topic: ID, $studyPeriod: String, $minShared: Int, $evidenceLimit: Int, $evidenceTopics: Int) {
  overlaps(body: $body, kinds: $kinds, topic: $topic, studyPeriod: $studyPeriod, minShared: $minShared,
           evidenceLimit: $evidenceLimit, evidenceTopics: $evidenceTopics, limit: 100) {
    a ${REF} b ${REF} sharedTopics ${REF} score evidence ${EVIDENCE}
  }
}`;
const DLT = "topic:distributed-ledger-technology";
const Q22 = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/16/Pages/q22.aspx";
const Q14 = "https://www.itu.int/en/ITU-T/studygroups/2017-2020/17/Pages/q14.aspx";

describe("overlaps", () => {
  const api = useAnalyticsApi({ founding: true });
  const overlaps = async (variables: Record<string, unknown>) =>
    (await api.query<{ overlaps: Overlap[] }>(OVERLAPS, variables)).overlaps;
  const sg16sg17 = async (variables: Record<string, unknown> = {}) => {
    const found = (await overlaps({ body: "ITU-T SG16", kinds: ["StudyGroup"], ...variables })).find((o) => o.b.id === "ITU-T SG17");
    if (!found) throw new Error("no SG16-SG17 overlap");
    return found;
  };
  /** A body's topic ids as bodyProfile reports them: the sets the Jaccard score is computed on. */
  const topicsOf = async (id: string) => {
    const data = await api.query<{ bodyProfile: { topics: { topic: string }[] } }>(
      `query ($id: ID!) { bodyProfile(id: $id) { topics { topic } } }`,
      { id },
    );
    return new Set(data.bodyProfile.topics.map((t) => t.topic));
  };

  it("finds ITU-T SG16 and ITU-T SG17 sharing distributed ledger technology, through Q22/16 and Q14/17", async () => {
    const overlap = await sg16sg17();
    expect(overlap.a).toEqual({ type: "StudyGroup", id: "ITU-T SG16", name: "ITU-T Study Group 16" });
    expect(overlap.b).toEqual({ type: "StudyGroup", id: "ITU-T SG17", name: "ITU-T Study Group 17" });
    expect(ids(overlap.sharedTopics)).toEqual(["topic:blockchain", DLT]);
    const dlt = overlap.evidence.filter((e) => e.topic === DLT);
    expect(dlt).toContainEqual({
      body: "ITU-T SG16", topic: DLT, relation: "STUDIES", document: null, sentence: null, source: Q22,
      via: { type: "Question", id: "Q22/16", name: "Question 22/16: Distributed ledger technologies and e-services" },
    });
    expect(dlt).toContainEqual({
      body: "ITU-T SG17", topic: DLT, relation: "STUDIES", document: null, sentence: null, source: Q14,
      via: { type: "Question", id: "Q14/17", name: "Question 14/17: Distributed ledger technology (DLT) security" },
    });
    const mention = dlt.find((e) => e.relation === "MENTIONS");
    expect(mention).toMatchObject({ body: "ITU-T SG17", document: LS, via: { type: "LiaisonStatement", id: LS } });
    expect(mention?.sentence).toContain("distrusted/public/shared ledger");
    // SG16 has no documents: all of its evidence is reference facts.
    expect(overlap.evidence.filter((e) => e.body === "ITU-T SG16").every((e) => e.relation === "STUDIES")).toBe(true);
  });

  it("scores a pair by the Jaccard similarity of the two bodies' topic sets", async () => {
    const [overlap, sg16, sg17] = await Promise.all([sg16sg17(), topicsOf("ITU-T SG16"), topicsOf("ITU-T SG17")]);
    const shared = [...sg16].filter((t) => sg17.has(t));
    expect(shared.sort()).toEqual(["topic:blockchain", DLT]);
    expect(overlap.score).toBeCloseTo(shared.length / (sg16.size + sg17.size - shared.length), 10);
  });

  it("with a topic, compares only that topic and its narrower topics", async () => {
    const overlap = await sg16sg17({ topic: DLT });
    const subtree = new Set([DLT, "topic:blockchain", "topic:smart-contracts", "topic:decentralized-applications"]);
    const sg17 = [...(await topicsOf("ITU-T SG17"))].filter((t) => subtree.has(t));
    expect(ids(overlap.sharedTopics)).toEqual(["topic:blockchain", DLT]);
    expect(overlap.score).toBeCloseTo(2 / sg17.length, 10);
    const withoutDlt = await overlaps({ body: "ITU-T SG16", kinds: ["StudyGroup"], topic: "topic:vehicular-multimedia" });
    expect(withoutDlt).toEqual([]);
  });

  it("lists pairs once, the smaller id first, and never pairs a body with its own Question or focus group", async () => {
    const all = await overlaps({});
    expect(all.length).toBeGreaterThan(0);
    for (const o of all) expect(o.a.id < o.b.id).toBe(true);
    const pairs = all.map((o) => `${o.a.id} | ${o.b.id}`);
    expect(pairs).not.toContain("ITU-T SG17 | Q14/17");
    expect(pairs).not.toContain("ITU-T FG DLT | ITU-T TSAG");
    const scores = all.map((o) => o.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it("keeps pairs sharing at least minShared topics", async () => {
    const one = await overlaps({ body: "ITU-T SG16", kinds: ["StudyGroup"], minShared: 1 });
    expect(ids(one.map((o) => o.b)).sort()).toEqual(["ITU-T SG17", "ITU-T SG2"]);
    const two = await overlaps({ body: "ITU-T SG16", kinds: ["StudyGroup"], minShared: 2 });
    expect(ids(two.map((o) => o.b))).toEqual(["ITU-T SG17"]);
  });

  it("in a study period, counts only Questions active in it and documents of it", async () => {
    const current = await overlaps({ body: "ITU-T SG16", kinds: ["StudyGroup"], studyPeriod: "2022-2024" });
    expect(current.find((o) => o.b.id === "ITU-T SG17")).toBeUndefined();
    const then = await sg16sg17({ studyPeriod: "2017-2020" });
    expect(ids(then.sharedTopics)).toEqual(["topic:blockchain", DLT]);
  });

  it("gives a heat map that asks for no evidence the same pairs and scores", async () => {
    const full = await overlaps({ kinds: ["StudyGroup", "FocusGroup"] });
    const { overlaps: bare } = await api.query<{ overlaps: Pick<Overlap, "a" | "b" | "score" | "sharedTopics">[] }>(
      `{ overlaps(kinds: [StudyGroup, FocusGroup], limit: 100) { a ${REF} b ${REF} score sharedTopics ${REF} } }`,
    );
    expect(bare).toEqual(full.map(({ a, b, score, sharedTopics }) => ({ a, b, score, sharedTopics })));
  });

  it("cites no documents with evidenceLimit 0", async () => {
    const overlap = await sg16sg17({ evidenceLimit: 0 });
    expect(overlap.evidence.map((e) => `${e.body} ${e.topic} ${e.via.id}`).sort()).toEqual([
      `ITU-T SG16 topic:blockchain Q22/16`,
      `ITU-T SG16 ${DLT} Q22/16`,
      `ITU-T SG17 topic:blockchain Q14/17`,
      `ITU-T SG17 ${DLT} Q14/17`,
    ]);
  });

  it("counts the shared topics and names the first `first` of them", async () => {
    const { overlaps: pairs } = await api.query<{ overlaps: { b: { id: string }; sharedTopicCount: number; all: { id: string }[]; first: { id: string }[]; none: { id: string }[] }[] }>(
      `{ overlaps(body: "ITU-T SG16", kinds: [StudyGroup], limit: 100) {
          b { id } sharedTopicCount all: sharedTopics { id } first: sharedTopics(first: 1) { id } none: sharedTopics(first: 0) { id } } }`,
    );
    const sg17 = pairs.find((p) => p.b.id === "ITU-T SG17");
    expect(sg17).toMatchObject({ sharedTopicCount: 2, first: [{ id: "topic:blockchain" }], none: [] });
    for (const pair of pairs) {
      expect(pair.sharedTopicCount).toBe(pair.all.length);
      expect(pair.first).toEqual(pair.all.slice(0, 1));
    }
  });

  it("cites only the first evidenceTopics shared topics of a pair, and none with 0", async () => {
    const all = await sg16sg17();
    const topicsCited = (o: Overlap) => [...new Set(o.evidence.map((e) => e.topic))].sort();
    expect(topicsCited(all)).toEqual(["topic:blockchain", DLT]);
    const first = await sg16sg17({ evidenceTopics: 1 });
    expect(ids(first.sharedTopics)).toEqual(["topic:blockchain", DLT]);
    expect(first.score).toBe(all.score);
    expect(first.evidence).toEqual(all.evidence.filter((e) => e.topic === "topic:blockchain"));
    expect(first.evidence.length).toBeGreaterThan(0);
    expect((await sg16sg17({ evidenceTopics: 0 })).evidence).toEqual([]);
  });
});
