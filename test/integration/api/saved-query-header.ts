/**
 * Reads the Neo4j Browser parameters from a saved query's header comment, the lines an analyst
 * copies: `//   :param limit => 20`, possibly several on one line. The values are Cypher
 * expressions, as Neo4j Browser evaluates them.
 */
export interface HeaderParam {
  readonly name: string;
  readonly expression: string;
}

export function headerParams(text: string): HeaderParam[] {
  const params: HeaderParam[] = [];
  for (const line of text.split("\n")) {
    if (!line.trimStart().startsWith("//")) continue;
    for (const part of line.split(/:param\s+/).slice(1)) {
      const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?)\s*$/.exec(part);
      if (match) params.push({ name: match[1]!, expression: match[2]! });
    }
  }
  return params;
}

/** The `$names` the statement itself uses, comments and string literals left out. */
export function usedParams(text: string): string[] {
  const code = text
    .split("\n")
    .map((line) => line.replace(/\/\/.*$/, ""))
    .join("\n")
    .replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))].sort();
}
