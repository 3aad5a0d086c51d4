/**
 * JSON with object keys sorted at every level, so that two answers built by different engines (a
 * GraphQL result, a Cypher map) compare equal when they hold the same values. With
 * `ignoreListOrder`, lists compare as multisets: nested relationship lists have no order in either
 * engine unless the query asks for one.
 */
export function canonicalJson(value: unknown, options: { ignoreListOrder?: boolean } = {}): string {
  return JSON.stringify(canonical(value, options.ignoreListOrder ?? false));
}

function canonical(value: unknown, ignoreListOrder: boolean): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => canonical(item, ignoreListOrder));
    if (!ignoreListOrder) return items;
    return items
      .map((item) => ({ item, key: JSON.stringify(item) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ item }) => item);
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key], ignoreListOrder)]),
    );
  }
  return value;
}
