/**
 * Lists of bodies as header values write them: "ITU-T SG2, SG3; SG 13 and TSAG". Names are kept
 * as written; turning "SG3" into "ITU-T SG3" is the extractor's job, which knows the graph.
 */

import { isPlaceholder } from "./header-fields.js";

export interface SplitOptions {
  /** Split on commas too. Off for a Source line, where "Rapporteur for Q14/17, ITU-T SG17" is one sender. */
  readonly commas?: boolean;
}

export function splitNames(value: string, options: SplitOptions = {}): string[] {
  const commas = options.commas ?? true;
  const names: string[] = [];
  for (const line of value.split("\n")) {
    for (const part of splitOutsideParentheses(line, commas ? /[,;]/ : /;/)) {
      names.push(...splitOnAnd(part));
    }
  }
  const seen = new Set<string>();
  return names
    .map(cleanName)
    .filter((name) => name.length > 0 && !isPlaceholder(name))
    .filter((name) => (seen.has(name) ? false : (seen.add(name), true)));
}

/**
 * " and " joins two bodies ("SG13 and SG20") but also sits inside names ("JCA on IoT and Smart
 * Cities"); only split when both sides name something an acronym or number identifies.
 */
function splitOnAnd(part: string): string[] {
  const pieces = splitOutsideParentheses(part, /\s+(?:and|&)\s+/i);
  if (pieces.length < 2) return [part];
  return pieces.every(looksLikeBody) ? pieces : [part];
}

function looksLikeBody(name: string): boolean {
  return /\b[A-Z][A-Z0-9-]*[A-Z0-9]\b|\d/.test(name);
}

function splitOutsideParentheses(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  const global = new RegExp(separator.source, separator.flags.includes("g") ? separator.flags : `${separator.flags}g`);
  const opens = (upTo: number, from: number): number => {
    for (let i = from; i < upTo; i += 1) {
      const char = text[i];
      if (char === "(" || char === "[") depth += 1;
      else if ((char === ")" || char === "]") && depth > 0) depth -= 1;
    }
    return upTo;
  };
  let scanned = 0;
  for (let match = global.exec(text); match; match = global.exec(text)) {
    scanned = opens(match.index, scanned);
    if (depth === 0) {
      parts.push(text.slice(start, match.index));
      start = match.index + match[0].length;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function cleanName(name: string): string {
  return name
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:and|&)\s+/i, "")
    .replace(/[.:]+$/, "")
    .trim();
}
