import { sizeLabel } from "./table.js";

/**
 * A goal's verdict: PASS, SHORT (with the measured value against the goal, e.g. "2.10× > 1.5×")
 * or N/A (with why it could not be measured). Never a number that was not measured.
 */
export interface Mark {
  readonly status: "PASS" | "SHORT" | "N/A";
  /** "1.20× ≤ 1.5×", "143 ms > 100 ms", or the reason for N/A. */
  readonly detail: string;
}

export type Unit = "ms" | "×" | "docs/s";

export function formatValue(value: number, unit: Unit): string {
  if (unit === "×") return `${value < 0.1 ? value.toFixed(3) : value.toFixed(2)}×`;
  if (unit === "ms") return `${value < 100 ? value.toFixed(1) : Math.round(value)} ms`;
  return `${Math.round(value)} docs/s`;
}

function limitText(limit: number, unit: Unit): string {
  return unit === "×" ? `${limit}×` : `${limit} ${unit}`;
}

export function notMeasured(reason: string): Mark {
  return { status: "N/A", detail: reason };
}

/** The value must not exceed the limit (a time, a ratio). */
export function atMost(value: number | undefined, limit: number, unit: Unit, missing = "not measured"): Mark {
  if (value === undefined || !Number.isFinite(value)) return notMeasured(missing);
  const shown = formatValue(value, unit);
  return value <= limit
    ? { status: "PASS", detail: `${shown} ≤ ${limitText(limit, unit)}` }
    : { status: "SHORT", detail: `${shown} > ${limitText(limit, unit)}` };
}

/** The value must reach the limit (a throughput). */
export function atLeast(value: number | undefined, limit: number, unit: Unit, missing = "not measured"): Mark {
  if (value === undefined || !Number.isFinite(value)) return notMeasured(missing);
  const shown = formatValue(value, unit);
  return value >= limit
    ? { status: "PASS", detail: `${shown} ≥ ${limitText(limit, unit)}` }
    : { status: "SHORT", detail: `${shown} < ${limitText(limit, unit)}` };
}

/** "PASS (1.20× ≤ 1.5×)", "SHORT by 2.10× > 1.5×", "n/a (no cache header)". */
export function formatMark(mark: Mark): string {
  if (mark.status === "PASS") return `PASS (${mark.detail})`;
  if (mark.status === "SHORT") return `SHORT by ${mark.detail}`;
  return `n/a (${mark.detail})`;
}

export interface SizeStep {
  readonly small: number;
  readonly large: number;
  /** How many times larger the larger graph is. */
  readonly factor: number;
  /** "10k→100k". */
  readonly label: string;
}

/** Each size with the next one: growth is judged between neighbours (10k→100k, 100k→1M). */
export function sizeSteps(sizes: readonly number[]): SizeStep[] {
  const steps: SizeStep[] = [];
  for (let i = 1; i < sizes.length; i++) {
    const small = sizes[i - 1]!;
    const large = sizes[i]!;
    steps.push({ small, large, factor: large / small, label: `${sizeLabel(small)}→${sizeLabel(large)}` });
  }
  return steps;
}

/** What a growth goal line says about the sizes it compares when they are not the goal's 10k→100k. */
export function stepNote(step: SizeStep): string {
  if (step.small === 10_000 && step.large === 100_000) return "";
  const factor = Number.isInteger(step.factor) ? String(step.factor) : step.factor.toFixed(1);
  return ` [sizes ${step.label}, ${factor}× apart${step.factor === 10 ? "" : "; the goal is for 10× apart"}]`;
}

/** One line per goal check, e.g. "  overlaps (all bodies): 12.3 ms p95  PASS (12.3 ms ≤ 100 ms)". */
export interface GoalLine {
  readonly subject: string;
  readonly mark: Mark;
  /** What explains a shortfall (the database profile, the time outside the database); printed under a SHORT line. */
  readonly why?: string;
}

export interface Goal {
  readonly number: number;
  readonly title: string;
  readonly lines: readonly GoalLine[];
}

/** PASS when every line passes; SHORT when one falls short; N/A when nothing could be measured. */
export function overall(lines: readonly GoalLine[]): Mark["status"] {
  if (lines.some((line) => line.mark.status === "SHORT")) return "SHORT";
  if (lines.length === 0 || lines.every((line) => line.mark.status === "N/A")) return "N/A";
  return lines.some((line) => line.mark.status === "N/A") ? "N/A" : "PASS";
}
