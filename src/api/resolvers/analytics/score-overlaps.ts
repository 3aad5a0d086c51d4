import { TopPairs, type RankedPair } from "./top-pairs.js";

/** A body that may pair up, as cypher/queries/overlaps-bodies.cypher returns it. */
export interface OverlapBody {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  /** The bodies it is never paired with: its own Questions and focus groups, the body it belongs to. */
  readonly excludes: readonly string[];
}

/** What overlaps-bodies.cypher returns: the bodies and their topic sets as positions in one list of topic ids. */
export interface OverlapCandidates {
  /** In id order: positions then stand for ids, so ties break the way the database orders ids. */
  readonly bodies: readonly OverlapBody[];
  /** Every topic in some body's set, each once. */
  readonly topicIds: readonly string[];
  /** Each body's topics (same order as `bodies`), as positions in `topicIds`. */
  readonly topicSets: readonly (readonly number[])[];
}

export interface ScoreOptions {
  /** Keep only pairs with this body, which is then side `a`; null for all pairs (the smaller id on side a). */
  readonly body: string | null;
  readonly minShared: number;
  readonly limit: number;
}

export interface ScoredPair {
  readonly a: OverlapBody;
  readonly b: OverlapBody;
  /** The topic ids both share, sorted. */
  readonly shared: readonly string[];
  /** Jaccard similarity: shared / (|a| + |b| - shared). */
  readonly score: number;
}

/** Jaccard similarity from the shared count and the two set sizes; the one formula every bound uses too. */
const jaccard = (shared: number, x: number, y: number) => shared / (x + y - shared);

/**
 * The best `limit` pairs of bodies by the Jaccard similarity of their topic sets. Pairs are found
 * through an inverted index, topic -> bodies, over integer positions, so the work follows the pairs
 * that share a topic; without `body`, bodies are visited largest set first and each only meets
 * smaller sets whose size alone could still reach the current `limit`-th score (a pair of sizes
 * x >= y scores at most y / x), so most pairs are never counted once the best are found.
 */
export function scoreOverlaps(candidates: OverlapCandidates, options: ScoreOptions): ScoredPair[] {
  const { body, minShared, limit } = options;
  const index = invertedIndex(candidates);
  const top = new TopPairs(limit);
  const excluded = exclusions(candidates.bodies);
  const n = candidates.bodies.length;
  const count = new Int32Array(n);
  const offer = (i: number, j: number, shared: number) => {
    const pair: RankedPair = { i, j, shared, score: jaccard(shared, index.size[i]!, index.size[j]!) };
    // Exclusions are rare: looked up only for a pair that would get in.
    if (top.admits(pair) && !excluded.has(i * n + j)) top.offer(pair);
  };

  if (body !== null) {
    const a = candidates.bodies.findIndex((b) => b.id === body);
    if (a >= 0 && index.size[a]! >= minShared) countPartners(index, count, a, 0, n, minShared, (b, shared) => offer(a, b, shared));
  } else {
    for (let p = 0; p < n; p++) {
      const a = index.order[p]!;
      const x = index.size[a]!;
      if (x < minShared) break;
      // Partners come later in the order (no larger) and are cut where their size can no longer reach the threshold.
      const end = partnersEnd(index, p, x, minShared, top.threshold);
      if (end > p + 1) countPartners(index, count, a, p + 1, end, minShared, (b, shared) => offer(Math.min(a, b), Math.max(a, b), shared));
    }
  }
  return top.sorted().map(({ i, j, score }) => ({
    a: candidates.bodies[i]!,
    b: candidates.bodies[j]!,
    shared: sharedTopics(candidates, index, i, j),
    score,
  }));
}

/** Bodies by set size, topic -> holders in that order, as flat integer arrays. */
interface InvertedIndex {
  /** Each body's number of distinct topics, by position. */
  readonly size: Int32Array;
  /** Positions, largest set first (then by position). */
  readonly order: Int32Array;
  /** Each position's place in `order`. */
  readonly rank: Int32Array;
  /** Holders of topic t: `holders[start[t]..start[t+1])`, as places in `order`, ascending. */
  readonly start: Int32Array;
  readonly holders: Int32Array;
  /** Each body's distinct topics, `topics[topicStart[b]..topicStart[b+1])`. */
  readonly topicStart: Int32Array;
  readonly topics: Int32Array;
}

function invertedIndex({ topicIds, topicSets }: OverlapCandidates): InvertedIndex {
  const n = topicSets.length;
  const t = topicIds.length;
  // Distinct topics per body, in case a set repeats one.
  const seen = new Int32Array(t).fill(-1);
  const size = new Int32Array(n);
  const topicStart = new Int32Array(n + 1);
  const all: number[] = [];
  for (let b = 0; b < n; b++) {
    for (const topic of topicSets[b]!) {
      if (seen[topic] === b) continue;
      seen[topic] = b;
      all.push(topic);
    }
    topicStart[b + 1] = all.length;
    size[b] = topicStart[b + 1]! - topicStart[b]!;
  }
  const topics = Int32Array.from(all);
  const order = Int32Array.from({ length: n }, (_, b) => b).sort((x, y) => size[y]! - size[x]! || x - y);
  const rank = new Int32Array(n);
  order.forEach((b, place) => (rank[b] = place));
  const start = new Int32Array(t + 1);
  for (const topic of topics) start[topic + 1]!++;
  for (let k = 0; k < t; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, t);
  const holders = new Int32Array(topics.length);
  for (const b of order) for (let k = topicStart[b]!; k < topicStart[b + 1]!; k++) holders[fill[topics[k]!]!++] = rank[b]!;
  return { size, order, rank, start, holders, topicStart, topics };
}

/** The first place after `p` whose body is too small to share minShared or to reach `threshold` with a body of size x. */
function partnersEnd(index: InvertedIndex, p: number, x: number, minShared: number, threshold: number): number {
  const fits = (place: number) => {
    const y = index.size[index.order[place]!]!;
    return y >= minShared && jaccard(y, x, y) >= threshold;
  };
  // Sizes never grow along the order, so `fits` holds on a prefix of the places after p.
  let low = p + 1;
  let high = index.order.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (fits(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Counts the topics body `a` shares with each body at places [from, to) of the order, itself
 * skipped, and calls `found` for each sharing at least minShared. `count` is all zeros, and left so.
 */
function countPartners(
  index: InvertedIndex,
  count: Int32Array,
  a: number,
  from: number,
  to: number,
  minShared: number,
  found: (b: number, shared: number) => void,
): void {
  const touched: number[] = [];
  const self = index.rank[a]!;
  for (let k = index.topicStart[a]!; k < index.topicStart[a + 1]!; k++) {
    const topic = index.topics[k]!;
    let at = lowerBound(index.holders, index.start[topic]!, index.start[topic + 1]!, from);
    const end = index.start[topic + 1]!;
    for (; at < end; at++) {
      const place = index.holders[at]!;
      if (place >= to) break;
      if (place === self) continue;
      if (count[place] === 0) touched.push(place);
      count[place]!++;
    }
  }
  for (const place of touched) {
    const shared = count[place]!;
    count[place] = 0;
    if (shared >= minShared) found(index.order[place]!, shared);
  }
}

/** The first index in sorted `values[from..to)` holding at least `value`. */
function lowerBound(values: Int32Array, from: number, to: number, value: number): number {
  while (from < to) {
    const mid = (from + to) >>> 1;
    if (values[mid]! < value) from = mid + 1;
    else to = mid;
  }
  return from;
}

/** Pairs never kept, as side a's position * n + side b's: each body's `excludes` that are candidates. */
function exclusions(bodies: readonly OverlapBody[]): Set<number> {
  const position = new Map(bodies.map((b, k) => [b.id, k]));
  const keys = new Set<number>();
  bodies.forEach((b, k) => {
    for (const id of b.excludes) {
      const other = position.get(id);
      if (other !== undefined) keys.add(k * bodies.length + other);
    }
  });
  return keys;
}

/** The topic ids bodies i and j share, sorted as strings. */
function sharedTopics({ topicIds }: OverlapCandidates, index: InvertedIndex, i: number, j: number): string[] {
  const ofJ = new Set(index.topics.subarray(index.topicStart[j]!, index.topicStart[j + 1]!));
  const shared: string[] = [];
  for (let k = index.topicStart[i]!; k < index.topicStart[i + 1]!; k++) {
    const topic = index.topics[k]!;
    if (ofJ.has(topic)) shared.push(topicIds[topic]!);
  }
  return shared.sort();
}
