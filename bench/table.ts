/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    header.map((_, i) => (i === 0 ? (cells[i] ?? "").padEnd(widths[i]!) : (cells[i] ?? "").padStart(widths[i]!))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** Milliseconds as printed: one decimal below 100, whole above; "-" when not measured. */
export function ms(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return "-";
  return value < 100 ? value.toFixed(1) : String(Math.round(value));
}

/** A ratio as printed: "1.23×"; "-" when not measured. */
export function times(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return "-";
  return `${value < 0.1 ? value.toFixed(3) : value.toFixed(2)}×`;
}

/** 2000 → "2k", 100000 → "100k", 1000000 → "1M", 2500 → "2500". */
export function sizeLabel(documents: number): string {
  if (documents >= 1e6 && documents % 1e6 === 0) return `${documents / 1e6}M`;
  if (documents >= 1e3 && documents % 1e3 === 0) return `${documents / 1e3}k`;
  return String(documents);
}
