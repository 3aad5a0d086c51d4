import type { Driver } from "neo4j-driver";

export interface WaitOptions {
  readonly timeoutMs: number;
  /** Stops waiting early, e.g. when the process that should answer has exited. */
  readonly abandon?: () => string | undefined;
}

/**
 * Polls verifyConnectivity with exponential backoff (100 ms doubling to 2 s) until Bolt answers.
 * Resolves to undefined when it does, or to the last error's message when it gives up.
 */
export async function waitForBolt(driver: Driver, options: WaitOptions): Promise<string | undefined> {
  const deadline = Date.now() + options.timeoutMs;
  let delay = 100;
  let lastError = "no answer";
  for (;;) {
    const abandoned = options.abandon?.();
    if (abandoned !== undefined) return abandoned;
    try {
      await driver.verifyConnectivity();
      return undefined;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() + delay > deadline) return lastError;
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 2_000);
  }
}
