/**
 * "Did you mean": the names closest to a value nobody has, by edit distance, with names that
 * start with the value (or that it starts with) first. Pure, so the ranking is tested alone.
 */

export interface NamedNode {
  readonly id: string;
  readonly name: string;
  /** Every form the node answers to: its id, name and aliases. */
  readonly forms: readonly string[];
}

export interface Suggestion {
  readonly id: string;
  readonly name: string;
}

const fold = (text: string): string => text.replace(/\s+/g, " ").trim().toLowerCase();

/** Levenshtein distance; the strings here are names of at most a few dozen characters. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * How far a form is from what was written: a prefix either way counts as almost a match (a name
 * typed in part, `block` for `blockchain`); otherwise the edit distance, accepted up to a third of
 * the longer string (at least 2), so `blokchain` finds `blockchain` but `xyz` finds nothing.
 */
function distance(written: string, form: string): number | undefined {
  if (form.length >= 2 && written.length >= 2 && (form.startsWith(written) || written.startsWith(form))) {
    return 0.5 + Math.abs(form.length - written.length) / 100;
  }
  const d = editDistance(written, form);
  return d <= Math.max(2, Math.floor(Math.max(written.length, form.length) / 3)) ? d : undefined;
}

/** At most `max` nodes, closest first (ties by name length, then id), each once. */
export function closestNames(written: string, nodes: readonly NamedNode[], max = 5): Suggestion[] {
  const value = fold(written);
  if (value === "") return [];
  const scored: { node: NamedNode; score: number }[] = [];
  for (const node of nodes) {
    let best: number | undefined;
    for (const form of node.forms) {
      const d = distance(value, fold(form));
      if (d !== undefined && (best === undefined || d < best)) best = d;
    }
    if (best !== undefined) scored.push({ node, score: best });
  }
  scored.sort((a, b) => a.score - b.score || a.node.name.length - b.node.name.length || (a.node.id < b.node.id ? -1 : 1));
  const seen = new Set<string>();
  const result: Suggestion[] = [];
  for (const { node } of scored) {
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    result.push({ id: node.id, name: node.name });
    if (result.length === max) break;
  }
  return result;
}
