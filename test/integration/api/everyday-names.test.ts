import { describe, expect, it } from "vitest";
import type { GraphWrite } from "../../../src/load/graph-write.js";
import { testDocument, useAnalyticsApi } from "./analytics-api.js";

/** A document that names a body no reference knows: the body exists only because of it. */
const DOCUMENT_BODY: GraphWrite = (() => {
  const write = testDocument({ id: "test-names-ls-1", date: "2019-04-02", studyPeriod: "2017-2020", from: "ITU-T SG17", to: ["Quillon Ledger Alliance"] });
  const entities: GraphWrite["entities"] = [
    { id: "Quillon Ledger Alliance", name: "Quillon Ledger Alliance", labels: ["Organization", "Body"], properties: { aliases: ["QLA"], resolved: false } },
    { id: "ITU-T X.509", name: "Recommendation ITU-T X.509", labels: ["Recommendation"], properties: { series: "X", number: "509" } },
  ];
  const evidence = "ITU-T SG17 informs the Quillon Ledger Alliance of its work on Recommendation ITU-T X.509.";
  return {
    ...write,
    entities,
    relations: [...write.relations, { type: "REFERENCES", from: write.documentId, to: "ITU-T X.509", evidence, properties: {} }],
  };
})();

const PROFILE = "query ($id: ID!) { bodyProfile(id: $id, limit: 1) { body { id } } }";
const ACTIVITY = "query ($topic: ID!) { topicActivity(topic: $topic, limit: 1) { topic { id } } }";
const PATHS = "query ($from: ID!, $to: ID!) { connectionPaths(from: $from, to: $to, maxHops: 3, limit: 1) { nodes { id } } }";
const NEIGHBOURHOOD = "query ($id: ID!) { neighbourhood(id: $id, limit: 1) { nodes { id } } }";
const LINEAGE = "query ($id: ID!) { focusGroupLineage(id: $id) { focusGroup { id } } }";

describe("analytics arguments take everyday names", () => {
  const api = useAnalyticsApi({ founding: true, documents: [DOCUMENT_BODY] });
  const body = async (id: string) => (await api.query<{ bodyProfile: { body: { id: string } } }>(PROFILE, { id })).bodyProfile.body.id;
  const topic = async (name: string) => (await api.query<{ topicActivity: { topic: { id: string } } }>(ACTIVITY, { topic: name })).topicActivity.topic.id;

  it.each([
    ["SG17", "ITU-T SG17"],
    ["Study Group 17", "ITU-T SG17"],
    ["ITU-T SG 17", "ITU-T SG17"],
    ["  ITU-T SG17 ", "ITU-T SG17"],
    ["TSAG", "ITU-T TSAG"],
    ["FG DLT", "ITU-T FG DLT"],
    ["Q14/17", "Q14/17"],
    ["IETF CCAMP", "IETF CCAMP"],
    ["ccamp", "IETF CCAMP"],
    ["Common Control and Measurement Plane Working Group", "IETF CCAMP"],
  ])("bodyProfile(id: %j) is the profile of %s", async (written, id) => {
    expect(await body(written)).toBe(id);
  });

  it.each([
    ["blockchain", "topic:blockchain"],
    ["Blockchain", "topic:blockchain"],
    ["DLT", "topic:distributed-ledger-technology"],
    ["distributed ledger", "topic:distributed-ledger-technology"],
    ["distributed ledger technology", "topic:distributed-ledger-technology"],
    ["topic:blockchain", "topic:blockchain"],
  ])("topicActivity(topic: %j) is about %s", async (written, id) => {
    expect(await topic(written)).toBe(id);
  });

  it("finds a body that came from a document by its name and its alias, in any case", async () => {
    expect(await body("Quillon Ledger Alliance")).toBe("Quillon Ledger Alliance");
    expect(await body("qla")).toBe("Quillon Ledger Alliance");
  });

  it("takes names on both ends of connectionPaths, a Recommendation and a Question among them", async () => {
    const { connectionPaths } = await api.query<{ connectionPaths: { nodes: { id: string }[] }[] }>(PATHS, { from: "SG17", to: "TSAG" });
    expect(connectionPaths[0]?.nodes[0]?.id).toBe("ITU-T SG17");
    expect(connectionPaths[0]?.nodes.at(-1)?.id).toBe("ITU-T TSAG");
    const { neighbourhood } = await api.query<{ neighbourhood: { nodes: { id: string }[] } }>(NEIGHBOURHOOD, { id: "X.509" });
    expect(neighbourhood.nodes[0]?.id).toBe("ITU-T X.509");
    const question = await api.query<{ neighbourhood: { nodes: { id: string }[] } }>(NEIGHBOURHOOD, { id: "Question 14/17" });
    expect(question.neighbourhood.nodes[0]?.id).toBe("Q14/17");
  });

  it("refuses the same entity under two names on both ends of a path", async () => {
    const errors = await api.errors(PATHS, { from: "SG17", to: "Study Group 17" });
    expect(errors).toMatchObject([{ code: "BAD_USER_INPUT", argument: "to", message: "from and to must be different entities" }]);
  });

  it("takes a focus group's acronym for its lineage", async () => {
    const { focusGroupLineage } = await api.query<{ focusGroupLineage: { focusGroup: { id: string } } }>(LINEAGE, { id: "FG DLT" });
    expect(focusGroupLineage.focusGroup.id).toBe("ITU-T FG DLT");
  });

  it("takes names for overlaps' body and topic", async () => {
    const { overlaps } = await api.query<{ overlaps: { a: { id: string } }[] }>(
      '{ overlaps(body: "Study Group 16", topic: "distributed ledger", limit: 3, evidenceLimit: 0) { a { id } } }',
    );
    expect(overlaps.length).toBeGreaterThan(0);
    expect(overlaps.every((o) => o.a.id === "ITU-T SG16")).toBe(true);
  });

  it("answers an unknown topic with the closest names, never a silent null", async () => {
    const errors = await api.errors(ACTIVITY, { topic: "blokchain" });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: "BAD_USER_INPUT", argument: "topic" });
    expect(errors[0]?.message).toBe('topic: no topic is known as "blokchain"; did you mean topic:blockchain (blockchain)?');
  });

  it("suggests at most five names, those that start with what was written first", async () => {
    const errors = await api.errors(PROFILE, { id: "ITU-T SG1" });
    // No ITU-T SG1 exists; the ITU-T study groups whose ids extend it come first.
    expect(errors[0]?.message).toMatch(/^id: no body is known as "ITU-T SG1"; did you mean ITU-T SG11 \(ITU-T Study Group 11\), /);
    const suggested = errors[0]?.message.split("did you mean ")[1]?.split(", ITU").length ?? 0;
    expect(suggested).toBeLessThanOrEqual(5);
  });

  it("says so when nothing is close", async () => {
    const errors = await api.errors(PROFILE, { id: "zzzzzzzzzzzzzz" });
    expect(errors).toMatchObject([{ code: "BAD_USER_INPUT", argument: "id", message: 'id: no body is known as "zzzzzzzzzzzzzz"' }]);
  });

  it("refuses a study group number two Sectors use, listing both", async () => {
    const errors = await api.errors(PROFILE, { id: "SG5" });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: "BAD_USER_INPUT", argument: "id" });
    expect(errors[0]?.message).toBe(
      'id "SG5" is ambiguous: it may mean ITU-R SG5 (ITU-R Study Group 5), ITU-T SG5 (ITU-T Study Group 5); give one of these ids',
    );
    // Written with its Sector it is one body.
    expect(await body("ITU-R SG5")).toBe("ITU-R SG5");
  });

  it("lists an ambiguous name of two kinds for an argument that takes any node", async () => {
    // An alias of the topic and of the focus group alike; a topic argument takes the topic.
    const errors = await api.errors(NEIGHBOURHOOD, { id: "Distributed Ledger Technologies" });
    expect(errors).toMatchObject([{ code: "BAD_USER_INPUT", argument: "id" }]);
    expect(errors[0]?.message).toMatch(
      /^id "Distributed Ledger Technologies" is ambiguous: it may mean ITU-T FG DLT \(.*\), topic:distributed-ledger-technology \(distributed ledger technology\); give one/,
    );
    expect(await topic("Distributed Ledger Technologies")).toBe("topic:distributed-ledger-technology");
  });
});
