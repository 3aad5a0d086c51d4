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
});
