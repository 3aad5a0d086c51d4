import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MERMAID_FILE, PNG_FILE, SCHEMA_DIR, modelMermaid, readModel } from "../../../scripts/draw-model.js";

/** Every .graphql file under schema/, read as text: the check does not trust the drawing code. */
function schemaText(folder = SCHEMA_DIR): string {
  return readdirSync(folder, { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? schemaText(path.join(folder, entry.name)) : entry.name.endsWith(".graphql") ? readFileSync(path.join(folder, entry.name), "utf8") : ""))
    .join("\n");
}

describe("the model diagram in docs/", () => {
  const committed = readFileSync(MERMAID_FILE, "utf8");

  it("names every node type and every relationship type of the schema", () => {
    const sdl = schemaText();
    const nodeTypes = [...sdl.matchAll(/^type\s+(\w+)[^{\n]*@node\b/gm)].map((m) => m[1]!);
    const relationshipTypes = [...new Set([...sdl.matchAll(/@relationship\(\s*type:\s*"(\w+)"/g)].map((m) => m[1]!))];
    expect(nodeTypes.length).toBeGreaterThan(10);
    expect(relationshipTypes.length).toBeGreaterThan(10);
    for (const node of nodeTypes) expect(committed, `node type ${node}`).toMatch(new RegExp(`^\\s+${node}\\["${node}"\\]$`, "m"));
    for (const type of relationshipTypes) expect(committed, `relationship ${type}`).toContain(`-->|${type}|`);
  });

  it("is what `npm run draw-model` writes from today's schema (run it after changing schema/)", () => {
    expect(committed).toBe(modelMermaid(readModel()));
    expect(existsSync(PNG_FILE)).toBe(true);
  });

  it("draws each relationship between the types the schema gives it", () => {
    const edges = readModel().edges.map((e) => `${e.from} -${e.type}-> ${e.to}`);
    expect(edges).toEqual(
      expect.arrayContaining([
        "LiaisonStatement -SENT_BY-> Body",
        "LiaisonStatement -SENT_TO-> Body",
        "LiaisonStatement -REPLIES_TO-> LiaisonStatement",
        "Body -PROPOSES-> Entity",
        "FocusGroup -UNDER_AUSPICES_OF-> Body",
        "Question -PART_OF-> StudyGroup",
        "Topic -BROADER-> Topic",
      ]),
    );
  });
});
