import neo4j, { type Driver } from "neo4j-driver";

/**
 * Whether Neo4j answers a trivial query within `timeoutMs`. One auto-commit query, never
 * retried, so a refused connection answers "not ready" at once. Uses the long-lived driver, so
 * when the database comes back the next check sees it without restarting the API. Only
 * ready/not ready goes to the client; why goes to the log, once per change.
 */
export function createReadinessCheck(driver: Driver, database: string, log: (line: string) => void, timeoutMs = 2_000) {
  let lastProblem: string | undefined;
  return async (): Promise<boolean> => {
    const problem = await probe(driver, database, timeoutMs);
    if (problem !== lastProblem) log(problem === undefined ? "Neo4j is answering again." : `Neo4j is not ready: ${problem}`);
    lastProblem = problem;
    return problem === undefined;
  };
}

async function probe(driver: Driver, database: string, timeoutMs: number): Promise<string | undefined> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs);
  });
  try {
    const answer = session.run("RETURN 1", {}, { timeout: timeoutMs }).then(
      () => undefined,
      (error: unknown) => (error instanceof Error ? error.message.split("\n")[0] : String(error)),
    );
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
    void session.close().catch(() => {});
  }
}
