import { describe, expect, it } from "vitest";
import { QueueTimeoutError, Semaphore } from "../../../src/api/database/semaphore.js";

describe("Semaphore", () => {
  it("admits up to its capacity and hands a released slot to the first waiter", async () => {
    const gate = new Semaphore(2);
    const first = await gate.acquire(1_000);
    await gate.acquire(1_000);
    const order: string[] = [];
    const third = gate.acquire(1_000).then((release) => (order.push("third"), release));
    const fourth = gate.acquire(1_000).then((release) => (order.push("fourth"), release));
    expect(gate.queued).toBe(2);
    first();
    first(); // a second release of the same slot changes nothing
    (await third)();
    await fourth;
    expect(order).toEqual(["third", "fourth"]);
    expect(gate.holders).toBe(2);
  });

  it("gives up after the deadline, and when the signal aborts", async () => {
    const gate = new Semaphore(1);
    await gate.acquire(1_000);
    await expect(gate.acquire(10)).rejects.toBeInstanceOf(QueueTimeoutError);
    const controller = new AbortController();
    const waiting = gate.acquire(60_000, controller.signal);
    controller.abort(new Error("client gone"));
    await expect(waiting).rejects.toThrow("client gone");
    expect(gate.queued).toBe(0);
  });

  it("hands a freed slot to the request holding the fewest, so a flood of queries cannot starve a request asking for one", async () => {
    const gate = new Semaphore(2);
    const flood = {};
    const bystander = {};
    const held = [await gate.acquire(1_000, undefined, flood), await gate.acquire(1_000, undefined, flood)];
    const order: string[] = [];
    const waiting = [
      ...Array.from({ length: 3 }, (_, i) => gate.acquire(1_000, undefined, flood).then((release) => (order.push(`flood ${i}`), release))),
      gate.acquire(1_000, undefined, bystander).then((release) => (order.push("bystander"), release)),
    ];
    held[0]!();
    await Promise.race(waiting);
    // The flood holds one slot, the bystander none: the bystander goes first though it came last.
    expect(order).toEqual(["bystander"]);
    held[1]!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(["bystander", "flood 0"]);
    for (const release of await Promise.all(waiting.slice(0, 1).concat(waiting.slice(3)))) release();
    await Promise.all(waiting);
    expect(order).toEqual(["bystander", "flood 0", "flood 1", "flood 2"]);
    for (const release of await Promise.all(waiting)) release();
    expect(gate.holders).toBe(0);
  });
});
