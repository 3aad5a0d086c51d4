/** Generous bounds: the machine running the suite may be slow and busy; the real numbers are far lower. */
export const REFUSAL_BOUND_MS = 1_000;
export const HEALTH_BOUND_MS = 1_000;

export interface AttackOutcome<T> {
  readonly result: T;
  /** How long the attack took to be answered. */
  readonly elapsedMs: number;
  /** The slowest /health answer while the attack ran (and at least one right after it). */
  readonly slowestHealthMs: number;
}

/**
 * Runs an attack while another client keeps asking /health, as a monitor would, and measures how
 * long the attack takes to be answered and how slow /health got meanwhile.
 */
export async function underAttack<T>(baseUrl: string, attack: () => Promise<T>): Promise<AttackOutcome<T>> {
  let running = true;
  const latencies: number[] = [];
  const probe = async () => {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`/health answered ${response.status}`);
    latencies.push(performance.now() - started);
  };
  const monitor = (async () => {
    while (running) {
      await probe();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const started = performance.now();
  try {
    const result = await attack();
    const elapsedMs = performance.now() - started;
    running = false;
    await monitor;
    await probe();
    return { result, elapsedMs, slowestHealthMs: Math.max(...latencies) };
  } finally {
    running = false;
    await monitor.catch(() => {});
  }
}

export interface GraphqlAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export async function postGraphql(graphqlUrl: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphqlAnswer> {
  const response = await fetch(graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphqlAnswer["body"] };
}

export const codesOf = (answer: GraphqlAnswer): unknown[] => (answer.body.errors ?? []).map((e) => e.extensions?.code);
