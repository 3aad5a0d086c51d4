import { afterAll, describe, expect, it } from "vitest";
import { useTestGraph } from "../../support/neo4j.js";
import { fixture, ingest } from "./load-helpers.js";

/** Restricted documents in the graph: marked, and saying nothing about other nodes there. */
describe("a restricted document", () => {
  const graph = useTestGraph();
  const ids: string[] = [];
  afterAll(() => graph.removeDocuments(ids));

  it("is written with its level, and only with its own relations", async () => {
    const run = await ingest(graph, [fixture("access", "restricted-proposal.txt")]);
    expect(run.failed).toEqual([]);
    const id = run.documents[0]?.extraction.document.id ?? "";
    ids.push(id);
    const [row] = await graph.rows<{ access: string; own: string[]; proposes: number }>(
      `MATCH (d:LiaisonStatement {id: $id})
       RETURN d.access AS access,
              [(d)-[r]->() | type(r)] AS own,
              COUNT { ()-[p:PROPOSES {sourceDocument: $id}]->() } AS proposes`,
      { id },
    );
    expect(row?.access).toBe("restricted");
    expect(row?.own).toEqual(expect.arrayContaining(["SENT_BY", "SENT_TO"]));
    expect(Number(row?.proposes)).toBe(0);
  });

  it("is restricted when the command line says so, though the document says nothing", async () => {
    const run = await ingest(graph, [fixture("plain-text", "liaison-note")], { access: "restricted" });
    const id = run.documents[0]?.extraction.document.id ?? "";
    ids.push(id);
    const [row] = await graph.rows<{ access: string }>("MATCH (d:LiaisonStatement {id: $id}) RETURN d.access AS access", { id });
    expect(row?.access).toBe("restricted");
  });
});
