import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_INPUT_BYTES } from "../../../src/parse/bounded-extraction.js";
import { DocumentError } from "../../../src/parse/document-error.js";
import { extractPdfText, layoutPage, type PlacedText } from "../../../src/parse/extract-pdf-text.js";
import { fixture } from "./paths.js";

async function failure(promise: Promise<unknown>): Promise<DocumentError> {
  const error: unknown = await promise.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(DocumentError);
  return error as DocumentError;
}

const TEMPLATE = fixture("pdf/sg13-ls27-template.pdf");

describe("extractPdfText", () => {
  it("reads an ITU LS template printed to PDF: table rows as tab-separated lines, paragraphs, pages", async () => {
    const text = await extractPdfText(TEMPLATE, await readFile(TEMPLATE));
    expect(text).toBe(
      [
        "INTERNATIONAL TELECOMMUNICATION UNION\tSG13-LS27",
        "",
        "TELECOMMUNICATION",
        "",
        "STANDARDIZATION SECTOR",
        "",
        "STUDY PERIOD 2025-2028",
        "\tSTUDY GROUP 13",
        "\tOriginal: English",
        "Question(s):\t6/13\tGeneva, 7-18 July 2025",
        "Source:\tITU-T Study Group 13",
        "Title:\tLS on test specifications for fixed-mobile convergence in IMT-",
        "\t2030 networks",
        "",
        "LIAISON STATEMENT",
        "For action to:\tITU-T SG11",
        "For comment to:\t-",
        "For information to:\tETSI TC INT, 3GPP TSG SA",
        "Approval:\tAgreed at SG13 meeting (Geneva, 18 July 2025)",
        "Deadline:\t15 September 2025",
        "Contact:\tCarol Example\tTel: +99 555 0142",
        "\tExample Networks Laboratory\tE-mail: carol@example.com",
        "\tExamplia",
        "",
        "ITU-T Study Group 13 informs ITU-T SG11 that Question 6/13 has agreed on a new work item on",
        "the requirements of fixed-mobile convergence for IMT-2030 networks, and that the first draft is",
        "expected at the next meeting of the study group.",
        "",
        "SG13 invites SG11 to consider developing the corresponding test specifications and to share its",
        "planned time line before the deadline above.",
        // Page 2.
        "",
        "Annex: Scope of the new work item",
        "The work item covers access-agnostic session continuity and a common subscriber identity.",
      ].join("\n"),
    );
  });

  it("cuts text beyond maxChars and says so", async () => {
    const text = await extractPdfText(TEMPLATE, await readFile(TEMPLATE), { maxChars: 60 });
    expect(text).toBe(
      "INTERNATIONAL TELECOMMUNICATION UNION\tSG13-LS27\n\nTELECOMMUNI" +
        "\n\n[text truncated: the document has more than 60 characters]",
    );
  });

  it.each([
    ["pdf/truncated.pdf", "MALFORMED", "malformed .pdf (truncated: no %%EOF end marker)"],
    ["pdf/encrypted.pdf", "UNREADABLE", "encrypted .pdf (a password is needed to open it)"],
    ["pdf/empty.pdf", "EMPTY", "empty document (no text in the .pdf; scanned pages would need OCR)"],
    ["docx/sg20-plain-statement.docx", "MALFORMED", "malformed .pdf (no %PDF- header)"],
  ] as const)("%s: %s", async (name, code, reason) => {
    const file = fixture(name);
    const error = await failure(extractPdfText(file, await readFile(file)));
    expect(error.code).toBe(code);
    expect(error.message).toBe(`${file}: ${reason}`);
  });

  it("rejects a file of 0 bytes", async () => {
    const error = await failure(extractPdfText("nothing.pdf", Buffer.alloc(0)));
    expect([error.code, error.reason]).toEqual(["EMPTY", "empty document (0 bytes)"]);
  });

  it("rejects a file whose body is not PDF, with PDF.js's reason", async () => {
    const bytes = Buffer.from(`%PDF-1.7\n${"not an object ".repeat(200)}\n%%EOF\n`, "latin1");
    const error = await failure(extractPdfText("garbage.pdf", bytes));
    expect([error.code, error.reason]).toEqual(["MALFORMED", "malformed .pdf (Invalid PDF structure.)"]);
  });

  it("refuses a file over the byte cap before parsing it", async () => {
    const bytes = await readFile(TEMPLATE);
    const error = await failure(extractPdfText(TEMPLATE, bytes, { maxBytes: 1000 }));
    expect([error.code, error.reason]).toEqual(["UNREADABLE", `too large for .pdf extraction (${bytes.length} bytes; limit 1000)`]);

    const huge = Buffer.alloc(DEFAULT_MAX_INPUT_BYTES + 1);
    const byDefault = await failure(extractPdfText("huge.pdf", huge));
    expect(byDefault.reason).toBe(`too large for .pdf extraction (${huge.length} bytes; limit ${DEFAULT_MAX_INPUT_BYTES})`);
  });

  it("stops an extraction that overruns its deadline", async () => {
    const error = await failure(extractPdfText(TEMPLATE, await readFile(TEMPLATE), { timeoutMs: 1 }));
    expect([error.code, error.reason]).toEqual(["UNREADABLE", "unreadable .pdf (extraction took longer than 1 ms)"]);
  });
});

describe("layoutPage", () => {
  const run = (str: string, x: number, y: number, width: number, size = 10): PlacedText => ({ str, x, y, width, size });

  it("puts runs on one baseline on one line, in x order, with a superscript on its line", () => {
    expect(layoutPage([run("world", 40, 700, 25), run("Hello", 10, 700, 24), run("1", 66, 703, 3, 6)])).toBe("Hello world1");
  });

  it("joins runs split by kerning, and separates table columns with a tab", () => {
    expect(layoutPage([run("Sou", 10, 700, 15), run("rce:", 25.2, 700, 18), run("SG 13", 120, 700, 25)])).toBe("Source:\tSG 13");
  });

  it("opens a paragraph after a wide gap at the margin, but keeps a table cell's lines together", () => {
    const lines = [
      run("Contact:", 10, 700, 35),
      run("Carol Example", 120, 700, 60),
      run("Example Laboratory", 120, 685, 80),
      run("First paragraph, wrapped", 10, 665, 110),
      run("onto a second line.", 10, 653, 90),
      run("Second paragraph.", 10, 633, 80),
    ];
    expect(layoutPage(lines)).toBe(
      "Contact:\tCarol Example\n\tExample Laboratory\n\nFirst paragraph, wrapped\nonto a second line.\n\nSecond paragraph.",
    );
  });

  it("gives nothing for a page without text", () => {
    expect(layoutPage([])).toBe("");
  });
});
