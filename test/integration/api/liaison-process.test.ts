/**
 * Liaison work as a process, through the GraphQL API over statements ingested by the real
 * pipeline: requests awaiting a reply, response times per pair of bodies, and whole threads
 * (ITU-T SG15 -> IETF CCAMP -> 3GPP SA5 -> back to SG15), for members and anonymous readers.
 */
import path from "node:path";
import { graphql, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "../../../src/api/build-schema.js";
import { ingestFile } from "../../support/ingest.js";
import { useTestGraph } from "../../support/neo4j.js";

const THREADS = path.resolve(import.meta.dirname, "../../fixtures/documents/threads");
const FIXTURES = [
  "sg15-ls102-yang-otn.txt",
  "ietf-liaison-1650-reply-to-sg15.txt",
  "s5-193456-reply-to-ccamp.txt",
  "sg15-ls140-reply-to-sa5.txt",
  "sg15-ls110-overdue.txt",
  "sg15-ls115-restricted.txt",
  "sg15-ls120-ccamp-followup.txt",
  "ietf-liaison-1660-reply-to-ls120.txt",
];
const LS102 = "sp16-sg15-oLS-00102";
const LS110 = "sp16-sg15-oLS-00110";
const LS115 = "sp16-sg15-oLS-00115";
const LS120 = "sp16-sg15-oLS-00120";
const LS140 = "sp16-sg15-oLS-00140";
const IDS = [LS102, "ietf-liaison-1650", "S5-193456", LS140, LS110, LS115, LS120, "ietf-liaison-1660"];

const SG15 = { type: "StudyGroup", id: "ITU-T SG15", name: "ITU-T Study Group 15" };
const CCAMP = { type: "Organization", id: "IETF CCAMP", name: "Common Control and Measurement Plane Working Group" };
const TEAS = { type: "Organization", id: "IETF TEAS", name: "Traffic Engineering Architecture and Signaling" };
const SA5 = { type: "Organization", id: "3GPP SA5", name: "3GPP TSG SA WG5 (Management, Orchestration and Charging)" };
const IEEE_802_1 = { type: "Organization", id: "IEEE 802.1", name: "IEEE 802.1 Higher Layer LAN Protocols Working Group" };
const IEEE_802_3 = { type: "Organization", id: "IEEE 802.3", name: "IEEE 802.3 Ethernet Working Group" };

const REF = "{ type id name }";
const AWAITING = `query ($asOf: String, $body: ID, $overdueOnly: Boolean) {
  awaitingReply(asOf: $asOf, body: $body, overdueOnly: $overdueOnly) {
    statement { id title date deadline } sentBy ${REF} addressee ${REF} purpose actions evidence daysOverdue daysWaiting
  }
}`;
const TIMES = `query ($studyPeriod: String, $fromDate: String, $toDate: String) {
  responseTimes(studyPeriod: $studyPeriod, fromDate: $fromDate, toDate: $toDate) {
    from ${REF} to ${REF} asked answered shareAnswered medianDays p90Days
  }
}`;
const THREAD = `query ($id: ID!) {
  liaisonThread(id: $id) {
    id
    bodies { id }
    statements {
      id title date deadline stub sentBy { id } recipients { body { id } purpose evidence }
      asks { body { id } action evidence } repliesTo { to evidence }
    }
  }
}`;

interface Awaiting {
  statement: { id: string; title: string; date: string; deadline: string | null };
  sentBy: unknown[];
  addressee: { id: string };
  purpose: string | null;
  actions: string[];
  evidence: string;
  daysOverdue: number | null;
  daysWaiting: number | null;
}
interface Times {
  from: { id: string };
  to: { id: string };
  asked: number;
  answered: number;
  shareAnswered: number;
  medianDays: number | null;
  p90Days: number | null;
}

const MEMBER = ["public", "restricted"];
const ANONYMOUS = ["public"];

describe("liaison work as a process, through the GraphQL API", () => {
  const graph = useTestGraph();
  let schema: GraphQLSchema | undefined;

  beforeAll(async () => {
    await graph.removeDocuments(IDS);
    for (const file of FIXTURES) await ingestFile(graph.driver, graph.database, path.join(THREADS, file));
    schema = await buildSchema(graph.driver, graph.database);
  });
  afterAll(() => graph.removeDocuments(IDS));

  const run = async (source: string, variables: Record<string, unknown>, access = MEMBER) => {
    if (!schema) throw new Error("the schema is built in beforeAll");
    return graphql({ schema, source, variableValues: variables, contextValue: { access, sessionConfig: { database: graph.database } } });
  };
  async function query<T>(source: string, variables: Record<string, unknown>, access = MEMBER): Promise<T> {
    const result = await run(source, variables, access);
    if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join("; "));
    return result.data as T;
  }
  const awaiting = async (variables: Record<string, unknown>, access = MEMBER) =>
    (await query<{ awaitingReply: Awaiting[] }>(AWAITING, variables, access)).awaitingReply.filter((row) => IDS.includes(row.statement.id));
  const times = async (variables: Record<string, unknown>, access = MEMBER) =>
    (await query<{ responseTimes: Times[] }>(TIMES, variables, access)).responseTimes.filter((row) =>
      [row.from.id, row.to.id].every((id) => [SG15, CCAMP, SA5, IEEE_802_1, IEEE_802_3].some((b) => b.id === id)),
    );

  describe("awaitingReply", () => {
    const OVERDUE_802_1: Awaiting = {
      statement: { id: LS110, title: "LS on time synchronization profiles for bridged networks", date: "2018-12-14", deadline: "2019-02-28" },
      sentBy: [SG15],
      addressee: IEEE_802_1,
      purpose: "ACTION",
      actions: ["review"],
      evidence: "IEEE 802.1 is requested to review the profile and to tell SG15 whether it can be used in bridged networks.",
      daysOverdue: 122,
      daysWaiting: 198,
    };
    const OVERDUE_802_3: Awaiting = {
      statement: { id: LS115, title: "LS on optical access interfaces under study", date: "2019-02-01", deadline: "2019-04-30" },
      sentBy: [SG15],
      addressee: IEEE_802_3,
      purpose: "ACTION",
      actions: ["provide information"],
      evidence: "SG15 asks IEEE 802.3 to provide information on the optical interfaces it is studying for access networks.",
      daysOverdue: 61,
      daysWaiting: 149,
    };
    const IN_TIME_SG15: Awaiting = {
      statement: { id: "S5-193456", title: "Reply LS on YANG data models for transport network management", date: "2019-05-13", deadline: "2019-08-26" },
      sentBy: [SA5],
      addressee: SG15,
      purpose: null,
      actions: ["consider"],
      evidence:
        "ACTION: SA WG5 kindly asks ITU-T SG15 to consider adding the synchronisation status of termination points to its information model, and to send its views before its next meeting on 26 August 2019.",
      daysOverdue: -57,
      daysWaiting: 48,
    };

    it("lists, on 30 June 2019, the requests no reply has answered: overdue first, most overdue first", async () => {
      expect(await awaiting({ asOf: "2019-06-30" })).toEqual([OVERDUE_802_1, OVERDUE_802_3, IN_TIME_SG15]);
    });

    it("takes a reply into account from its date: on 31 July 2019 SG15 has answered 3GPP SA5", async () => {
      expect((await awaiting({ asOf: "2019-07-31" })).map((r) => r.statement.id)).toEqual([LS110, LS115]);
    });

    it("judges each request on its own day: before CCAMP's reply of 21 February, SG15-LS102 was waiting", async () => {
      const rows = await awaiting({ asOf: "2019-02-20" });
      // None overdue yet: nearest deadline first.
      expect(rows.map((r) => [r.statement.id, r.addressee.id, r.purpose, r.actions, r.daysOverdue])).toEqual([
        [LS110, "IEEE 802.1", "ACTION", ["review"], -8],
        [LS102, "IETF CCAMP", "COMMENT", ["comment"], -23],
        [LS115, "IEEE 802.3", "ACTION", ["provide information"], -69],
      ]);
    });

    it("keeps only overdue requests, and only those of one body", async () => {
      expect((await awaiting({ asOf: "2019-06-30", overdueOnly: true })).map((r) => r.statement.id)).toEqual([LS110, LS115]);
      expect((await awaiting({ asOf: "2019-06-30", body: "3GPP SA5" })).map((r) => r.statement.id)).toEqual(["S5-193456"]);
      expect((await awaiting({ asOf: "2019-06-30", body: "IEEE 802.3" })).map((r) => r.statement.id)).toEqual([LS115]);
      // Any name of the body: SG15's own requests and the one it was asked.
      expect((await awaiting({ asOf: "2019-06-30", body: "Study Group 15" })).map((r) => r.statement.id)).toEqual([LS110, LS115, "S5-193456"]);
    });

    it("never shows a restricted request to an anonymous reader", async () => {
      expect(await awaiting({ asOf: "2019-06-30" }, ANONYMOUS)).toEqual([OVERDUE_802_1, IN_TIME_SG15]);
      expect(await awaiting({ asOf: "2019-06-30", body: "IEEE 802.3" }, ANONYMOUS)).toEqual([]);
    });

    it("refuses a day that is not a full date, naming the argument", async () => {
      const result = await run(AWAITING, { asOf: "2019-06" });
      expect(result.errors?.map((e) => [e.message, e.extensions.code, e.extensions.argument])).toEqual([
        ["asOf must be a full date: YYYY-MM-DD", "BAD_USER_INPUT", "asOf"],
      ]);
      const bad = await run(AWAITING, { asOf: "2019-02-30" });
      expect(bad.errors?.map((e) => e.extensions.argument)).toEqual(["asOf"]);
    });
  });

  describe("responseTimes", () => {
    it("counts requests asked and answered per pair of bodies, with median and 90th percentile of days to reply", async () => {
      expect(await times({})).toEqual([
        { from: SA5, to: SG15, asked: 1, answered: 1, shareAnswered: 1, medianDays: 53, p90Days: 53 },
        { from: CCAMP, to: SA5, asked: 1, answered: 1, shareAnswered: 1, medianDays: 81, p90Days: 81 },
        { from: SG15, to: CCAMP, asked: 2, answered: 2, shareAnswered: 1, medianDays: 49.5, p90Days: 65.1 },
        { from: SG15, to: IEEE_802_1, asked: 1, answered: 0, shareAnswered: 0, medianDays: null, p90Days: null },
        { from: SG15, to: IEEE_802_3, asked: 1, answered: 0, shareAnswered: 0, medianDays: null, p90Days: null },
      ].sort((a, b) => b.asked - a.asked || a.from.id.localeCompare(b.from.id) || a.to.id.localeCompare(b.to.id)));
    });

    it("filters requests by date and study period", async () => {
      const march = await times({ fromDate: "2019-03", toDate: "2019-03" });
      expect(march).toEqual([{ from: SG15, to: CCAMP, asked: 1, answered: 1, shareAnswered: 1, medianDays: 30, p90Days: 30 }]);
      expect((await times({ studyPeriod: "2022-2024" })).length).toBe(0);
      expect((await times({ studyPeriod: "2017-2020" })).map((r) => `${r.from.id}->${r.to.id}`)).toContain("ITU-T SG15->IEEE 802.3");
    });

    it("leaves restricted requests out for an anonymous reader", async () => {
      expect((await times({}, ANONYMOUS)).map((r) => `${r.from.id}->${r.to.id}`)).toEqual([
        "ITU-T SG15->IETF CCAMP",
        "3GPP SA5->ITU-T SG15",
        "IETF CCAMP->3GPP SA5",
        "ITU-T SG15->IEEE 802.1",
      ]);
    });

    it("refuses a date range that ends before it starts", async () => {
      const result = await run(TIMES, { fromDate: "2019-05", toDate: "2019-03" });
      expect(result.errors?.map((e) => [e.message, e.extensions.argument])).toEqual([["fromDate must not be after toDate", "fromDate"]]);
    });
  });

  describe("liaisonThread", () => {
    const THREAD_VALUE = {
      bodies: [SG15, CCAMP, TEAS, SA5].map(({ id }) => ({ id })),
      statements: [
        {
          id: LS102,
          title: "LS on YANG data models for optical transport network management",
          date: "2018-12-14",
          deadline: "2019-03-15",
          stub: false,
          sentBy: [{ id: "ITU-T SG15" }],
          recipients: [
            { body: { id: "IETF CCAMP" }, purpose: "COMMENT", evidence: "For comment to: IETF CCAMP" },
            { body: { id: "IETF TEAS" }, purpose: "INFORMATION", evidence: "For information to: IETF TEAS" },
          ],
          asks: [
            {
              body: { id: "IETF CCAMP" },
              action: "comment",
              evidence:
                "SG15 kindly requests IETF CCAMP to comment on the alignment between the attached draft and the YANG modules developed in CCAMP for optical transport networks.",
            },
          ],
          repliesTo: [],
        },
        {
          id: "ietf-liaison-1650",
          title: "Reply to LS on YANG data models for optical transport network management",
          date: "2019-02-21",
          deadline: "2019-05-31",
          stub: false,
          sentBy: [{ id: "IETF CCAMP" }],
          recipients: [
            { body: { id: "ITU-T SG15" }, purpose: "RESPONSE", evidence: "To Group: ITU-T SG 15" },
            { body: { id: "3GPP SA5" }, purpose: "COPY", evidence: "Cc: 3GPP SA5" },
          ],
          asks: [
            {
              body: { id: "3GPP SA5" },
              action: "comment",
              evidence:
                "As the same models are being considered for the transport of 5G fronthaul, CCAMP invites 3GPP SA5 to comment on whether they cover its management needs.",
            },
          ],
          repliesTo: [
            { to: LS102, evidence: "Liaisons referred by this one: LS on YANG data models for optical transport network management (SG15-LS102)" },
          ],
        },
        {
          id: "S5-193456",
          title: "Reply LS on YANG data models for transport network management",
          date: "2019-05-13",
          deadline: "2019-08-26",
          stub: false,
          sentBy: [{ id: "3GPP SA5" }],
          recipients: [
            { body: { id: "IETF CCAMP" }, purpose: "INFORMATION", evidence: "To: IETF CCAMP" },
            { body: { id: "ITU-T SG15" }, purpose: "COPY", evidence: "Cc: ITU-T SG15" },
          ],
          asks: [{ body: { id: "ITU-T SG15" }, action: "consider", evidence: IN_TIME_EVIDENCE }],
          repliesTo: [
            {
              to: "ietf-liaison-1650",
              evidence: "Response to: LS from IETF CCAMP on YANG data models for optical transport network management (ietf-liaison-1650)",
            },
          ],
        },
        {
          id: LS140,
          title: "Reply LS on the synchronisation status of termination points",
          date: "2019-07-05",
          deadline: null,
          stub: false,
          sentBy: [{ id: "ITU-T SG15" }],
          recipients: [
            { body: { id: "3GPP SA5" }, purpose: "INFORMATION", evidence: "For information to: 3GPP SA5, IETF CCAMP" },
            { body: { id: "IETF CCAMP" }, purpose: "INFORMATION", evidence: "For information to: 3GPP SA5, IETF CCAMP" },
          ],
          asks: [],
          repliesTo: [
            {
              to: "S5-193456",
              evidence:
                "In response to your LS S5-193456, SG15 has added the synchronisation status of termination points to draft Recommendation ITU-T G.7711.",
            },
          ],
        },
      ],
    };

    it("walks replies both ways from any statement of the thread, across three bodies, in date order", async () => {
      for (const id of [LS102, "ietf-liaison-1650", "S5-193456", LS140]) {
        const { liaisonThread } = await query<{ liaisonThread: unknown }>(THREAD, { id });
        expect(liaisonThread, id).toEqual({ id, ...THREAD_VALUE });
      }
    });

    it("is the statement alone when nothing replies to it; BAD_USER_INPUT for an unknown, restricted or non-statement id", async () => {
      const alone = await query<{ liaisonThread: { statements: { id: string }[] } }>(THREAD, { id: LS110 });
      expect(alone.liaisonThread.statements.map((s) => s.id)).toEqual([LS110]);
      const codes = async (id: string, access = MEMBER) => {
        const result = await run(THREAD, { id }, access);
        return result.errors?.map((e) => [e.extensions.code, e.extensions.argument]);
      };
      expect(await codes("no-such-statement")).toEqual([["BAD_USER_INPUT", "id"]]);
      expect(await codes(LS115, ANONYMOUS)).toEqual([["BAD_USER_INPUT", "id"]]);
      expect(await codes("ITU-T SG15")).toEqual([["BAD_USER_INPUT", "id"]]);
      expect((await query<{ liaisonThread: { statements: { id: string }[] } }>(THREAD, { id: LS115 })).liaisonThread.statements).toHaveLength(1);
    });
  });
});

const IN_TIME_EVIDENCE =
  "ACTION: SA WG5 kindly asks ITU-T SG15 to consider adding the synchronisation status of termination points to its information model, and to send its views before its next meeting on 26 August 2019.";
