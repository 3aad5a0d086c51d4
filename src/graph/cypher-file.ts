import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface CypherFile {
  readonly name: string;
  readonly path: string;
  readonly statements: readonly string[];
}

/** The `.cypher` files of a folder, in name order (their numeric prefixes set the order). */
export function readCypherFolder(folder: string): CypherFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".cypher"))
    .sort()
    .map((name) => readCypherFile(path.join(folder, name)));
}

const textCache = new Map<string, string>();

/** The text of `<folder>/<name>.cypher`, read once per process: statements run on hot paths. */
export function cypherText(folder: string, name: string): string {
  const file = path.join(folder, `${name}.cypher`);
  let text = textCache.get(file);
  if (text === undefined) {
    text = readFileSync(file, "utf8");
    textCache.set(file, text);
  }
  return text;
}

export function readCypherFile(file: string): CypherFile {
  return { name: path.basename(file), path: file, statements: splitStatements(readFileSync(file, "utf8")) };
}

/**
 * Splits a Cypher script into statements at `;`, ignoring semicolons inside string literals,
 * backtick names and comments, and dropping statements that are only comments.
 */
export function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let current = "";
  let quote: string | undefined;
  for (let i = 0; i < script.length; i++) {
    const char = script[i]!;
    const next = script[i + 1];
    if (quote !== undefined) {
      current += char;
      if (char === "\\" && quote !== "`") {
        current += next ?? "";
        i++;
      } else if (char === quote) {
        quote = undefined;
      }
    } else if (char === "/" && next === "/") {
      const end = script.indexOf("\n", i);
      i = end === -1 ? script.length : end - 1;
    } else if (char === "/" && next === "*") {
      const end = script.indexOf("*/", i + 2);
      i = end === -1 ? script.length : end + 1;
    } else if (char === ";") {
      statements.push(current);
      current = "";
    } else {
      if (char === "'" || char === '"' || char === "`") quote = char;
      current += char;
    }
  }
  statements.push(current);
  return statements.map((s) => s.trim()).filter((s) => s.length > 0);
}
