import { createRequire } from "node:module";
import path from "node:path";

interface Printable {
  print(): string;
}

interface DebugModule {
  enabled(namespace: string): boolean;
}

/** @neo4j/graphql's debug namespace for translation (its `DEBUG_TRANSLATE`). */
export const TRANSLATE_DEBUG_NAMESPACE = "@neo4j/graphql:translate";

/**
 * @neo4j/graphql 7 writes `debug(queryAST.print())` after building each request's query plan
 * (translate-read.js and its siblings): the argument is evaluated before `debug` finds its
 * namespace off, so every request draws the whole plan as a text tree only to drop it. For the
 * documented lookup, whose mentions reach thirteen types, that was about one twentieth of the
 * translation. The plan is drawn now only while `DEBUG` enables the translate namespace (checked
 * at each call, so `debug.enable()` at run time still works); otherwise `print` returns an empty
 * string, which nothing but that debug line reads. The class is reached by its file because the
 * package does not export it; when a version moves it, nothing is replaced and printing goes on.
 */
export function printPlansOnlyWhenLogged(): boolean {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve("@neo4j/graphql"));
  let queryAST: { QueryAST?: { prototype: Printable & { print: Printable["print"] & { onlyWhenLogged?: true } } } };
  let debug: DebugModule;
  try {
    queryAST = require(path.join(packageDir, "translate/queryAST/ast/QueryAST.js")) as typeof queryAST;
    // The debug package @neo4j/graphql itself loads, so its enabled namespaces are the ones it logs.
    debug = createRequire(path.join(packageDir, "index.js"))("debug") as DebugModule;
  } catch {
    return false;
  }
  const prototype = queryAST.QueryAST?.prototype;
  const original = prototype?.print;
  if (!prototype || typeof original !== "function" || typeof debug.enabled !== "function") return false;
  if (original.onlyWhenLogged) return true;
  const print = function (this: Printable): string {
    return debug.enabled(TRANSLATE_DEBUG_NAMESPACE) ? original.call(this) : "";
  };
  prototype.print = Object.assign(print, { onlyWhenLogged: true as const });
  return true;
}
