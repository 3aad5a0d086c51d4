/**
 * Golden files for extraction from real-world layouts: each fixture in
 * test/fixtures/documents/real-world reproduces one phenomenon of real liaison statements (in
 * invented text), and `<fixture>.expected.json` next to it holds a stable summary of what
 * extraction must give. `UPDATE_GOLDEN=1 npx vitest run test/unit/extract/golden.test.ts`
 * rewrites the expected files from the current extractor; review the diff before committing it.
 *
 * Values the extractor still gets wrong are listed in KNOWN_DEFECTS with the right value: they
 * are left out of the summary (on both sides) instead of being written into a golden file as if
 * they were right. When a defect is fixed, remove its entry and update the golden files.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/extract-document.js";
import type { Extraction } from "../../../src/extract/extraction.js";
import { referenceGazetteer } from "../../../src/extract/reference-gazetteer.js";
import { readDocument } from "../../../src/parse/read-document.js";

const DIR = fileURLToPath(new URL("../../fixtures/documents/real-world/", import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const EXPECTED_SUFFIX = ".expected.json";
/** How much of the document's text the summary keeps: enough to show where the body starts. */
const TEXT_START = 80;

interface Summary {
  id?: string;
  title?: string | null;
  date?: string | null;
  /** The first characters of the document's text: header lines there mean the body was misread. */
  textStart?: string;
  from?: string[];
  /** `id (PURPOSE)`. */
  to?: string[];
  cc?: string[];
  references?: string[];
  repliesTo?: string[];
  /** Bodies named in the text without being addressed (MENTIONS of non-topics). */
  mentions?: string[];
  /** `SENT_BY <id>`, `SENT_TO <id>`, `COPIED_TO <id>` -> the evidence of that header fact. */
  evidence?: Record<string, string>;
  warnings?: string[];
}

type Field = keyof Summary;
const LIST_FIELDS: readonly Field[] = ["from", "to", "cc", "references", "repliesTo", "mentions", "warnings"];

interface Defect {
  readonly fields: readonly Field[];
  /**
   * Only the entries whose entity id (or warning text) matches are left out, wrong ones and
   * missing right ones alike, so the rest of the field is still asserted. Without it the whole
   * field is left out.
   */
  readonly only?: RegExp;
  readonly wrong: string;
  readonly right: string;
}

interface Fixture {
  /** The invented people the fixture names: none of them may become an entity. */
  readonly people: readonly string[];
  readonly defects?: readonly Defect[];
}

const FIXTURES: Readonly<Record<string, Fixture>> = {
  "datatracker-labels-without-colons.txt": {
    people: ["Alice Example", "Bruno Sample", "Chen Placeholder", "Dana Fictive"],
    defects: [
          ],
  },
  "datatracker-old-layout.txt": {
    people: ["Alice Example", "Bruno Sample", "Chen Placeholder", "Dana Fictive", "Emeka Invented", "Fatima Madeup"],
    defects: [
          ],
  },
  "title-before-header-capitals-line.txt": {
    people: ["Gunnar Dummy"],
    defects: [
          ],
  },
  "itu-template-label-column-lost.txt": {
    people: ["Alice Example"],
    defects: [
      { fields: ["title"], wrong: "none", right: '"LS on interim procedures for ENUM trials under a shared country code" (the value after the meeting line)' },
      {
        fields: ["textStart"],
        wrong: 'starts with the template values "LS on interim procedures ... / agreed sg2 16 may 2002 / Action / Alice Example / Rapporteur Q1/2 / Tel ..."',
        right: '"The IETF ENUM working group is informed that ITU-T Study Group 2 agreed ..."',
      },
      {
        fields: ["to", "mentions", "warnings"],
        only: /^IETF ENUM$|no recipient found/,
        wrong: 'no recipient (warning "no recipient found"; IETF ENUM only a mention)',
        right: "to: IETF ENUM (ACTION), named by the text after the contact block; the value line \"Action\" is the purpose",
      },
    ],
  },
  "table-cells-with-pipes.txt": {
    people: ["Hiroko Mock"],
    defects: [
                  {
        fields: ["evidence"],
        wrong: 'the value cell alone ("ITU-T Study Group 13", "IEEE 802.1", "3GPP TSG RAN WG3")',
        right: 'the row as it stands ("| Source: | ITU-T Study Group 13 |", ...)',
      },
    ],
  },
  "header-flattened-one-line.txt": { people: ["Bruno Sample"] },
  "line-breaks-lost.txt": {
    people: ["Chen Placeholder"],
    defects: [
      { fields: ["id"], wrong: "TDAG-LS47", right: 'TDAG-LS4 ("TDAG – LS 47 March 2019" is LS 4 of 7 March 2019)' },
      { fields: ["date"], wrong: "2019-03", right: "2019-03-07" },
      {
        fields: ["to", "evidence", "warnings"],
        only: /^(?:ITU-R )?RAG$|"RAG"/,
        wrong: 'recipient "RAG" kept as an unknown Organization (with a warning)',
        right: "ITU-R RAG (COMMENT): bare RAG is the Radiocommunication Advisory Group",
      },
    ],
  },
  "sender-line-working-party.txt": { people: [] },
  "3gpp-cover-page.txt": {
    people: ["Ingrid Fakename"],
    defects: [
            {
        fields: ["date"],
        wrong: "2024-05-13 (first day of the meeting)",
        right: "uncertain: the cover page gives only the meeting, 13 - 17 May 2024; its last day (2024-05-17) follows the extractor's own rule that a statement is agreed at the end of its meeting",
      },
      {
        fields: ["to"],
        only: /^IETF DNSOP$/,
        wrong: "IETF DNSOP (INFORMATION)",
        right: 'IETF DNSOP (ACTION): "2. Actions: To IETF DNSOP. ACTION: SA WG2 asks IETF DNSOP to ..."',
      },
          ],
  },
  "ieee-802-liaison-letter.txt": {
    people: ["Alice Example", "Bruno Sample", "Chen Placeholder", "Dana Fictive", "Emeka Invented"],
  },
  "iso-iec-jtc1-cover-sheet.txt": {
    people: [],
    defects: [
      {
        fields: ["to", "evidence"],
        only: /^ISO\/IEC JTC 1\/SC 27(?: \(INFORMATION\))?$|^SENT_TO ISO\/IEC JTC 1\/SC 27$/,
        wrong: 'ISO/IEC JTC 1/SC 27 (INFORMATION), from "DISTRIBUTION P, O and L Members of ISO/IEC JTC 1/SC 27": the parent committee of the sending working group',
        right: "to is ITU-T SG17 only (the distribution to the committee's own members is not a liaison recipient)",
      },
            {
        fields: ["references"],
        only: /^document:N1234$/,
        wrong: "document:N1234, the cover sheet's own number (ISO/IEC JTC 1/SC 27 N 1234)",
        right: "no reference to itself",
      },
    ],
  },
  "email-wrapper-letter.txt": {
    people: ["Fatima Madeup"],
    defects: [
      {
        fields: ["from", "to", "cc", "evidence", "references", "mentions", "warnings"],
        only: /^(?:ISO\/IEC JTC 1\/SC 27|IETF OAUTH|ITU-T SG17)$|no (?:sender|recipient) found/,
        wrong: 'no sender, recipient or copy ("no sender found", "no recipient found"); SC 27 and OAUTH only mentioned, SG17 a reference: the letter\'s To/CC/Subject/Date block is read as part of the mail\'s header block, which ends at the prose',
        right: "from ISO/IEC JTC 1/SC 27 (the letterhead line), to IETF OAUTH (INFORMATION), cc ITU-T SG17",
      },
      { fields: ["date"], wrong: "2020-03-03 (the mail's Sent)", right: "2020-02-28 (the letter's own Date)" },
      {
        fields: ["title"],
        wrong: '"New liaison statement: LS on privacy requirements for identity federation" (the mail\'s Subject)',
        right: '"LS on privacy requirements for identity federation" (the letter\'s Subject)',
      },
    ],
  },
  "opening-sentence-fragment.txt": {
    people: [],
    defects: [
            {
        fields: ["to", "references", "warnings"],
        only: /^(?:ITU-T TSAG|ITU-R RAG)$|no recipient found/,
        wrong: "no recipient (TSAG only a reference, RAG not found)",
        right: 'to ITU-T TSAG and ITU-R RAG (INFORMATION): "TDAG agreed to bring the report to the attention of TSAG and RAG"',
      },
    ],
  },
  "multiline-fields-swallow-body.txt": {
    people: [],
    defects: [
          ],
  },
  "reference-families.txt": {
    people: [],
    defects: [],
  },
  "json-tdoc-record-cut-short.txt": {
    people: [],
    defects: [
            {
        fields: ["evidence"],
        wrong: 'rebuilt strings that are not in the document ("source: SA WG2", "to: GSMA NG", "cc: SA WG5")',
        right: 'the members as written ("\\"source\\": \\"SA WG2\\"", ...)',
      },
    ],
  },
  "same-body-a.txt": { people: [] },
  "same-body-b.txt": { people: [] },
};

const HEADER_RELATIONS = ["SENT_BY", "SENT_TO", "COPIED_TO"] as const;

function summarize(x: Extraction): Summary {
  const own = x.relations.filter((r) => r.from === x.document.id);
  const sorted = (list: readonly string[]) => [...new Set(list)].sort();
  const evidence: Record<string, string> = {};
  for (const r of own.filter((r) => (HEADER_RELATIONS as readonly string[]).includes(r.type))) evidence[`${r.type} ${r.to}`] = r.evidence;
  return {
    id: x.document.id,
    title: x.document.title ?? null,
    date: x.document.date ?? null,
    textStart: x.document.text.replace(/\s+/g, " ").trim().slice(0, TEXT_START),
    from: sorted(x.from.map((e) => e.id)),
    to: sorted(own.filter((r) => r.type === "SENT_TO").map((r) => `${r.to} (${r.properties?.purpose ?? "?"})`)),
    cc: sorted(x.cc.map((e) => e.id)),
    references: sorted(x.references.map((e) => e.id)),
    repliesTo: sorted(own.filter((r) => r.type === "REPLIES_TO").map((r) => r.to)),
    mentions: sorted(own.filter((r) => r.type === "MENTIONS" && !r.to.startsWith("topic:")).map((r) => r.to)),
    evidence: Object.fromEntries(Object.entries(evidence).sort(([a], [b]) => a.localeCompare(b))),
    warnings: [...x.warnings],
  };
}

/** The entity id an entry of `field` is about (the warning text for warnings). */
function subjectOf(field: Field, entry: string): string {
  if (field === "to") return entry.replace(/ \([A-Z?]+\)$/, "");
  if (field === "evidence") return entry.replace(/^\S+ /, "");
  return entry;
}

/** The summary without what the known defects make wrong. */
function withoutDefects(summary: Summary, defects: readonly Defect[] = []): Summary {
  const kept: Summary = structuredClone(summary);
  for (const defect of defects) {
    for (const field of defect.fields) {
      const only = defect.only;
      if (!only) {
        delete kept[field];
      } else if (field === "evidence") {
        kept.evidence = Object.fromEntries(Object.entries(kept.evidence ?? {}).filter(([key]) => !only.test(subjectOf(field, key))));
      } else if (LIST_FIELDS.includes(field)) {
        const list = kept[field] as string[] | undefined;
        if (list) Object.assign(kept, { [field]: list.filter((entry) => !only.test(subjectOf(field, entry))) });
      } else {
        throw new Error(`defect on ${field} needs no "only": it is not a list`);
      }
    }
  }
  return kept;
}

async function extract(file: string): Promise<Extraction> {
  return extractDocument(await readDocument(path.join(DIR, file)), referenceGazetteer());
}

const collapse = (text: string): string => text.replace(/\s+/g, " ").trim();

/** Labels that head a copy list; a line of such a field may stand below its label. */
const COPY_LABEL = /^(?:Cc|CC|Copy|COPY|Copies|Distribution|DISTRIBUTION)(?![a-z])|^\(\s*(?:Copy|COPY|copy)\s+(?:to|To|TO)\b/;
/** Other labels a copy's evidence must never come from. */
const OTHER_LABEL =
  /^(?:To Contacts?|To Groups?|To|From Groups?|From Contacts?|From|Response Contacts?|Technical Contacts?|Contact(?: Person)?|Purpose|Deadline|Title|Subject|Date|Submitted Date|Submission date|Source|For (?:action|comment|information) to)(?![a-z])/;

/** The label of the field `evidence` stands in: its own line's, else the nearest labelled line above it in the same block. */
function fieldLabelOf(lines: readonly string[], evidence: string): string | undefined {
  const at = lines.findIndex((line) => collapse(line).includes(collapse(evidence)));
  for (let i = at; i >= 0; i -= 1) {
    const line = (lines[i] ?? "").replace(/^\s*\|\s*/, "").trim();
    if (!line) return undefined;
    const label = COPY_LABEL.exec(line)?.[0] ?? OTHER_LABEL.exec(line)?.[0];
    if (label) return label;
  }
  return undefined;
}

const fixtureFiles = readdirSync(DIR)
  .filter((name) => !name.endsWith(EXPECTED_SUFFIX))
  .sort();

describe("golden extraction of real-world layouts", () => {
  it("declares every fixture with its people and defects", () => {
    expect(fixtureFiles).toEqual(Object.keys(FIXTURES).sort());
  });

  for (const file of fixtureFiles) {
    const fixture = FIXTURES[file];
    describe(file, () => {
      it("matches its expected extraction", async () => {
        const summary = withoutDefects(summarize(await extract(file)), fixture?.defects);
        const expectedFile = path.join(DIR, `${file}${EXPECTED_SUFFIX}`);
        if (UPDATE) writeFileSync(expectedFile, `${JSON.stringify(summary, null, 2)}\n`);
        if (!existsSync(expectedFile)) throw new Error(`${expectedFile} is missing: run UPDATE_GOLDEN=1 npx vitest run test/unit/extract/golden.test.ts`);
        const expected: unknown = JSON.parse(readFileSync(expectedFile, "utf8"));
        expect(summary, `${file}: extraction differs from ${path.basename(expectedFile)} (UPDATE_GOLDEN=1 rewrites it; review the diff)`).toEqual(expected);
      });

      it("never makes a person an entity", async () => {
        const x = await extract(file);
        const text = readFileSync(path.join(DIR, file), "utf8");
        for (const person of fixture?.people ?? []) {
          // The list must name people the fixture really writes, or this proves nothing.
          expect(text, `${person} is not in ${file}`).toContain(person);
          const surname = person.split(" ").at(-1) ?? person;
          for (const entity of x.entities) {
            for (const value of [entity.id, entity.name]) {
              expect(value.toLowerCase(), `${entity.type} ${entity.id}`).not.toContain(person.toLowerCase());
              expect(value.toLowerCase(), `${entity.type} ${entity.id}`).not.toContain(surname.toLowerCase());
            }
          }
        }
      });

      // Where the evidence is a known defect as a whole, it cannot be found in the document either.
      const evidenceDefect = fixture?.defects?.some((d) => d.fields.includes("evidence") && !d.only) === true;
      if (!evidenceDefect) {
        it("gives header facts the evidence as it stands in the document", async () => {
          const x = await extract(file);
          const text = collapse(readFileSync(path.join(DIR, file), "utf8"));
          for (const r of x.relations.filter((r) => r.from === x.document.id && (HEADER_RELATIONS as readonly string[]).includes(r.type))) {
            expect(r.evidence.trim(), `${r.type} ${r.to}`).not.toBe("");
            expect(text, `${r.type} ${r.to}: evidence "${r.evidence}" is not in the document`).toContain(collapse(r.evidence));
          }
        });

        it("copies only from a copy field, never from To Contacts", async () => {
          const x = await extract(file);
          const lines = readFileSync(path.join(DIR, file), "utf8").split("\n");
          for (const r of x.relations.filter((r) => r.type === "COPIED_TO")) {
            const label = fieldLabelOf(lines, r.evidence);
            const copied = label !== undefined && COPY_LABEL.test(label);
            expect(copied, `COPIED_TO ${r.to}: evidence "${r.evidence}" stands under ${label ?? "no label"}, not a copy field`).toBe(true);
          }
        });
      }
    });
  }

  it("gives two files with the same text and different headers different ids", async () => {
    const [a, b] = await Promise.all([extract("same-body-a.txt"), extract("same-body-b.txt")]);
    // The premise: the texts are the same, only the headers differ.
    expect(a.document.text).toBe(b.document.text);
    expect(a.document.contentHash).toBe(b.document.contentHash);
    expect(a.document.id).not.toBe(b.document.id);
  });

  // Last, so that UPDATE_GOLDEN has written them by now.
  it("has an expected file for every fixture and none for a fixture that is gone", () => {
    const expectedFiles = readdirSync(DIR).filter((name) => name.endsWith(EXPECTED_SUFFIX));
    expect(expectedFiles.sort()).toEqual(fixtureFiles.map((f) => `${f}${EXPECTED_SUFFIX}`).sort());
  });

  it("checks copies against the fixtures' To Contacts and Cc lines", async () => {
    // The Datatracker fixture names a body (The IAB) under To Contacts and one (The IESG) under Cc.
    const x = await extract("datatracker-labels-without-colons.txt");
    expect(x.cc.map((e) => e.id)).toEqual(["IESG"]);
    expect(x.relations.filter((r) => r.to === "IAB" && r.type === "COPIED_TO")).toEqual([]);
  });
});
