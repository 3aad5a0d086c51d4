import { describe, expect, it } from "vitest";
import { scoreOverlaps, type OverlapBody, type OverlapCandidates, type ScoreOptions } from "../../../src/api/resolvers/analytics/score-overlaps.js";

/** A body with its topic set written out, as the tests think of it. */
interface Body extends OverlapBody {
  readonly topics: readonly string[];
}

const body = (id: string, topics: string[], excludes: string[] = []): Body => ({ id, type: "StudyGroup", name: `Name of ${id}`, topics, excludes });
const all: ScoreOptions = { body: null, minShared: 1, limit: 100 };
const plain = ({ id, type, name, excludes }: Body): OverlapBody => ({ id, type, name, excludes });

/** The bodies as overlaps-bodies.cypher gives them: topic sets as positions in one list of ids, listed in no particular order. */
function candidates(bodies: readonly Body[]): OverlapCandidates {
  const topicIds = [...new Set(bodies.flatMap((b) => b.topics))].reverse();
  const position = new Map(topicIds.map((id, k) => [id, k]));
  return { bodies: bodies.map(plain), topicIds, topicSets: bodies.map((b) => b.topics.map((t) => position.get(t)!)) };
}
const score = (bodies: readonly Body[], options: ScoreOptions = all) => scoreOverlaps(candidates(bodies), options);
const summary = (bodies: Body[], options: ScoreOptions = all) =>
  score(bodies, options).map((p) => `${p.a.id}-${p.b.id} ${p.shared.join(",")} ${p.score.toFixed(4)}`);

/** Every pair scored one by one, the way the single-statement Cypher does: what the index must equal. */
function naive(bodies: readonly Body[], { body: chosen, minShared, limit }: ScoreOptions) {
  const pairs: { i: number; j: number; shared: string[]; score: number }[] = [];
  bodies.forEach((a, i) => {
    if (chosen !== null && a.id !== chosen) return;
    bodies.forEach((b, j) => {
      if (chosen === null ? j <= i : j === i) return;
      if (a.excludes.includes(b.id)) return;
      const shared = a.topics.filter((t) => b.topics.includes(t)).sort();
      if (shared.length < minShared) return;
      pairs.push({ i, j, shared, score: shared.length / (a.topics.length + b.topics.length - shared.length) });
    });
  });
  pairs.sort((x, y) => y.score - x.score || y.shared.length - x.shared.length || x.i - y.i || x.j - y.j);
  return pairs.slice(0, limit).map((p) => ({ a: plain(bodies[p.i]!), b: plain(bodies[p.j]!), shared: p.shared, score: p.score }));
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** `count` bodies in id order with topic sets of 1 to maxSize topics out of `topics`, some excluding others (not always both ways). */
function randomBodies(next: () => number, count: number, topics: number, maxSize: number): Body[] {
  const bodies = Array.from({ length: count }, (_, k) => {
    const size = 1 + Math.floor(next() ** 2 * maxSize);
    const set = [...new Set(Array.from({ length: size }, () => `t${Math.floor(next() * topics)}`))];
    return body(`B${String(k).padStart(3, "0")}`, set);
  });
  for (const b of bodies) {
    if (next() < 0.2) {
      const other = bodies[Math.floor(next() * bodies.length)]!;
      if (other !== b) {
        (b.excludes as string[]).push(other.id);
        if (next() < 0.8) (other.excludes as string[]).push(b.id);
      }
    }
  }
  return bodies;
}

describe("scoreOverlaps", () => {
  it("scores a pair by the Jaccard similarity of the two topic sets and lists the shared topics sorted", () => {
    const [pair] = score([body("A", ["t3", "t1", "t2"]), body("B", ["t2", "t4", "t3"])]);
    expect(pair).toEqual({
      a: { id: "A", type: "StudyGroup", name: "Name of A", excludes: [] },
      b: { id: "B", type: "StudyGroup", name: "Name of B", excludes: [] },
      shared: ["t2", "t3"],
      score: 2 / 4,
    });
  });

  it("lists each pair once, the earlier body (smaller id) on side a, and never a pair sharing nothing", () => {
    expect(summary([body("A", ["t1"]), body("B", ["t1"]), body("C", ["t2"])])).toEqual(["A-B t1 1.0000"]);
  });

  it("keeps pairs sharing at least minShared topics", () => {
    const bodies = [body("A", ["t1", "t2"]), body("B", ["t1", "t2", "t3", "t4", "t5"]), body("C", ["t1"])];
    expect(summary(bodies, { ...all, minShared: 2 })).toEqual(["A-B t1,t2 0.4000"]);
    expect(summary(bodies, { ...all, minShared: 3 })).toEqual([]);
  });

  it("never pairs a body with the bodies it excludes, from either side", () => {
    const bodies = [body("A", ["t1"], ["Q1/A"]), body("B", ["t1"]), body("Q1/A", ["t1"], ["A"])];
    expect(summary(bodies)).toEqual(["A-B t1 1.0000", "B-Q1/A t1 1.0000"]);
    expect(summary(bodies, { ...all, body: "Q1/A" })).toEqual(["Q1/A-B t1 1.0000"]);
  });

  it("orders by score, then shared count, then side a's and side b's position", () => {
    const bodies = [
      body("A", ["t1", "t2", "t3", "t4"]),
      body("B", ["t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8"]),
      body("C", ["t1"]),
      body("D", ["t9"]),
      body("E", ["t9"]),
      body("F", ["t1", "t9"]),
    ];
    expect(summary(bodies)).toEqual([
      "D-E t9 1.0000",
      "A-B t1,t2,t3,t4 0.5000",
      "C-F t1 0.5000",
      "D-F t9 0.5000",
      "E-F t9 0.5000",
      "A-C t1 0.2500",
      "A-F t1 0.2000",
      "B-C t1 0.1250",
      "B-F t1 0.1111",
    ]);
  });

  it("cuts at limit after ordering", () => {
    const bodies = [body("A", ["t1"]), body("B", ["t1"]), body("C", ["t1", "t2"]), body("D", ["t2"])];
    expect(summary(bodies, { ...all, limit: 2 })).toEqual(["A-B t1 1.0000", "A-C t1 0.5000"]);
    expect(summary(bodies, { ...all, limit: 1 })).toEqual(["A-B t1 1.0000"]);
  });

  it("with body, pairs only that body, on side a even when its id is larger", () => {
    const bodies = [body("A", ["t1"]), body("B", ["t1", "t2"]), body("C", ["t1", "t2"])];
    expect(summary(bodies, { ...all, body: "C" })).toEqual(["C-B t1,t2 1.0000", "C-A t1 0.5000"]);
  });

  it("with a body that is not a candidate, finds nothing", () => {
    expect(summary([body("A", ["t1"]), body("B", ["t1"])], { ...all, body: "Z" })).toEqual([]);
    expect(score([])).toEqual([]);
  });

  it("counts a topic listed twice in a set once", () => {
    const twice: OverlapCandidates = { ...candidates([body("A", ["t1", "t2"]), body("B", ["t1"])]) };
    const sets = [[...twice.topicSets[0]!, twice.topicSets[0]![0]!], twice.topicSets[1]!];
    expect(scoreOverlaps({ ...twice, topicSets: sets }, all).map((p) => `${p.shared.join(",")} ${p.score}`)).toEqual(["t1 0.5"]);
  });

  it("never prunes a pair whose best possible score only ties the last one kept: it may still win on position", () => {
    // b-c is found first (b's set is the larger), then a-d can at most tie its 0.5 and ranks first by side a's id.
    const bodies = [body("a", ["t5"]), body("b", ["t1", "t2"]), body("c", ["t1"]), body("d", ["t5", "t6"])];
    expect(summary(bodies, { ...all, limit: 1 })).toEqual(["a-d t5 0.5000"]);
    expect(summary(bodies, { ...all, limit: 2 })).toEqual(["a-d t5 0.5000", "b-c t1 0.5000"]);
  });

  it("keeps the best pairs when many tie at the cut", () => {
    const bodies = Array.from({ length: 12 }, (_, k) => body(`B${String(k).padStart(2, "0")}`, ["t1", `u${k % 3}`]));
    for (const limit of [1, 2, 5, 11, 40]) expect(score(bodies, { ...all, limit })).toEqual(naive(bodies, { ...all, limit }));
  });

  it("equals scoring every pair one by one, on random topic sets with many ties", () => {
    const next = random(17);
    for (let round = 0; round < 20; round++) {
      const bodies = randomBodies(next, 40, 12, 6);
      const options: ScoreOptions = {
        body: next() < 0.3 ? bodies[Math.floor(next() * bodies.length)]!.id : null,
        minShared: 1 + Math.floor(next() * 2),
        limit: 1 + Math.floor(next() * 60),
      };
      expect(score(bodies, options)).toEqual(naive(bodies, options));
    }
  });

  it("equals scoring every pair one by one with small limits, where pruning by set size cuts the most", () => {
    const next = random(23);
    for (let round = 0; round < 40; round++) {
      const bodies = randomBodies(next, 20 + Math.floor(next() * 100), 10 + Math.floor(next() * 60), 2 + Math.floor(next() * 40));
      const options: ScoreOptions = {
        body: next() < 0.15 ? bodies[Math.floor(next() * bodies.length)]!.id : null,
        minShared: 1 + Math.floor(next() * 3),
        limit: [1, 2, 3, 5, 20, 100][Math.floor(next() * 6)]!,
      };
      expect(score(bodies, options)).toEqual(naive(bodies, options));
    }
  });
});
