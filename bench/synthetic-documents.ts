import { pick, pickWeighted, weightedIndex, zipf, type Random, type World } from "./synthetic-world.js";

export interface DocumentRow {
  readonly properties: Record<string, string>;
  /** Every relation starts at the document, as the loader's document relations do. */
  readonly relations: { type: string; to: string; properties: Record<string, string> }[];
}

const PURPOSES = ["ACTION", "COMMENT", "INFORMATION"];
const RESTRICTED_EVERY = 25;
const START = Date.UTC(2013, 0, 1);
const END = Date.UTC(2028, 11, 31);

function studyPeriodOf(year: number): string {
  if (year <= 2016) return "2013-2016";
  // WTSA-20 met in 2022, so the 2017-2020 period ran on through 2021.
  if (year <= 2021) return "2017-2020";
  if (year <= 2024) return "2022-2024";
  return "2025-2028";
}

/**
 * Liaison statements with a realistic fan-out: a Zipf-distributed sender, 1-3 recipients, a copy
 * now and then, replies to earlier statements, 3-8 topic mentions mostly from the sender's
 * profile (the rest mostly from a few hot topics), each with its evidence sentence, and some references to Recommendations and resolutions.
 */
export class DocumentGenerator {
  private readonly senderWeights: number[];
  private readonly topicWeights: number[];
  private readonly senders: number[] = [];
  private readonly topicNames: Map<string, string>;

  constructor(
    private readonly world: World,
    private readonly random: Random,
  ) {
    this.senderWeights = zipf(world.bodies.length, 0.9);
    this.topicWeights = zipf(world.topics.length, 1.1);
    this.topicNames = new Map(world.topics.map((t) => [t.id, t.name]));
  }

  get count(): number {
    return this.senders.length;
  }

  /** The next `size` documents; replies only point at documents of earlier batches, already written. */
  batch(size: number): DocumentRow[] {
    const written = this.senders.length;
    return Array.from({ length: size }, () => this.next(written));
  }

  private next(written: number): DocumentRow {
    const { world, random } = this;
    const index = this.senders.length;
    const senderIndex = weightedIndex(random, this.senderWeights);
    this.senders.push(senderIndex);
    const sender = world.bodies[senderIndex]!;
    const id = `bench-ls-${String(index + 1).padStart(6, "0")}`;
    const time = START + random() * (END - START);
    const date = new Date(time).toISOString().slice(0, 10);
    const studyPeriod = studyPeriodOf(Number(date.slice(0, 4)));
    const evidence = (text: string) => ({ sourceDocument: id, evidence: text });
    const relations: DocumentRow["relations"] = [{ type: "SENT_BY", to: sender, properties: evidence(`Liaison statement from ${sender}.`) }];

    const reply = written > 0 && random() < 0.15 ? Math.floor(random() * written) : undefined;
    const recipients = new Set<string>();
    if (reply !== undefined) {
      const original = world.bodies[this.senders[reply]!]!;
      if (original !== sender) recipients.add(original);
      relations.push({ type: "REPLIES_TO", to: `bench-ls-${String(reply + 1).padStart(6, "0")}`, properties: evidence("This is a reply.") });
    }
    const wanted = 1 + Math.floor(random() * 3);
    while (recipients.size < wanted) {
      const to = pickWeighted(random, world.bodies, this.senderWeights);
      if (to !== sender) recipients.add(to);
    }
    const purpose = reply !== undefined ? "RESPONSE" : pick(random, PURPOSES);
    for (const to of recipients) relations.push({ type: "SENT_TO", to, properties: { ...evidence(`To: ${to}`), purpose } });
    if (random() < 0.3) {
      const cc = pickWeighted(random, world.bodies, this.senderWeights);
      if (cc !== sender && !recipients.has(cc)) {
        relations.push({ type: "COPIED_TO", to: cc, properties: evidence(`Copy for information: ${cc}`) });
      }
    }

    const topics = new Set<string>();
    const profile = world.profiles.get(sender) ?? [];
    const wantedTopics = 3 + Math.floor(random() * 6);
    while (topics.size < wantedTopics) {
      topics.add(random() < 0.9 && profile.length > 0 ? pick(random, profile) : pickWeighted(random, world.topics, this.topicWeights).id);
    }
    const sentences: string[] = [];
    for (const topic of topics) {
      const sentence = `${sender} continues its work on ${this.topicNames.get(topic)} and invites comments (${id}).`;
      sentences.push(sentence);
      relations.push({ type: "MENTIONS", to: topic, properties: evidence(sentence) });
    }
    if (random() < 0.3) {
      const cited = pick(random, world.citable);
      relations.push({ type: "REFERENCES", to: cited, properties: evidence(`See also ${cited}.`) });
    }

    const title = `LS on ${this.topicNames.get([...topics][0]!)} (${id})`;
    const properties: Record<string, string> = {
      id, name: title, title, studyPeriod, purpose, format: "bench",
      abstract: sentences[0]!, text: sentences.join(" "),
    };
    // A few statements carry no date, as some real notifications do.
    if (random() >= 0.02) properties.date = date;
    // One in 25 is for members only, so public readers' queries filter as they do on real data.
    // Chosen by position, not by a random draw, so the rest of the graph stays the same.
    if ((index + 1) % RESTRICTED_EVERY === 0) properties.access = "restricted";
    return { properties, relations };
  }
}
