import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandInputs, globToRegExp, isDocumentFile } from "../../../src/cli/expand-inputs.js";

describe("expandInputs", () => {
  let root: string;
  const at = (...parts: string[]) => path.join(root, ...parts);

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "expand-inputs-"));
    const files = [
      "b.md", "a.txt", "c.docx", "notes.rtf", "README", ".hidden.txt", ".git/config.txt",
      "sub/d.txt", "sub/deep/e.md", "sub/deep/f.TXT", "sub/.cache/g.txt", "empty-leaf/.keep",
    ];
    for (const file of files) {
      await mkdir(path.dirname(at(file)), { recursive: true });
      await writeFile(at(file), "From: SG17\n\nText.");
    }
    await mkdir(at("nothing-here"));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("reads folders recursively, documents only, hidden entries left out, sorted", async () => {
    expect(await expandInputs([root])).toEqual({
      files: ["README", "a.txt", "b.md", "c.docx", "sub/d.txt", "sub/deep/e.md", "sub/deep/f.TXT"].map((f) => at(f)),
      failures: [],
    });
  });

  it("takes a file named on purpose, whatever its type or name", async () => {
    expect((await expandInputs([at("notes.rtf"), at(".hidden.txt")])).files).toEqual([at(".hidden.txt"), at("notes.rtf")]);
  });

  it("lists a file once however many times it is named", async () => {
    const { files } = await expandInputs([at("sub/d.txt"), at("sub"), at("sub", "..", "sub", "d.txt")]);
    expect(files).toEqual([at("sub/d.txt"), at("sub/deep/e.md"), at("sub/deep/f.TXT")]);
  });

  it("sorts the same whatever the order of the inputs", async () => {
    const one = await expandInputs([at("sub"), at("a.txt"), at("b.md")]);
    const other = await expandInputs([at("b.md"), at("a.txt"), at("sub")]);
    expect(one).toEqual(other);
  });

  it("turns a missing path into a failure and goes on with the others", async () => {
    const missing = at("no/such/file.txt");
    expect(await expandInputs([missing, at("a.txt")])).toEqual({
      files: [at("a.txt")],
      failures: [{ file: missing, error: `${missing}: no such file or directory` }],
    });
  });

  it("reports a folder without documents", async () => {
    const { files, failures } = await expandInputs([at("nothing-here"), at("empty-leaf")]);
    expect(files).toEqual([]);
    expect(failures.map((f) => f.file)).toEqual([at("nothing-here"), at("empty-leaf")]);
    expect(failures[0]?.error).toMatch(/^.*nothing-here: no documents in this folder \(looked for \.txt, .*\.docx/);
  });

  it("expands globs with *, ** and ?, skipping hidden entries", async () => {
    const glob = async (pattern: string) => (await expandInputs([at(pattern)])).files;
    expect(await glob("*.txt")).toEqual([at("a.txt")]);
    expect(await glob("**/*.md")).toEqual([at("b.md"), at("sub/deep/e.md")]);
    expect(await glob("sub/**")).toEqual([at("sub/d.txt"), at("sub/deep/e.md"), at("sub/deep/f.TXT")]);
    expect(await glob("sub/?.txt")).toEqual([at("sub/d.txt")]);
    expect(await glob("*/deep/*")).toEqual([at("sub/deep/e.md"), at("sub/deep/f.TXT")]);
    // A glob is as explicit as a file name: it takes what it matches, documents or not.
    expect(await glob("**/*.rtf")).toEqual([at("notes.rtf")]);
  });

  it("reports a glob that matches nothing", async () => {
    const pattern = at("**/*.odt");
    expect(await expandInputs([pattern])).toEqual({ files: [], failures: [{ file: pattern, error: `${pattern}: no files match` }] });
  });
});

describe("globToRegExp", () => {
  it("keeps * and ? within a segment and lets ** span any number of them", () => {
    const re = globToRegExp("a/**/b?.t*");
    expect(["a/b1.txt", "a/x/b1.txt", "a/x/y/b2.t"].filter((p) => re.test(p))).toHaveLength(3);
    expect(["a/b12.txt", "b/b1.txt", "a/x/b1.md"].filter((p) => re.test(p))).toEqual([]);
    expect(globToRegExp("*.txt").test("sub/a.txt")).toBe(false);
  });

  it("matches regular expression characters literally", () => {
    expect(globToRegExp("ls(1)+[2].txt").test("ls(1)+[2].txt")).toBe(true);
    expect(globToRegExp("a.txt").test("abtxt")).toBe(false);
  });
});

describe("isDocumentFile", () => {
  it("accepts what the readers read, including files without extension", () => {
    expect(["a.txt", "b.MD", "c.markdown", "d.docx", "e.text", "liaison-note"].every(isDocumentFile)).toBe(true);
    expect(["a.rtf", "b.odt", "c.py"].some(isDocumentFile)).toBe(false);
  });
});
