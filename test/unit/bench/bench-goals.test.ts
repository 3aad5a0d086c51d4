import { describe, expect, it } from "vitest";
import { atLeast, atMost, formatMark, overall, sizeSteps, stepNote } from "../../../bench/goals.js";

describe("goal marks", () => {
  it("passes a value within its limit and says by how much one falls short", () => {
    expect(formatMark(atMost(1.2, 1.5, "×"))).toBe("PASS (1.20× ≤ 1.5×)");
    expect(formatMark(atMost(2.1, 1.5, "×"))).toBe("SHORT by 2.10× > 1.5×");
    expect(formatMark(atMost(143.4, 100, "ms"))).toBe("SHORT by 143 ms > 100 ms");
    expect(formatMark(atMost(100, 100, "ms"))).toBe("PASS (100 ms ≤ 100 ms)");
    expect(formatMark(atMost(0.012, 0.05, "×"))).toBe("PASS (0.012× ≤ 0.05×)");
    expect(formatMark(atLeast(210.4, 300, "docs/s"))).toBe("SHORT by 210 docs/s < 300 docs/s");
    expect(formatMark(atLeast(1250, 1000, "docs/s"))).toBe("PASS (1250 docs/s ≥ 1000 docs/s)");
  });

  it("never marks what was not measured", () => {
    expect(formatMark(atMost(undefined, 1.5, "×", "no cache header"))).toBe("n/a (no cache header)");
    expect(atLeast(Number.NaN, 300, "docs/s").status).toBe("N/A");
  });

  it("sums a goal up: one shortfall makes it SHORT, all passes make it PASS", () => {
    const pass = { subject: "a", mark: atMost(1, 2, "×") };
    const short = { subject: "b", mark: atMost(3, 2, "×") };
    const na = { subject: "c", mark: atMost(undefined, 2, "×") };
    expect(overall([pass, pass])).toBe("PASS");
    expect(overall([pass, short, na])).toBe("SHORT");
    expect(overall([pass, na])).toBe("N/A");
    expect(overall([])).toBe("N/A");
  });
});

describe("growth steps", () => {
  it("pairs each size with the next", () => {
    expect(sizeSteps([10_000, 100_000, 1_000_000]).map((s) => [s.label, s.factor])).toEqual([
      ["10k→100k", 10],
      ["100k→1M", 10],
    ]);
    expect(sizeSteps([2000])).toEqual([]);
  });

  it("says which sizes are compared when they are not the goal's 10k→100k", () => {
    const [goalStep, quick, uneven] = [...sizeSteps([10_000, 100_000]), ...sizeSteps([2000, 20_000]), ...sizeSteps([2000, 5000])];
    expect(stepNote(goalStep!)).toBe("");
    expect(stepNote(quick!)).toBe(" [sizes 2k→20k, 10× apart]");
    expect(stepNote(uneven!)).toBe(" [sizes 2k→5k, 2.5× apart; the goal is for 10× apart]");
  });
});
