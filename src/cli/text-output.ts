/**
 * `ingest --dry-run` without --json: what would be written, readable in a terminal. Evidence is
 * shortened to one line; --json has it in full.
 */
import type { ExtractedEntity, ExtractedRelation } from "../extract/extraction.js";
import { slug } from "../model/canonical-ids.js";
import type { IngestedDocument } from "./ingest-run.js";

const EVIDENCE_WIDTH = 100;

export function formatExtraction(ingested: IngestedDocument): string {
  const { extraction } = ingested;
  const doc = extraction.document;
  const lines = [`${doc.id}  (${ingested.file})`];
  const field = (label: string, value: string | undefined) => lines.push(`  ${label.padEnd(12)} ${value ?? "-"}`);
  field("title", doc.title);
  field("date", doc.date);
  field("study period", doc.studyPeriod);
  field("purpose", doc.purpose);
  for (const [label, entities] of [
    ["from", extraction.from],
    ["to", extraction.to],
    ["cc", extraction.cc],
    ["proposes", extraction.proposes],
    ["references", extraction.references],
    ["topics", extraction.topics],
  ] as const) {
    if (entities.length > 0) field(label, entities.map(entityLabel).join("; "));
  }
  lines.push(`  relations (${extraction.relations.length})`);
  for (const relation of extraction.relations) lines.push(`    ${relationLine(relation)}`);
  for (const warning of ingested.warnings) lines.push(`  warning: ${warning}`);
  return `${lines.join("\n")}\n`;
}

/** The name only when the id does not already say it ("topic:blockchain" does, "ITU-T SG17" not). */
function entityLabel(entity: ExtractedEntity): string {
  const said = entity.name === entity.id || entity.id.endsWith(slug(entity.name));
  return said ? `${entity.id} [${entity.type}]` : `${entity.id} [${entity.type}] "${entity.name}"`;
}

function relationLine(relation: ExtractedRelation): string {
  const properties = Object.entries(relation.properties ?? {}).map(([key, value]) => `${key}: ${value}`);
  const type = properties.length > 0 ? `${relation.type} {${properties.join(", ")}}` : relation.type;
  const evidence = relation.evidence.replace(/\s+/g, " ");
  const shown = evidence.length > EVIDENCE_WIDTH ? `${evidence.slice(0, EVIDENCE_WIDTH - 1)}…` : evidence;
  return `(${relation.from})-[${type}]->(${relation.to})  "${shown}"`;
}
