import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { savedQuery } from "../../../src/api/saved-query.js";
import { removeDocuments } from "../../../src/load/remove-documents.js";
import { BLOCKCHAIN, DLT, SMART_CONTRACTS, VEHICULAR, useSummaryDocumentBatches, type SummaryDocument } from "../load/summaries-fixture.js";

// topicActivity, overlaps and bodyProfile choose the documents they cite from the BodyTopic
// summaries' newest ids and dates, before reading any document. Osprey sends most of these
// statements (Rail some, a few jointly), over topics, study periods, dates shared by two statements,
// undated ones and restricted ones, so that some summaries hold more than the 20 they list.
const OSPREY = "test-efs:osprey";
const RAIL = "test-efs:rail";
const PLOVER = "test-efs:plover";
const BODIES = [OSPREY, RAIL];
const TOPICS = [BLOCKCHAIN, DLT, SMART_CONTRACTS, VEHICULAR];
const PERIODS = ["2017-2020", "2017-2020", "2017-2020", "2021-2024", "2021-2024", undefined, "2017-2020", "2013-2016"];
const MENTIONS = [[DLT, BLOCKCHAIN], [BLOCKCHAIN, SMART_CONTRACTS], [DLT, VEHICULAR, SMART_CONTRACTS]];
const day = (n: number) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

const statement = (n: number): SummaryDocument => ({
  id: `test-efs-${String(n).padStart(3, "0")}`,
  text: `Osprey and Rail ${n}`,
  // Out of id order, two statements a day, every ninth undated.
  ...(n % 9 === 2 ? {} : { date: day(Math.floor(((n * 37) % 150) / 2)) }),
  ...(PERIODS[n % 8] ? { studyPeriod: PERIODS[n % 8] } : {}),
  from: n % 17 === 3 ? [OSPREY, RAIL] : n % 5 === 4 ? [RAIL] : [OSPREY],
  to: [PLOVER],
  mentions: MENTIONS[n % 3]!,
  access: n % 7 === 3 ? "restricted" : "public",
});
const DOCUMENTS = Array.from({ length: 160 }, (_, n) => statement(n));
const byId = (id: string) => DOCUMENTS.find((d) => d.id === id)!;
const RESTRICTED = new Set(DOCUMENTS.filter((d) => d.access === "restricted").map((d) => d.id));
const UNDATED = new Set(DOCUMENTS.filter((d) => !d.date).map((d) => d.id));

const ACCESS = [["public"], ["public", "restricted"]];
const EVIDENCE_LIMITS = [0, 1, 20];
const STUDY_PERIODS = [null, "2017-2020", "2013-2016"];

// The newest documents counted directly: what each query cited when it read the documents.
const SENT_MENTIONING = `
  MATCH (:Body {id: $body})<-[sent:SENT_BY]-(d:LiaisonStatement)-[m:MENTIONS]->(t)
  WHERE sent.sourceDocument = d.id AND m.sourceDocument = d.id AND coalesce(d.access, "public") IN $access`;
const TOPIC_ACTIVITY_DIRECT = `
MATCH (t:Topic)-[:BROADER*0..6]->(:Topic {id: $topic})
WITH DISTINCT t
${SENT_MENTIONING}
WITH DISTINCT d, t ORDER BY d.date IS NULL, d.date DESC, d.id, t.id
RETURN collect(t.id + " " + d.id)[..$evidenceLimit] AS evidence`;
const PER_TOPIC_DIRECT = `
MATCH (t:Topic) WHERE $topics IS NULL OR t.id IN $topics
${SENT_MENTIONING} AND ($studyPeriod IS NULL OR d.studyPeriod = $studyPeriod)
WITH DISTINCT d, t ORDER BY t.id, d.date IS NULL, d.date DESC, d.id
WITH t, collect(d.id)[..$evidenceLimit] AS documents
ORDER BY t.id
RETURN t.id AS topic, documents`;
// Every BodyTopic summary of these bodies beside the same read from its documents.
const KEPT_AND_DIRECT = `
MATCH (s:BodyTopic) WHERE s.body IN $bodies
CALL (s) {
  MATCH (:Body {id: s.body})<-[sent:SENT_BY]-(d:LiaisonStatement)-[m:MENTIONS]->(:Topic {id: s.topic})
  WHERE sent.sourceDocument = d.id AND m.sourceDocument = d.id
    AND coalesce(d.access, "public") = s.access AND coalesce(d.studyPeriod, "") = s.studyPeriod
  WITH DISTINCT d ORDER BY d.date IS NULL, d.date DESC, d.id
  RETURN count(d) AS documents, collect(d.id)[..20] AS recent, collect(coalesce(d.date, ""))[..20] AS recentDates
}
RETURN s.key AS key,
       {documents: s.documents, recent: s.recent, recentDates: s.recentDates} AS kept,
       {documents: documents, recent: recent, recentDates: recentDates} AS direct,
       [x IN s.recent | coalesce(COLLECT { MATCH (d:LiaisonStatement {id: x}) RETURN d.date }[0], "")] AS datesNow
ORDER BY key`;

interface Evidence {
  readonly body: string;
  readonly topic: string;
  readonly relation: string;
  readonly document: string | null;
}
const mentions = (evidence: readonly Evidence[]) => evidence.filter((e) => e.relation === "MENTIONS").map((e) => `${e.topic} ${e.document}`);

describe("evidence chosen from the BodyTopic summaries' ids and dates", () => {
  const { graph, write } = useSummaryDocumentBatches(DOCUMENTS);

  const int = (n: number) => neo4j.int(n);
  /** What a reader with `access` was cited across the three queries; `seen` gathers every document cited. */
  const expectSameAsDocuments = async (seen: Map<string, Set<string>>) => {
    const cite = (access: string[], lines: readonly string[]) => {
      const set = seen.get(access.join("+")) ?? new Set<string>();
      for (const line of lines) set.add(line.split(" ")[1]!);
      seen.set(access.join("+"), set);
    };
    for (const access of ACCESS) {
      for (const evidenceLimit of EVIDENCE_LIMITS) {
        const label = `${access.join("+")} evidence ${evidenceLimit}`;
        // topicActivity: the newest mentions of DLT or a narrower topic, across the body's study periods.
        const [activity] = await graph.rows<{ bodies: { body: { id: string }; evidence: Evidence[] }[] }>(savedQuery("topic-activity"), {
          topic: DLT, includeNarrower: true, granularity: "YEAR", limit: int(200), evidenceLimit: int(evidenceLimit), access,
        });
        for (const body of BODIES) {
          const [direct] = await graph.rows<{ evidence: string[] }>(TOPIC_ACTIVITY_DIRECT, { topic: DLT, body, access, evidenceLimit: int(evidenceLimit) });
          const got = mentions(activity?.bodies.find((b) => b.body.id === body)?.evidence ?? []);
          expect(got, `topicActivity ${body} ${label}`).toEqual(direct!.evidence);
          cite(access, got);
        }

        // bodyProfile: the newest mentions of each topic, topic by topic.
        for (const body of BODIES) {
          const [profile] = await graph.rows<{ topics: Evidence[] }>(savedQuery("body-profile"), {
            id: body, limit: int(50), evidenceLimit: int(evidenceLimit), access,
          });
          const direct = await graph.rows<{ topic: string; documents: string[] }>(PER_TOPIC_DIRECT, {
            body, access, topics: null, studyPeriod: null, evidenceLimit: int(evidenceLimit),
          });
          const got = mentions(profile?.topics ?? []);
          expect(got, `bodyProfile ${body} ${label}`).toEqual(direct.flatMap((row) => row.documents.map((d) => `${row.topic} ${d}`)));
          cite(access, got);
        }

        // overlaps: the newest mentions per side and shared topic, of one study period or all.
        for (const studyPeriod of STUDY_PERIODS) {
          const expected = async (body: string, topics: readonly string[]) => {
            const rows = await graph.rows<{ topic: string; documents: string[] }>(PER_TOPIC_DIRECT, {
              body, access, topics, studyPeriod, evidenceLimit: int(evidenceLimit),
            });
            const of = new Map(rows.map((row) => [row.topic, row.documents]));
            return topics.flatMap((topic) => (of.get(topic) ?? []).map((d) => `${topic} ${d}`));
          };
          const evidence = await graph.rows<{ body: string; topic: string; evidence: Evidence[] }>(savedQuery("overlaps-evidence"), {
            pairs: [{ a: OSPREY, b: RAIL, shared: TOPICS }], studyPeriod, evidenceLimit: int(evidenceLimit), access,
          });
          for (const body of BODIES) {
            const got = TOPICS.flatMap((topic) => mentions(evidence.find((e) => e.body === body && e.topic === topic)?.evidence ?? []));
            expect(got, `overlaps-evidence ${body} ${studyPeriod} ${label}`).toEqual(await expected(body, TOPICS));
            cite(access, got);
          }

          const pairs = await graph.rows<{ b: { id: string }; sharedTopics: { id: string }[]; evidence: Evidence[] }>(savedQuery("overlaps"), {
            kinds: null, body: OSPREY, studyPeriod, topic: null, minShared: int(1), limit: int(100),
            evidenceLimit: int(evidenceLimit), evidenceTopics: int(200), withEvidence: true, access,
          });
          const withRail = pairs.find((p) => p.b.id === RAIL);
          expect(withRail, `overlaps ${studyPeriod} ${label}`).toBeDefined();
          const shared = withRail!.sharedTopics.map((t) => t.id);
          expect(mentions(withRail!.evidence), `overlaps ${studyPeriod} ${label}`).toEqual([
            ...(await expected(OSPREY, shared)), ...(await expected(RAIL, shared)),
          ]);
        }
      }
    }
  };

  const expectKeptAsDocuments = async () => {
    const rows = await graph.rows<{ key: string; kept: Record<string, unknown>; direct: Record<string, unknown>; datesNow: string[] }>(
      KEPT_AND_DIRECT, { bodies: BODIES },
    );
    expect(rows.length).toBeGreaterThan(20);
    // Some lists are full: they hold the newest 20 of more.
    expect(rows.some((r) => (r.direct.documents as number) > 20)).toBe(true);
    for (const row of rows) {
      expect(row.kept, row.key).toEqual(row.direct);
      expect(row.kept.recentDates, row.key).toEqual(row.datesNow);
    }
  };

  it("cite what reading the documents cites, in the same order, within each evidence limit, hiding restricted ones from the public", async () => {
    await expectKeptAsDocuments();
    const seen = new Map<string, Set<string>>();
    await expectSameAsDocuments(seen);
    const publicSeen = [...seen.get("public")!];
    const memberSeen = [...seen.get("public+restricted")!];
    expect(publicSeen.some((id) => RESTRICTED.has(id))).toBe(false);
    expect(memberSeen.some((id) => RESTRICTED.has(id))).toBe(true);
    expect(publicSeen.some((id) => UNDATED.has(id))).toBe(true);
  }, 300_000);

  it("still do, with dates kept equal to the documents', after rewrites that move dates, access and study periods, and removals", async () => {
    const list = async (key: string) =>
      (await graph.rows<{ recent: string[] }>("MATCH (s:BodyTopic {key: $key}) RETURN s.recent AS recent", { key }))[0]!.recent;
    const full = await list(`${OSPREY}|${SMART_CONTRACTS}|public|2017-2020`);
    expect(full).toHaveLength(20);
    const listed = new Set(full);
    const unlisted = DOCUMENTS.filter((d) => d.from.includes(OSPREY) && d.mentions!.includes(SMART_CONTRACTS) && d.studyPeriod === "2017-2020"
      && d.access === "public" && !listed.has(d.id));
    const undatedUnlisted = unlisted.find((d) => !d.date)!;
    const datedUnlisted = unlisted.filter((d) => d.date);
    expect(undatedUnlisted).toBeDefined();
    expect(datedUnlisted.length).toBeGreaterThan(2);

    // Several at once: the newest falls behind every other, one listed loses its date, one unlisted
    // becomes the newest, an undated one gets a date, one moves study period and one becomes restricted.
    await write([
      { ...byId(full[0]!), date: "1990-01-01" },
      { ...byId(full[4]!), date: undefined },
      { ...byId(datedUnlisted[0]!.id), date: "2030-01-01" },
      { ...byId(undatedUnlisted.id), date: "2016-06-15" },
      { ...byId(full[7]!), studyPeriod: "2021-2024" },
      { ...byId(full[9]!), access: "restricted" },
    ]);
    expect((await list(`${OSPREY}|${SMART_CONTRACTS}|public|2017-2020`))[0]).toBe(datedUnlisted[0]!.id);
    // One at a time: a restricted one made public and dated on the day of the newest listed, and
    // one moved to the last day of the list.
    const [restricted] = DOCUMENTS.filter((d) => d.access === "restricted" && d.from.includes(OSPREY) && d.mentions!.includes(SMART_CONTRACTS));
    const now = await graph.rows<{ recent: string[]; recentDates: string[] }>(
      "MATCH (s:BodyTopic {key: $key}) RETURN s.recent AS recent, s.recentDates AS recentDates",
      { key: `${OSPREY}|${SMART_CONTRACTS}|public|2017-2020` },
    );
    await write([{ ...restricted!, access: "public", studyPeriod: "2017-2020", date: now[0]!.recentDates[0]! }]);
    await write([{ ...byId(datedUnlisted[1]!.id), date: now[0]!.recentDates[19]! }]);
    await removeDocuments(graph.driver, graph.database, [full[2]!, full[12]!, datedUnlisted[2]!.id]);

    await expectKeptAsDocuments();
    await expectSameAsDocuments(new Map());
  }, 300_000);
});
