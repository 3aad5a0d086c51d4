import { describe, expect, it } from "vitest";
import { MemoryWatchdog } from "../../../src/api/memory-watchdog.js";

describe("MemoryWatchdog", () => {
  const request = (weight: number, aborted: string[], name: string) => ({ weight: () => weight, abort: () => aborted.push(name) });

  it("above the watermark stops the request that read the most, one per check", () => {
    const lines: string[] = [];
    const aborted: string[] = [];
    // A watermark of 0% is always exceeded.
    const watchdog = new MemoryWatchdog(0, (line) => lines.push(line));
    watchdog.watch(request(10, aborted, "small"));
    watchdog.watch(request(5_000, aborted, "large"));
    watchdog.check();
    expect(aborted).toEqual(["large"]);
    watchdog.check();
    expect(aborted).toEqual(["large", "small"]);
    expect(lines[0]).toMatch(/stopping the request that read the most \(5000 records\)/);
  });

  it("below the watermark, and for requests no longer watched, does nothing", () => {
    const aborted: string[] = [];
    const below = new MemoryWatchdog(100, () => {});
    below.watch(request(1, aborted, "a"));
    below.check();
    const above = new MemoryWatchdog(0, () => {});
    const unwatch = above.watch(request(1, aborted, "b"));
    unwatch();
    above.check();
    expect(aborted).toEqual([]);
  });
});
