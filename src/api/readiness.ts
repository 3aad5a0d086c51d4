import type { Driver } from "neo4j-driver";

export interface Readiness {
  readonly ready: boolean;
  readonly database: string;
  readonly error?: string;
}

/**
 * Whether Neo4j answers a trivial query now. Uses the long-lived driver, so when the database
 * comes back the next check sees it without restarting the API.
 */
export async function checkReadiness(driver: Driver, database: string, timeoutMs = 3_000): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([driver.executeQuery("RETURN 1", {}, { database }), timeout]);
    return { ready: true, database };
  } catch (error) {
    return { ready: false, database, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
