import { describe, expect, it } from "vitest";
import { EVIDENCE, LS, PROPOSAL_SENTENCE, REF, ids, testDocument, useAnalyticsApi } from "./analytics-api.js";

interface Ref {
  type: string;
  id: string;
  name: string;
}
interface Profile {
  body: Ref;
  topics: { body: string; topic: string; via: Ref; relation: string; document: string | null; source: string | null }[];
  questions: Ref[];
  focusGroups: Ref[];
  sent: Ref[];
  received: Ref[];
  proposals: { by: Ref; target: Ref; document: string | null; evidence: string | null }[];
  references: Ref[];
}

const PROFILE = `query ($id: ID!, $limit: Int, $evidenceLimit: Int) {
  bodyProfile(id: $id, limit: $limit, evidenceLimit: $evidenceLimit) {
    body ${REF} topics ${EVIDENCE} questions ${REF} focusGroups ${REF} sent ${REF} received ${REF}
    proposals { by ${REF} target ${REF} document evidence } references ${REF}
  }
}`;

const REPLY = testDocument({ id: "test-profile-ls-1", date: "2017-09-01", studyPeriod: "2017-2020", from: "ITU-T TSAG", to: ["ITU-T SG17"] });
const OLDER = testDocument({ id: "test-profile-ls-0", date: "2017-05-01", studyPeriod: "2017-2020", from: "ITU-T SG13", to: ["ITU-T SG17"] });

describe("bodyProfile", () => {
  const api = useAnalyticsApi({ founding: true, documents: [OLDER, REPLY] });
  const profile = async (variables: Record<string, unknown>) =>
    (await api.query<{ bodyProfile: Profile | null }>(PROFILE, variables)).bodyProfile;

  it("shows ITU-T SG17 with Q14/17, the founding document it sent and its Focus Group on Blockchain proposal", async () => {
    const sg17 = await profile({ id: "ITU-T SG17" });
    expect(sg17?.body).toEqual({ type: "StudyGroup", id: "ITU-T SG17", name: "ITU-T Study Group 17" });
    expect(ids(sg17?.questions ?? [])).toContain("Q14/17");
    expect(sg17?.sent).toContainEqual({ type: "LiaisonStatement", id: LS, name: LS });
    expect(sg17?.proposals).toContainEqual({
      by: { type: "StudyGroup", id: "ITU-T SG17", name: "ITU-T Study Group 17" },
      target: { type: "FocusGroup", id: "ITU-T FG Blockchain", name: "Focus Group on Blockchain" },
      document: LS,
      evidence: PROPOSAL_SENTENCE,
    });
    expect(ids(sg17?.references ?? [])).toEqual(
      expect.arrayContaining(["WTSA-16 Resolution 89", "report:distributed-ledger-technologies-and-financial-inclusion"]),
    );
  });

  it("gives each topic's evidence: its own STUDIES, its Questions', and the documents it sent", async () => {
    const topics = (await profile({ id: "ITU-T SG17" }))?.topics ?? [];
    const security = topics.filter((t) => t.topic === "topic:security").map((t) => [t.via.id, t.relation]);
    expect(security).toEqual([
      ["ITU-T SG17", "STUDIES"],
      ["Q14/17", "STUDIES"],
      [LS, "MENTIONS"],
    ]);
    expect(topics.every((t) => t.body === "ITU-T SG17")).toBe(true);
    const mentions = topics.filter((t) => t.relation === "MENTIONS");
    expect(mentions.every((t) => t.document === LS)).toBe(true);
  });

  it("lists received documents newest first, at most limit", async () => {
    expect(ids((await profile({ id: "ITU-T SG17" }))?.received ?? [])).toEqual(["test-profile-ls-1", "test-profile-ls-0"]);
    expect(ids((await profile({ id: "ITU-T SG17", limit: 1 }))?.received ?? [])).toEqual(["test-profile-ls-1"]);
  });

  it("lists focus groups under a body's auspices", async () => {
    const tsag = await profile({ id: "ITU-T TSAG" });
    expect(ids(tsag?.focusGroups ?? [])).toEqual(expect.arrayContaining(["ITU-T FG Blockchain", "ITU-T FG DLT", "ITU-T FG DFS"]));
  });

  it("refuses an id that is not a body, naming the argument", async () => {
    for (const id of ["topic:blockchain", "no such body"]) {
      const errors = await api.errors(PROFILE, { id });
      expect(errors).toMatchObject([{ code: "BAD_USER_INPUT", argument: "id" }]);
      expect(errors[0]?.message).toContain(`no body is known as "${id}"`);
    }
  });
});
