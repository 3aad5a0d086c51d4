/**
 * A synthetic standards world around the reference graph: extra Questions, working parties,
 * focus groups, external groups, topics and Recommendations, plus a topic profile per body so
 * that the documents a body sends keep coming back to the same subjects, as real ones do.
 */

export type Random = () => number;

/** mulberry32: small, fast and seeded, so two runs build the same graph. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Cumulative Zipf weights: index 0 is the most likely. */
export function zipf(count: number, exponent: number): number[] {
  const cumulative: number[] = [];
  let sum = 0;
  for (let rank = 1; rank <= count; rank++) cumulative.push((sum += 1 / rank ** exponent));
  return cumulative.map((c) => c / sum);
}

export function pickWeighted<T>(random: Random, items: readonly T[], cumulative: readonly number[]): T {
  return items[weightedIndex(random, cumulative)]!;
}

export function weightedIndex(random: Random, cumulative: readonly number[]): number {
  const r = random();
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface WorldEntity {
  readonly id: string;
  readonly labels: string[];
  readonly properties: Record<string, string | number>;
}

export interface WorldRelation {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly properties: Record<string, string>;
}

export interface World {
  readonly entities: WorldEntity[];
  readonly relations: WorldRelation[];
  /** Every body, busiest senders first. */
  readonly bodies: string[];
  readonly topics: { id: string; name: string }[];
  readonly profiles: Map<string, string[]>;
  readonly citable: string[];
}

export interface ReferenceNodes {
  readonly bodies: { id: string; type: string }[];
  readonly studyGroups: number[];
  readonly topics: { id: string; name: string }[];
  readonly citable: string[];
}

const SOURCE = "synthetic benchmark world";
const PERIODS = ["2013-2016", "2017-2020", "2022-2024", "2025-2028"];

/** About `bodyCount` bodies in all (reference ones included) and `topicCount` topics. */
export function buildWorld(reference: ReferenceNodes, random: Random, bodyCount = 300, topicCount = 200): World {
  const entities: WorldEntity[] = [];
  const relations: WorldRelation[] = [];
  const add = (id: string, labels: string[], properties: Record<string, string | number>) => {
    entities.push({ id, labels, properties: { name: id, ...properties } });
    return id;
  };
  const relate = (type: string, from: string, to: string) => relations.push({ type, from, to, properties: { source: SOURCE } });

  const topics = [...reference.topics];
  for (let i = topics.length; i < topicCount; i++) {
    const broader = pick(random, topics);
    const name = `${broader.name} aspect ${i}`;
    const id = add(`topic:bench-${i}`, ["Topic"], { name });
    topics.push({ id, name });
    relate("BROADER", id, broader.id);
  }

  const synthetic: string[] = [];
  const extra = Math.max(0, bodyCount - reference.bodies.length);
  for (let i = 0; i < extra; i++) {
    const sg = pick(random, reference.studyGroups);
    const roll = random();
    if (roll < 0.5) {
      const id = add(`Q${30 + i}/${sg}`, ["Question", "Body"], { number: 30 + i, studyGroupNumber: sg });
      relate("PART_OF", id, `ITU-T SG${sg}`);
      relate("ACTIVE_IN", id, pick(random, PERIODS));
      synthetic.push(id);
    } else if (roll < 0.6) {
      const id = add(`WP${1 + (i % 5)}/${sg} bench ${i}`, ["WorkingParty", "Body"], { studyGroupNumber: sg });
      relate("PART_OF", id, `ITU-T SG${sg}`);
      synthetic.push(id);
    } else if (roll < 0.68) {
      const id = add(`ITU-T FG Bench ${i}`, ["FocusGroup", "Body"], { status: pick(random, ["ACTIVE", "CONCLUDED"]) });
      relate("UNDER_AUSPICES_OF", id, random() < 0.5 ? "ITU-T TSAG" : `ITU-T SG${sg}`);
      synthetic.push(id);
    } else {
      const id = add(`External Group ${i}`, ["Organization", "Body"], { kind: pick(random, ["SDO", "WORKING_GROUP", "CONSORTIUM"]) });
      synthetic.push(id);
    }
  }

  const profiles = new Map<string, string[]>();
  const bodies = [...reference.bodies.map((b) => b.id), ...synthetic];
  for (const body of bodies) {
    const size = 6 + Math.floor(random() * 10);
    const profile = new Set<string>();
    while (profile.size < size) profile.add(pick(random, topics).id);
    profiles.set(body, [...profile]);
    // Questions and focus groups study a few of their subjects outright.
    if (synthetic.includes(body) && !body.startsWith("External") && random() < 0.7) {
      for (const topic of [...profile].slice(0, 1 + Math.floor(random() * 2))) relate("STUDIES", body, topic);
    }
  }

  const citable = [...reference.citable];
  for (let i = 1; i <= 40; i++) citable.push(add(`ITU-T B.${100 + i}`, ["Recommendation"], { series: "B", number: `B.${100 + i}` }));

  // Study groups and TSAG first: they send and receive most liaison statements.
  const rank = (id: string) => (id === "ITU-T TSAG" ? 0 : id.startsWith("ITU-T SG") ? 1 : 2 + random());
  const ranked = bodies.map((id) => ({ id, r: rank(id) })).sort((a, b) => a.r - b.r).map((b) => b.id);
  return { entities, relations, bodies: ranked, topics, profiles, citable };
}
