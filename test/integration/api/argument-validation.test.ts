import { describe, expect, it } from "vitest";
import { useAnalyticsApi } from "./analytics-api.js";

/** Each operation, with the argument that is wrong and the start of the message a client gets. */
const INVALID: readonly [string, string, string][] = [
  ["{ overlaps(limit: 0) { score } }", "limit", "limit must be an integer from 1 to 100"],
  ["{ overlaps(limit: 101) { score } }", "limit", "limit must be an integer from 1 to 100"],
  ["{ overlaps(minShared: 0) { score } }", "minShared", "minShared must be an integer from 1"],
  ["{ overlaps(evidenceLimit: 21) { score } }", "evidenceLimit", "evidenceLimit must be an integer from 0 to 20"],
  ["{ overlaps(evidenceTopics: -1) { score } }", "evidenceTopics", "evidenceTopics must be an integer from 0 to 200"],
  ["{ overlaps { sharedTopics(first: 1001) { id } } }", "first", "first must be an integer from 0 to 1000"],
  ['{ overlaps(studyPeriod: "2017") { score } }', "studyPeriod", "studyPeriod must be a study period such as 2017-2020"],
  ['{ overlaps(body: "  ") { score } }', "body", "body must be a non-empty id"],
  ['{ topicActivity(topic: "") { topics { id } } }', "topic", "topic must be a non-empty id"],
  ['{ topicActivity(topic: "topic:blockchain", limit: 201) { topics { id } } }', "limit", "limit must be an integer from 1 to 200"],
  ['{ liaisonFlows(fromDate: "2017-13") { flows { count } } }', "fromDate", "fromDate must be an ISO 8601 date"],
  ['{ liaisonFlows(toDate: "2017-02-30") { flows { count } } }', "toDate", "toDate must be an ISO 8601 date"],
  ['{ liaisonFlows(toDate: "17/05/2017") { flows { count } } }', "toDate", "toDate must be an ISO 8601 date"],
  ['{ liaisonFlows(fromDate: "2018", toDate: "2017-12") { flows { count } } }', "fromDate", "fromDate must not be after toDate"],
  ['{ liaisonFlows(studyPeriod: "2020-2017") { flows { count } } }', "studyPeriod", "studyPeriod must be a study period"],
  ["{ liaisonFlows(limit: 0) { flows { count } } }", "limit", "limit must be an integer from 1 to 100"],
  ["{ documentTimeline(limit: 101) { points { count } } }", "limit", "limit must be an integer from 1 to 100"],
  ['{ bodyProfile(id: "ITU-T SG17", limit: 501) { sent { id } } }', "limit", "limit must be an integer from 1 to 500"],
  ['{ connectionPaths(from: "ITU-T SG17", to: "ITU-T TSAG", maxHops: 7) { length } }', "maxHops", "maxHops must be an integer from 1 to 6"],
  ['{ connectionPaths(from: "ITU-T SG17", to: "ITU-T TSAG", limit: 21) { length } }', "limit", "limit must be an integer from 1 to 20"],
  ['{ connectionPaths(from: "ITU-T SG17", to: "ITU-T SG17") { length } }', "to", "from and to must be different entities"],
  ['{ focusGroupLineage(id: "") { status } }', "id", "id must be a non-empty id"],
  ['{ neighbourhood(id: "topic:blockchain", limit: 201) { nodes { id } } }', "limit", "limit must be an integer from 1 to 200"],
];

describe("analytics argument validation", () => {
  const api = useAnalyticsApi();

  it.each(INVALID)("%s is refused as BAD_USER_INPUT on %s", async (source, argument, message) => {
    const errors = await api.errors(source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: "BAD_USER_INPUT", argument });
    expect(errors[0]?.message.startsWith(message)).toBe(true);
  });

  it("refuses more than 100 bodies for a timeline", async () => {
    const bodies = Array.from({ length: 101 }, (_, i) => `body ${i}`);
    const errors = await api.errors("query ($bodies: [ID!]) { documentTimeline(bodies: $bodies) { points { count } } }", { bodies });
    expect(errors).toMatchObject([{ code: "BAD_USER_INPUT", argument: "bodies", message: "bodies takes at most 100 ids" }]);
  });

  it("accepts the boundaries of each range", async () => {
    const data = await api.query<{ overlaps: unknown[]; liaisonFlows: { flows: unknown[] } }>(
      `{ overlaps(limit: 100, evidenceLimit: 0) { score }
         liaisonFlows(fromDate: "2016-02-29", toDate: "2016-02-29", limit: 100) { flows { count } } }`,
    );
    expect(Array.isArray(data.overlaps)).toBe(true);
    expect(data.liaisonFlows.flows).toEqual([]);
  });
});
