import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestGraph } from "../../support/neo4j.js";
import { runCli } from "./run-cli.js";

// Watch rules through the real command: add (names read as the API reads them, unknown ones
// refused with suggestions), list, remove, and the matches an ingest of new statements reports.

const FIXTURES = "test/fixtures/documents/watch";
/** The ids the fixtures get (no number of their own: a hash of their content). */
const LEDGER = "doc:bd529b1662018d54";
const OPTICAL = "doc:a1ec393d50b721c5";
const PREFIX = "test-watch-cli";

const cli = (...args: string[]) => runCli(args);

interface Rule {
  id: string;
  name: string;
  kind: string;
  target: string;
}

describe("standards-graph watch", () => {
  const graph = useTestGraph();
  const cleanup = async () => {
    await graph.rows(`MATCH (w:Watch) WHERE w.name STARTS WITH $prefix DELETE w`, { prefix: PREFIX });
    await graph.removeDocuments([LEDGER, OPTICAL]);
  };
  const rules = async (): Promise<Rule[]> => {
    const listed = await cli("watch", "list", "--json");
    expect(listed.code).toBe(0);
    return (JSON.parse(listed.stdout) as Rule[]).filter((r) => r.name.startsWith(PREFIX));
  };

  beforeAll(cleanup, 300_000);
  afterAll(cleanup);

  it("explains itself with --help and refuses a missing action", async () => {
    const help = await cli("watch", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("standards-graph watch <add|list|remove>");
    expect(help.stdout).toContain("--recommendation R");
    const none = await cli("watch");
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("watch needs an action");
    const two = await cli("watch", "add", "--topic", "blockchain", "--body", "SG17");
    expect(two.code).toBe(2);
    expect(two.stderr).toContain("exactly one of --topic, --body, --recommendation");
  }, 300_000);

  it("refuses an unknown topic with the closest known names, and writes nothing", async () => {
    const result = await cli("watch", "add", "--topic", "blokchain", "--name", `${PREFIX}-typo`);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no topic is known as "blokchain"');
    expect(result.stderr).toContain("did you mean topic:blockchain");
    expect(await rules()).toEqual([]);
  }, 300_000);

  it("adds rules on a topic, a body and a Recommendation under their canonical ids, and lists them", async () => {
    const topic = await cli("watch", "add", "--topic", "blockchain", "--name", `${PREFIX}-chain`);
    expect(topic.code, topic.stderr).toBe(0);
    expect(topic.stdout).toContain(`Watching topic topic:blockchain`);
    const body = await cli("watch", "add", "--body", "Study Group 15", "--name", `${PREFIX}-sg15`);
    expect(body.code, body.stderr).toBe(0);
    const recommendation = await cli("watch", "add", "--recommendation", "X.509", "--name", `${PREFIX}-x509`);
    expect(recommendation.code, recommendation.stderr).toBe(0);
    expect((await rules()).map((r) => [r.name, r.kind, r.target, r.id])).toEqual([
      [`${PREFIX}-chain`, "topic", "topic:blockchain", "watch:topic:topic:blockchain"],
      [`${PREFIX}-sg15`, "body", "ITU-T SG15", "watch:body:ITU-T SG15"],
      [`${PREFIX}-x509`, "recommendation", "ITU-T X.509", "watch:recommendation:ITU-T X.509"],
    ]);
    // Rules are not entities: analysts' views never meet them.
    expect(await graph.rows(`MATCH (w:Watch:Entity) RETURN w`)).toEqual([]);
  }, 300_000);

  it("refuses a target already watched and a name already taken", async () => {
    const again = await cli("watch", "add", "--topic", "topic:blockchain", "--name", `${PREFIX}-other`);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`topic topic:blockchain is already watched (rule "${PREFIX}-chain")`);
    const taken = await cli("watch", "add", "--topic", "metaverse", "--name", `${PREFIX}-chain`);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain(`already named "${PREFIX}-chain"`);
  }, 300_000);

  it("reports the statements an ingest writes that match a rule, in the text and under watchMatches", async () => {
    const result = await cli("ingest", "--json", FIXTURES);
    expect(result.code, result.stderr).toBe(0);
    const run = JSON.parse(result.stdout) as { documents: { id: string }[]; watchMatches: { watch: string; statement: string; date: string; title: string }[] };
    expect(run.documents.map((d) => d.id).sort()).toEqual([OPTICAL, LEDGER].sort());
    const ours = run.watchMatches.filter((m) => m.watch.startsWith(PREFIX));
    expect(ours.map((m) => [m.statement, m.watch, m.date])).toEqual([
      [OPTICAL, `${PREFIX}-sg15`, "2026-03-20"],
      [LEDGER, `${PREFIX}-chain`, "2026-03-12"],
      [LEDGER, `${PREFIX}-x509`, "2026-03-12"],
    ].sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : a[1]! < b[1]! ? -1 : 1)));
    expect(result.stderr).toContain(`watch ${PREFIX}-x509: ${LEDGER} | 2026-03-12 | LS on security guidance for ledger-based identity services`);
    // Unchanged statements are not new: a second run reports nothing of them.
    const again = await cli("ingest", "--json", FIXTURES);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { watchMatches: unknown[] }).watchMatches).toEqual([]);
  }, 300_000);

  it("removes a rule by name or id, and says when there is none", async () => {
    const byName = await cli("watch", "remove", `${PREFIX}-chain`);
    expect(byName.code, byName.stderr).toBe(0);
    expect(byName.stdout).toContain(`Removed watch rule "${PREFIX}-chain"`);
    const byId = await cli("watch", "remove", "watch:body:ITU-T SG15");
    expect(byId.code, byId.stderr).toBe(0);
    expect((await rules()).map((r) => r.name)).toEqual([`${PREFIX}-x509`]);
    const missing = await cli("watch", "remove", `${PREFIX}-chain`);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`no watch rule has the id or name "${PREFIX}-chain"`);
  }, 300_000);
});
