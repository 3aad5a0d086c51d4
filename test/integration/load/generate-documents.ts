/**
 * Realistic liaison statements in bulk, for the many-documents test: ITU LS templates from study
 * groups and TSAG, IETF Datatracker pages from IETF working groups. Seeded, so every run writes
 * the same documents; each one records what the graph should say about it.
 */

import { seededRandom } from "../../../bench/synthetic-world.js";

export interface GeneratedDocument {
  readonly name: string;
  readonly text: string;
  readonly id: string;
  readonly sender: string;
  /** Recipient id -> purpose. */
  readonly recipients: Readonly<Record<string, string>>;
  readonly topics: readonly string[];
  readonly recommendation: string;
}

const STUDY_GROUPS: readonly (number | "TSAG")[] = [2, 3, 5, 9, 11, 12, 13, 15, 16, 17, 20];
const IETF_GROUPS = ["CCAMP", "OPSAWG", "TEAS", "LAMPS", "NETMOD", "DETNET", "RATS", "SUIT"];
const TOPICS = [
  "blockchain", "smart contracts", "identity management", "quantum key distribution", "machine learning",
  "internet of things", "cloud computing", "digital currency", "metaverse", "smart cities", "online voting",
];
const RECOMMENDATIONS = ["X.509", "X.1252", "Y.2060", "Y.3172", "G.709", "H.264", "X.1400", "Y.4000"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"];

/**
 * `firstNumber` numbers the statements (and so their ids) from there: the ingestion benchmark
 * uses numbers no real statement has, so that it can write and remove its own documents in a
 * graph that holds others.
 */
export function generateDocuments(count: number, seed = 17, firstNumber = 9000): GeneratedDocument[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const pickOther = <T>(list: readonly T[], ...not: T[]): T => {
    for (;;) {
      const value = pick(list);
      if (!not.includes(value)) return value;
    }
  };
  return Array.from({ length: count }, (_, index) => {
    const topics = [pick(TOPICS)];
    topics.push(pickOther(TOPICS, topics[0] as string));
    const context = {
      index,
      number: firstNumber + index,
      topics,
      recommendation: pick(RECOMMENDATIONS),
      month: pick(MONTHS),
      day: 1 + Math.floor(next() * 18),
    };
    if (index % 3 === 2) {
      return ietfDocument(context, pick(IETF_GROUPS), pick(STUDY_GROUPS) as number, pick(["For information", "For action", "For comment"]));
    }
    const sender = index % 10 === 0 ? "TSAG" : pick(STUDY_GROUPS);
    const action = sender === "TSAG" ? pick(STUDY_GROUPS) : next() < 0.3 ? "TSAG" : pickOther(STUDY_GROUPS, sender);
    const information = pickOther(STUDY_GROUPS, sender, action) as number;
    return ituDocument(context, sender, action, information);
  });
}

interface Context {
  readonly index: number;
  readonly number: number;
  readonly topics: readonly string[];
  readonly recommendation: string;
  readonly month: string;
  readonly day: number;
}

const bodyId = (group: number | "TSAG") => (group === "TSAG" ? "ITU-T TSAG" : `ITU-T SG${group}`);
const written = (group: number | "TSAG") => (group === "TSAG" ? "TSAG" : `ITU-T SG ${group}`);
const topicId = (topic: string) => `topic:${topic.replace(/\s+/g, "-")}`;

function ituDocument(c: Context, sender: number | "TSAG", action: number | "TSAG", information: number): GeneratedDocument {
  const code = sender === "TSAG" ? "TSAG" : `SG${sender}`;
  const [first, second] = c.topics;
  const longName = sender === "TSAG" ? "TSAG" : `ITU-T Study Group ${sender}`;
  const lines = [
    "INTERNATIONAL TELECOMMUNICATION UNION",
    "TELECOMMUNICATION STANDARDIZATION SECTOR",
    "STUDY PERIOD 2022-2024",
    `${code}-LS${c.number}`,
    sender === "TSAG" ? "TSAG" : `STUDY GROUP ${sender}`,
    "",
    ...(sender === "TSAG" ? [] : [`Question(s):\t${1 + (c.index % 9)}/${sender}\tGeneva, ${c.day}-${c.day + 9} ${c.month} 2023`]),
    `Source:\t${longName}`,
    `Title:\tLS on ${first} and ${second}`,
    "LIAISON STATEMENT",
    `For action to:\t${written(action)}`,
    `For information to:\t${written(information)}`,
    `Approval:\tAgreed at ${code} meeting (Geneva, ${c.day + 9} ${c.month} 2023)`,
    "Deadline:\t15 December 2023",
    `Contact:\tExample Person ${c.index}\tE-mail: person${c.index}@example.org`,
    "",
    `${longName} thanks ${written(action)} for its cooperation on ${first}.`,
    `${code} agreed to start a new work item on ${second}, building on ITU-T ${c.recommendation}.`,
    `${code} invites ${written(action)} to provide comments on the draft text before the deadline.`,
  ];
  return {
    name: `ls-${String(c.index).padStart(4, "0")}.txt`,
    text: `${lines.join("\n")}\n`,
    id: `sp20-${code.toLowerCase()}-oLS-${String(c.number).padStart(5, "0")}`,
    sender: bodyId(sender),
    recipients: { [bodyId(action)]: "ACTION", [bodyId(information)]: "INFORMATION" },
    topics: c.topics.map(topicId),
    recommendation: `ITU-T ${c.recommendation}`,
  };
}

function ietfDocument(c: Context, group: string, studyGroup: number, purpose: string): GeneratedDocument {
  const [first, second] = c.topics;
  const date = `2023-${String(1 + (c.index % 12)).padStart(2, "0")}-${String(c.day).padStart(2, "0")}`;
  const lines = [
    "Liaison statement",
    `https://datatracker.ietf.org/liaison/${c.number}/`,
    "",
    `Title: Liaison on ${first} in ${group} protocols`,
    "State: Posted",
    `Submitted Date: ${date}`,
    `Posted Date: ${date}`,
    `From Group: IETF ${group} Working Group`,
    `From Contact: Example Person ${c.index} <person${c.index}@example.org>`,
    `To Group: ITU-T SG ${studyGroup}`,
    `To Contacts: Rapporteur ${c.index} <rapporteur${c.index}@example.com>`,
    `Purpose: ${purpose}`,
    "Deadline:",
    "Body:",
    `The IETF ${group} working group thanks ITU-T SG ${studyGroup} for its liaison statement on ${first}.`,
    `${group} has adopted a working group document on ${second} that refers to ITU-T ${c.recommendation}.`,
  ];
  return {
    name: `ietf-${String(c.index).padStart(4, "0")}.txt`,
    text: `${lines.join("\n")}\n`,
    id: `ietf-liaison-${c.number}`,
    sender: `IETF ${group}`,
    recipients: { [bodyId(studyGroup)]: purpose.replace("For ", "").toUpperCase() },
    topics: c.topics.map(topicId),
    recommendation: `ITU-T ${c.recommendation}`,
  };
}
