import neo4j, { type Driver, type ProfiledPlan } from "neo4j-driver";

/** Where the database spends an operation's work: what the bench prints next to a goal it misses. */
export interface DatabaseProfile {
  readonly dbHits: number;
  /** Operators by their summed db hits, most first (at most three). */
  readonly top: readonly { readonly operator: string; readonly dbHits: number }[];
}

/**
 * PROFILEs the statements an operation runs, once each, in read transactions, and sums their db
 * hits per operator type. Undefined when the database refuses to profile one (the timing stands).
 */
export async function profileStatements(
  driver: Driver,
  database: string,
  statements: readonly { readonly text: string; readonly parameters: Record<string, unknown> }[],
): Promise<DatabaseProfile | undefined> {
  if (statements.length === 0) return undefined;
  const byOperator = new Map<string, number>();
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    for (const statement of statements) {
      const result = await session.run(`PROFILE ${statement.text}`, statement.parameters);
      const plan = result.summary.profile;
      if (plan) addPlan(plan, byOperator);
    }
  } catch {
    return undefined;
  } finally {
    await session.close();
  }
  const ranked = [...byOperator.entries()].sort((a, b) => b[1] - a[1]);
  return {
    dbHits: ranked.reduce((sum, [, hits]) => sum + hits, 0),
    top: ranked.slice(0, 3).map(([operator, dbHits]) => ({ operator, dbHits })),
  };
}

function addPlan(plan: ProfiledPlan, byOperator: Map<string, number>): void {
  // "Expand(All)@neo4j": the suffix names the database, not the operator.
  const operator = plan.operatorType.replace(/@.*$/, "");
  byOperator.set(operator, (byOperator.get(operator) ?? 0) + Number(plan.dbHits));
  for (const child of plan.children) addPlan(child, byOperator);
}

/** "1,234,567 db hits, most in Expand(All) 800,000, Filter 300,000". */
export function formatProfile(profile: DatabaseProfile | undefined): string | undefined {
  if (!profile) return undefined;
  const n = (value: number) => value.toLocaleString("en-US");
  const top = profile.top.filter((t) => t.dbHits > 0).map((t) => `${t.operator} ${n(t.dbHits)}`);
  return `${n(profile.dbHits)} db hits${top.length > 0 ? `, most in ${top.join(", ")}` : ""}`;
}
