/**
 * The extractor's gazetteer, built from the reference data in the repository (the topic taxonomy
 * in cypher/reference, the sourced bodies of cypher/reference/bodies, the known focus
 * groups of src/model) and never from the graph:
 * extraction is then the same for a dry run and a real one, needs no database, and cannot be
 * steered by what earlier documents put into the graph.
 */
import { readFileSync } from "node:fs";
import { FOCUS_GROUPS, ORGANIZATIONS } from "../model/known-bodies.js";
import { REFERENCE_BODIES } from "../model/reference-bodies.js";
import { Gazetteer, type GazetteerEntry } from "./gazetteer.js";
import { parseTopicsCypher } from "./parse-topics-cypher.js";

const TOPICS_FILE = new URL("../../cypher/reference/20-topics.cypher", import.meta.url);

let cached: Gazetteer | undefined;

export function referenceGazetteerEntries(): GazetteerEntry[] {
  const topics = parseTopicsCypher(readFileSync(TOPICS_FILE, "utf8"));
  const focusGroups: GazetteerEntry[] = FOCUS_GROUPS.map((fg) => ({
    type: "FocusGroup",
    id: `ITU-T FG ${fg.acronym}`,
    name: fg.name,
    aliases: [`FG ${fg.acronym}`, `FG-${fg.acronym}`, ...(fg.aliases ?? [])],
  }));
  // Bodies whose names prefix almost every other body ("ITU-T") are not resolvable on their own.
  const bodies: GazetteerEntry[] = REFERENCE_BODIES.filter((b) => b.resolvable).map((b) => ({ type: b.type, id: b.id, name: b.name, aliases: [b.id, ...b.aliases] }));
  // Organizations of src/model that the sourced dataset does not hold (none, once it holds them all).
  const known = new Set(bodies.map((b) => b.id));
  const organizations: GazetteerEntry[] = ORGANIZATIONS.filter((o) => !known.has(o.id)).map((o) => ({
    type: "Organization",
    id: o.id,
    name: o.name,
    aliases: [...o.aliases],
  }));
  return [...topics, ...focusGroups, ...bodies, ...organizations];
}

/** Built once per process: the reference data does not change while it runs. */
export function referenceGazetteer(): Gazetteer {
  cached ??= new Gazetteer(referenceGazetteerEntries());
  return cached;
}
