import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededRandom } from "../../bench/synthetic-world.js";
import { isDocumentFile } from "../../src/cli/expand-inputs.js";
import { ingestFiles, type IngestRun } from "../../src/cli/ingest-run.js";
import { extractDocument } from "../../src/extract/extract-document.js";
import { referenceGazetteer } from "../../src/extract/reference-gazetteer.js";
import { toGraphWrite, type GraphWrite } from "../../src/load/graph-write.js";
import { readDocument } from "../../src/parse/read-document.js";
import { generateDocuments } from "../integration/load/generate-documents.js";
import { graphTotals, ownedIds, type GraphTotals } from "../integration/load/load-helpers.js";
import { useTestGraph } from "../support/neo4j.js";
import { documentXml, writeDocx, writeZip } from "../support/write-zip.js";
import { documentStates } from "./support/whole-documents.js";

// Hostile and broken files in one batch with good ones, through the real pipeline (the document
// worker, the loader, a real Neo4j): nothing may crash the run, every bad file gets one line that
// names it and says why, every good file goes in, and nothing is left half-written.

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/documents");
const MUTANTS = 40;
const SEED = 9_2026;
/** Generous: a real document takes well under a second; a mutant that hits a slow path fails alone. */
const DOCUMENT_TIMEOUT_MS = 20_000;

type Random = () => number;

/** Every fixture document (not the scripts that write them, nor the expected results beside them). */
function fixtureFiles(): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) return walk(full);
      return isDocumentFile(name) && !name.startsWith(".") ? [full] : [];
    });
  return walk(FIXTURES).sort();
}

/** What a failure line may say after "<file>: ": the readers' reasons and the worker's limits. */
const REASON = /^(?:malformed|binary content|empty document|unreadable|unknown format|encrypted|too large|took longer than|needed more than)[ :(]/;

/** Runs of one character, the shapes that make backtracking regexes quadratic. */
const RUNS = [".", " ", "(", "-", "a", "7", "\n", "\t", "*", "[", ",", "@", "#", "|", "\u00a0", ". "];

function mutate(bytes: Buffer, random: Random, donor: Buffer): { bytes: Buffer; operations: string[] } {
  const at = (length: number) => Math.floor(random() * (length + 1));
  const operations: string[] = [];
  let current = bytes;
  const count = 1 + Math.floor(random() * 3);
  for (let step = 0; step < count; step += 1) {
    const kind = Math.floor(random() * 6);
    if (kind === 0) {
      const copy = Buffer.from(current);
      for (let n = 0; n < 1 + Math.floor(random() * 16); n += 1) copy[at(copy.length - 1)] = Math.floor(random() * 256);
      current = copy;
      operations.push("flip");
    } else if (kind === 1) {
      const run = RUNS[Math.floor(random() * RUNS.length)] ?? ".";
      const position = at(current.length);
      current = Buffer.concat([current.subarray(0, position), Buffer.from(run.repeat(1 + Math.floor(random() * 3_000))), current.subarray(position)]);
      operations.push(`run ${JSON.stringify(run)}`);
    } else if (kind === 2) {
      const start = at(current.length);
      current = Buffer.concat([current.subarray(0, start), current.subarray(Math.min(current.length, start + at(current.length / 5)))]);
      operations.push("delete");
    } else if (kind === 3) {
      const start = at(current.length);
      const piece = current.subarray(start, start + at(2_000));
      const position = at(current.length);
      current = Buffer.concat([current.subarray(0, position), piece, current.subarray(position)]);
      operations.push("duplicate");
    } else if (kind === 4) {
      current = current.subarray(0, at(current.length));
      operations.push("truncate");
    } else {
      const start = at(donor.length);
      const position = at(current.length);
      current = Buffer.concat([current.subarray(0, position), donor.subarray(start, start + at(4_000)), current.subarray(position)]);
      operations.push("splice");
    }
  }
  return { bytes: current, operations };
}

const STATEMENT = "From: ITU-T SG17\nTo: TSAG\nSG17 informs TSAG of its work on distributed ledgers.";

/** A statement naming 2,200 Questions in sentences padded to ~1,900 characters: the 2,005-relations attack. */
function manyRelations(): string {
  const questions = Array.from({ length: 29 }, (_, group) => Array.from({ length: 98 }, (__, n) => `Q${n + 1}/${group + 1}`)).flat().slice(0, 2_200);
  const filler = "which the study group considers in its ongoing work on the subject ".repeat(22);
  const sentences: string[] = [];
  for (let index = 0; index < questions.length; index += 20) {
    sentences.push(`ITU-T SG17 informs TSAG that it studies ${questions.slice(index, index + 20).join(", ")} ${filler}.`);
  }
  return `From: ITU-T SG17\nTo: TSAG\n\n${sentences.join(" ")}\n`;
}

interface Hostile {
  readonly file: string;
  /** What its failure line says after "<file>: "; undefined for a file that must go in. */
  readonly reason: RegExp | undefined;
}

describe("ingesting hostile and mutated files", () => {
  const graph = useTestGraph();
  let scratch: string;
  let good: string[];
  let mutants: Map<string, string[]>;
  let hostile: Hostile[];
  let run: IngestRun;
  let before: GraphTotals;
  let owned: string[] = [];

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), "ingestion-fuzz-"));
    const random = seededRandom(SEED);
    const fixtures = fixtureFiles();
    // The fixtures that are statements (the rest are bad on purpose) and a few generated ones.
    const generated = generateDocuments(4, 51).map((document) => ({ name: `generated-${document.name}`, text: document.text }));
    await Promise.all(generated.map((document) => writeFile(path.join(scratch, document.name), document.text)));
    good = [...fixtures.filter((file) => !/\/bad\/|\/(empty|encrypted|truncated)\.(doc|pdf)$/.test(file)), ...generated.map((d) => path.join(scratch, d.name))];

    mutants = new Map();
    for (let index = 0; index < MUTANTS; index += 1) {
      const source = fixtures[Math.floor(random() * fixtures.length)] as string;
      const donor = fixtures[Math.floor(random() * fixtures.length)] as string;
      const { bytes, operations } = mutate(await readFile(source), random, await readFile(donor));
      const file = path.join(scratch, `mutant-${String(index).padStart(2, "0")}-${path.basename(source)}`);
      await writeFile(file, bytes);
      mutants.set(file, operations);
    }

    const at = (name: string) => path.join(scratch, name);
    const docx = await readFile(path.join(FIXTURES, "docx/sg17-ls14-template.docx"));
    const noise = Buffer.from(Array.from({ length: 4_096 }, () => Math.floor(random() * 256)));
    const laughs = [
      '<!DOCTYPE w:document [<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level || ""};`.repeat(10)}">`),
      "]>",
    ].join("");
    await writeFile(at("binary.txt"), noise);
    await writeFile(at("binary.docx"), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), noise]));
    await writeFile(at("truncated.docx"), docx.subarray(0, Math.floor(docx.length * 0.6)));
    // 200 MB of XML in a .docx of a few hundred KB, as in the report that took the CLI down.
    const bombXml = Buffer.concat([Buffer.from(documentXml(STATEMENT)), Buffer.alloc(200 * 1024 * 1024, 0x61)]);
    await writeFile(at("bomb.docx"), writeZip([{ name: "[Content_Types].xml", data: "<Types/>" }, { name: "word/document.xml", data: bombXml, level: 1 }]));
    await writeFile(at("liar.docx"), writeDocx(documentXml(`${STATEMENT}\n${"a".repeat(5_000_000)}`), [], 4_000));
    await writeFile(at("laughs.docx"), writeDocx(documentXml(STATEMENT, laughs).replace("distributed ledgers", "&lol9;")));
    execFileSync("mkfifo", [at("pipe.txt")]);
    await mkdir(at("folder.docx"));
    // Sparse: 25 MB that take no room, over the 20 MB cap.
    await writeFile(at("huge.txt"), STATEMENT);
    await truncate(at("huge.txt"), 25 * 1024 * 1024);
    await writeFile(at("many-relations.txt"), manyRelations());
    hostile = [
      { file: at("binary.txt"), reason: /^binary content \(contains NUL bytes\); expected text$/ },
      { file: at("binary.docx"), reason: /^malformed \.docx \(Corrupted zip: can't find end of central directory\)$/ },
      { file: at("truncated.docx"), reason: /^malformed \.docx \(Corrupted zip: can't find end of central directory\)$/ },
      { file: at("bomb.docx"), reason: /^too large: \.docx unzips to 2097\d{5} bytes \(limit 52428800\)$/ },
      { file: at("liar.docx"), reason: /^malformed \.docx \(word\/document\.xml unzips to more than the 4000 bytes it declares\)$/ },
      { file: at("laughs.docx"), reason: /^malformed \.docx \(word\/document\.xml declares a DTD; XML entity declarations are refused\)$/ },
      { file: at("pipe.txt"), reason: /^unreadable \(a named pipe \(FIFO\), not a regular file\)$/ },
      { file: "/dev/zero", reason: /^unreadable \(a character device, not a regular file\)$/ },
      { file: at("folder.docx"), reason: /^unreadable \(is a directory\)$/ },
      { file: at("huge.txt"), reason: /^too large: 26214400 bytes \(limit 20971520\)$/ },
      { file: at("many-relations.txt"), reason: undefined },
    ];

    const files = [...good, ...mutants.keys(), ...hostile.map((h) => h.file)].sort();
    owned = ownedIds(await ingestFiles(files, { dryRun: true, limits: { documentTimeoutMs: DOCUMENT_TIMEOUT_MS } }));
    await graph.removeDocuments(owned);
    before = await graphTotals(graph);
    run = await ingestFiles(files, { driver: graph.driver, database: graph.database, limits: { documentTimeoutMs: DOCUMENT_TIMEOUT_MS } });
    owned = [...new Set([...owned, ...ownedIds(run)])];
  }, 600_000);

  afterAll(async () => {
    await graph.removeDocuments(owned);
    await rm(scratch, { recursive: true, force: true });
  });

  it("accounts for every file once: went in, or failed with one line naming it", () => {
    const seen = [...run.documents.map((d) => d.file), ...run.failed.map((f) => f.file)].sort();
    expect(seen).toEqual([...good, ...mutants.keys(), ...hostile.map((h) => h.file)].sort());
    for (const failure of run.failed) {
      const operations = mutants.get(failure.file);
      expect(failure.error.startsWith(`${failure.file}: `), failure.error).toBe(true);
      const why = `${failure.error} (${operations?.join(", ") ?? "hostile"})`;
      expect(failure.error.slice(failure.file.length + 2), why).toMatch(REASON);
      expect(failure.error, why).not.toMatch(/\n|\bat .+:\d+:\d+/);
    }
  });

  it("refuses each hostile file with its reason", () => {
    for (const { file, reason } of hostile) {
      const failure = run.failed.find((f) => f.file === file);
      if (reason === undefined) expect(failure, file).toBeUndefined();
      else expect(failure?.error.slice(file.length + 2), file).toMatch(reason);
    }
  });

  it("puts every good file in", () => {
    const failedGood = run.failed.filter((f) => good.includes(f.file));
    expect(failedGood).toEqual([]);
    expect(run.documents.filter((d) => good.includes(d.file)).map((d) => d.file).sort()).toEqual([...good].sort());
  });

  it("caps what one crafted file may put into the graph", async () => {
    const document = run.documents.find((d) => d.file.endsWith("many-relations.txt"));
    expect(document?.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^more than (2000 relations|2000000 characters of evidence): \d+ (relations )?not kept$/)]));
    const [stored] = await graph.rows<{ relations: number; evidence: number; longest: number }>(
      "MATCH ()-[r {sourceDocument: $id}]->() RETURN count(r) AS relations, sum(size(r.evidence)) AS evidence, max(size(r.evidence)) AS longest",
      { id: document?.extraction.document.id },
    );
    expect(stored?.relations).toBeGreaterThan(100);
    expect(stored?.relations).toBeLessThanOrEqual(2_000);
    expect(stored?.evidence).toBeLessThanOrEqual(2_000_000);
    expect(stored?.longest).toBeLessThanOrEqual(2_000);
  });

  it("leaves no partial document: each one in the graph is whole, as its last file says", async () => {
    const last = new Map<string, GraphWrite>();
    for (const document of run.documents) last.set(document.extraction.document.id, toGraphWrite(document.extraction, { keepContacts: false }));
    const states = await documentStates(graph, [...last.values()]);
    expect([...states.entries()].filter(([, state]) => state !== "whole")).toEqual([]);
    // A file that failed wrote nothing under its name.
    const names = run.failed.map((f) => path.basename(f.file));
    expect(await graph.rows("MATCH (d:LiaisonStatement) WHERE d.source IN $names RETURN d.id", { names })).toEqual([]);
  });

  it("writes the same documents a dry run extracts, read in this process", async () => {
    const file = good.find((f) => f.endsWith("liaison-note")) as string;
    const document = run.documents.find((d) => d.file === file);
    expect(document?.extraction).toEqual(extractDocument(await readDocument(file), referenceGazetteer()));
  });

  it("takes back everything it wrote when its documents are removed", async () => {
    await graph.removeDocuments(owned);
    expect(await graphTotals(graph)).toEqual(before);
  });
});
