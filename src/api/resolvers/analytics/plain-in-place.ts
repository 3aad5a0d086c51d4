import neo4j from "neo4j-driver";

/**
 * Neo4j integers to numbers through the lists and maps of a value the driver has just decoded,
 * in place: like toPlain (run-analytic.ts), but without copying every map and list, which for a
 * large answer (thousands of evidence maps) costs more than reading it. Only for values no one
 * else holds.
 */
export function plainInPlace(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) {
    for (let k = 0; k < value.length; k++) {
      const item: unknown = value[k];
      if (item !== null && typeof item === "object") value[k] = plainInPlace(item);
    }
    return value;
  }
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) {
      const item = map[key];
      if (item !== null && typeof item === "object") map[key] = plainInPlace(item);
    }
  }
  return value;
}
