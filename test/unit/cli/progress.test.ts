import { describe, expect, it } from "vitest";
import { formatSummary, Progress, type OutputStream } from "../../../src/cli/progress.js";

function stream(isTTY: boolean): OutputStream & { text: string } {
  return { isTTY, columns: 80, text: "", write(chunk: string) { this.text += chunk; } };
}

describe("Progress", () => {
  it("rewrites one line on a terminal and prints errors above it", () => {
    let now = 0;
    const out = stream(true);
    const progress = new Progress(out, { quiet: false, now: () => now });
    progress.start(4);
    now = 1000;
    progress.advance();
    now = 2000;
    progress.print("b.txt: empty document (0 bytes)");
    progress.advance(true);
    now = 2050;
    progress.advance();
    progress.advance();
    progress.finish("summary");
    expect(out.text).toContain("\r\u001b[2Kingesting 1/4 (1.0 docs/s)");
    expect(out.text).toContain("\r\u001b[2Kb.txt: empty document (0 bytes)\n");
    // Less than 100 ms after the last redraw: only the final count is drawn.
    expect(out.text).not.toContain("ingesting 3/4");
    expect(out.text).toContain("ingesting 4/4 (2.0 docs/s, 1 failed)");
    expect(out.text.endsWith("\r\u001b[2Ksummary\n")).toBe(true);
  });

  it("prints only errors and the summary when not on a terminal", () => {
    const out = stream(false);
    const progress = new Progress(out, { quiet: false });
    progress.start(2);
    progress.advance();
    progress.print("a.txt: no sender found");
    progress.advance(true);
    progress.finish("summary");
    expect(out.text).toBe("a.txt: no sender found\nsummary\n");
  });

  it("prints only errors when quiet, even on a terminal", () => {
    const out = stream(true);
    const progress = new Progress(out, { quiet: true });
    progress.start(1);
    progress.print("a.txt: no sender found");
    progress.advance(true);
    progress.finish("summary");
    expect(out.text).toBe("a.txt: no sender found\n");
  });
});

describe("formatSummary", () => {
  const counts = { files: 12, created: 8, updated: 1, unchanged: 2, dryRun: 0, failed: 1 };

  it("gives every count, the rate and the time", () => {
    expect(formatSummary(counts, 4000, false)).toBe("files 12 | created 8 | updated 1 | unchanged 2 | failed 1 | 3.0 docs/s | 4.0 s elapsed");
  });

  it("says when nothing was written", () => {
    expect(formatSummary({ ...counts, created: 0, updated: 0, unchanged: 0, dryRun: 11 }, 0, true)).toBe(
      "files 12 | extracted 11 (dry run, nothing written) | failed 1 | 0.0 docs/s | 0.0 s elapsed",
    );
  });
});
