/** A pair of bodies by their positions, side a first, with what ranks it. */
export interface RankedPair {
  readonly i: number;
  readonly j: number;
  readonly shared: number;
  readonly score: number;
}

/** Score DESC, shared DESC, then side a's and side b's position: negative when x ranks first. */
export function rankPairs(x: RankedPair, y: RankedPair): number {
  return y.score - x.score || y.shared - x.shared || x.i - y.i || x.j - y.j;
}

/**
 * The best `limit` pairs offered, in a binary heap whose root is the worst pair kept. A pair that
 * does not get in costs one comparison with the root; one that does, O(log limit). Nothing is
 * sorted but the pairs kept, at the end.
 */
export class TopPairs {
  private readonly heap: RankedPair[] = [];

  constructor(private readonly limit: number) {}

  /**
   * The score a pair must reach at least to have a chance: the worst kept pair's once `limit` are
   * kept, -Infinity before. A pair scoring exactly this may still get in on shared count or position.
   */
  get threshold(): number {
    if (this.limit <= 0) return Number.POSITIVE_INFINITY;
    return this.heap.length < this.limit ? Number.NEGATIVE_INFINITY : this.heap[0]!.score;
  }

  /** Whether `pair` would be kept if offered now: lets the caller check exclusions only for these. */
  admits(pair: RankedPair): boolean {
    if (this.limit <= 0) return false;
    return this.heap.length < this.limit || rankPairs(pair, this.heap[0]!) < 0;
  }

  offer(pair: RankedPair): void {
    if (!this.admits(pair)) return;
    const heap = this.heap;
    if (heap.length < this.limit) {
      heap.push(pair);
      this.siftUp(heap.length - 1);
    } else {
      heap[0] = pair;
      this.siftDown(0);
    }
  }

  /** The pairs kept, best first. */
  sorted(): RankedPair[] {
    return [...this.heap].sort(rankPairs);
  }

  // The heap orders worst first: a parent ranks after (is worse than) its children.
  private worse(x: RankedPair, y: RankedPair): boolean {
    return rankPairs(x, y) > 0;
  }

  private siftUp(at: number): void {
    const heap = this.heap;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.worse(heap[at]!, heap[parent]!)) return;
      [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
      at = parent;
    }
  }

  private siftDown(at: number): void {
    const heap = this.heap;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let worst = at;
      if (left < heap.length && this.worse(heap[left]!, heap[worst]!)) worst = left;
      if (right < heap.length && this.worse(heap[right]!, heap[worst]!)) worst = right;
      if (worst === at) return;
      [heap[at], heap[worst]] = [heap[worst]!, heap[at]!];
      at = worst;
    }
  }
}
