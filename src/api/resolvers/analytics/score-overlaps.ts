/** A body that may pair up, as cypher/queries/overlaps-bodies.cypher returns it. */
export interface OverlapBody {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  /** Its topic ids, each once. */
  readonly topics: readonly string[];
  /** The bodies it is never paired with: its own Questions and focus groups, the body it belongs to. */
  readonly excludes: readonly string[];
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

interface Candidate {
  readonly i: number;
  readonly j: number;
  readonly shared: number;
  readonly score: number;
}

/** Score DESC, shared DESC, then positions (ids, as `bodies` come in id order): negative when x ranks first. */
function rank(x: Candidate, y: Candidate): number {
  return y.score - x.score || y.shared - x.shared || x.i - y.i || x.j - y.j;
}

/**
 * The best `limit` pairs of bodies by the Jaccard similarity of their topic sets. `bodies` must
 * come in id order (the query sorts them): positions then stand for ids, so ties break the way the
 * database orders ids. Pairs are found through an inverted index, topic -> bodies, so the work
 * follows the pairs that share a topic rather than every pair of bodies.
 */
export function scoreOverlaps(bodies: readonly OverlapBody[], options: ScoreOptions): ScoredPair[] {
  const { body, minShared, limit } = options;
  const position = new Map(bodies.map((b, index) => [b.id, index]));
  const holders = new Map<string, number[]>();
  bodies.forEach((b, index) => {
    for (const topic of b.topics) {
      const list = holders.get(topic);
      if (list) list.push(index);
      else holders.set(topic, [index]);
    }
  });

  const sides = body === null ? bodies.map((_, index) => index) : position.has(body) ? [position.get(body)!] : [];
  const kept: Candidate[] = [];
  const counts = new Int32Array(bodies.length);
  const touched: number[] = [];
  for (const i of sides) {
    const a = bodies[i]!;
    // Without `body`, each pair once, from its smaller position; with it, every other body.
    for (const topic of a.topics) {
      for (const j of holders.get(topic)!) {
        if (body === null ? j <= i : j === i) continue;
        if (counts[j] === 0) touched.push(j);
        counts[j] = counts[j]! + 1;
      }
    }
    const excluded = new Set(a.excludes);
    for (const j of touched) {
      const shared = counts[j]!;
      counts[j] = 0;
      const b = bodies[j]!;
      if (shared < minShared || excluded.has(b.id)) continue;
      keep(kept, { i, j, shared, score: shared / (a.topics.length + b.topics.length - shared) }, limit);
    }
    touched.length = 0;
  }

  return kept.map(({ i, j, score }) => {
    const a = bodies[i]!;
    const b = bodies[j]!;
    const other = new Set(b.topics);
    return { a, b, shared: a.topics.filter((t) => other.has(t)).sort(), score };
  });
}

/** Inserts `candidate` into `kept`, sorted best first and at most `limit` long. */
function keep(kept: Candidate[], candidate: Candidate, limit: number): void {
  if (kept.length === limit && rank(candidate, kept[limit - 1]!) >= 0) return;
  let at = kept.length;
  while (at > 0 && rank(candidate, kept[at - 1]!) < 0) at--;
  kept.splice(at, 0, candidate);
  if (kept.length > limit) kept.pop();
}
