/**
 * Markdown to the plain text the other readers understand: "**From:** ITU-T SG 13" must read as
 * a "From:" field, and [links](url) as their words. Line structure is kept so that header fields
 * and paragraphs survive.
 */

export interface StrippedMarkdown {
  readonly text: string;
  /** Heading texts in order, without the #; the first is the usual title. */
  readonly headings: readonly string[];
}

/**
 * Lines that only Markdown writes, two of which make a text Markdown rather than plain. Every
 * pattern here and below runs in time linear in the text: no quantified run may be retried from
 * each of its own characters (link text holds no "[", leading white space stays on its line).
 */
const SIGNALS: readonly RegExp[] = [
  /^#{1,6}\s+\S/m,
  /\[[^\]\n[]+\]\([^)\s]+\)/,
  /(?:\*\*|__)[^*_\n]+(?:\*\*|__)/,
  /^```/m,
  /^[^\S\n]*(?:[-*+]|\d+\.)[^\S\n]+\S/m,
  /^\|.*\|\s*$/m,
  /^>\s/m,
];

export function looksLikeMarkdown(text: string): boolean {
  return SIGNALS.filter((signal) => signal.test(text)).length >= 2;
}

/** One line of output: a paragraph or list item being built, or a line that stands alone. */
interface OutLine {
  text: string;
  kind: "paragraph" | "item" | "block" | "blank";
  /** Ends with a Markdown hard break (two spaces or a backslash): the next line starts anew. */
  hardBreak: boolean;
}

/**
 * Returns one paragraph or list item per line: Markdown joins soft-wrapped lines into one
 * paragraph, and doing it here, where list items are still recognizable, keeps items apart.
 * A line that starts with a label ("From:") is never joined, so header fields survive even
 * without the hard breaks Markdown would need.
 */
export function stripMarkdown(markdown: string): StrippedMarkdown {
  const headings: string[] = [];
  const out: OutLine[] = [];
  let fenced = false;
  const lines = dropComments(markdown).split("\n");
  const push = (text: string, kind: OutLine["kind"], hardBreak = false): void => {
    const previous = out[out.length - 1];
    const joins =
      kind === "paragraph" &&
      previous !== undefined &&
      (previous.kind === "paragraph" || previous.kind === "item") &&
      !previous.hardBreak &&
      !LABEL_LIKE.test(text);
    if (joins) {
      previous.text = `${previous.text} ${text.trim()}`;
      previous.hardBreak = hardBreak;
    } else {
      out.push({ text: kind === "block" ? text : text.trim(), kind, hardBreak });
    }
  };

  lines.forEach((line, index) => {
    if (/^\s*(?:```|~~~)/.test(line)) {
      fenced = !fenced;
      push("", "blank");
      return;
    }
    if (fenced) return push(line, "block");
    if (!line.trim()) return push("", "blank");
    const next = lines[index + 1] ?? "";
    if (/^\s*(?:=+|-+)\s*$/.test(next) && !/^\s*(?:[-*+]\s|=+\s*$|-+\s*$)/.test(line)) {
      // Setext heading: a text line underlined by === or ---.
      const text = inline(line.trim());
      headings.push(text);
      return push(text, "block");
    }
    if (/^\s*(?:=+|-{2,}|\*{3,}|_{3,})\s*$/.test(line)) return push("", "blank");
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) return; // reference link definition
    if (/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) return; // table rule
    const heading = /^\s{0,3}#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      const text = inline(closingHashesOff(heading[1] ?? ""));
      headings.push(text);
      return push(text, "block");
    }
    const hardBreak = line.endsWith("  ") || line.endsWith("\\");
    const unquoted = line.replace(/^\s*(?:>\s?)+/, "").replace(/\\$/, "");
    if (/^\s*\|.*\|\s*$/.test(unquoted)) {
      // Table row: cells become tab-separated so "| From: | ITU-T SG 13 |" reads as a field.
      const cells = unquoted.trim().replace(/^\||\|$/g, "").split("|");
      return push(cells.map((cell) => inline(cell.trim())).join("\t"), "block");
    }
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/.exec(unquoted);
    if (item) return push(inline(item[1] ?? ""), "item", hardBreak);
    return push(inline(unquoted), "paragraph", hardBreak);
  });
  return { text: out.map((line) => line.text).join("\n"), headings };
}

/** "From: ...", "For information to: ..." after inline markup is gone. */
const LABEL_LIKE = /^\s*[A-Z][A-Za-z0-9 ()/,.'-]{0,40}:(?:\s|$)/;

/**
 * Inline markup off. Emphasis never spans its own delimiter ("**a **b**" keeps its first "**"),
 * so that an opener without a closer costs a scan to the next delimiter, not to the line's end.
 */
function inline(text: string): string {
  return text
    .replace(/!\[([^\][]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\][]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\][]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<((?:https?|mailto):[^<>\s]+)>/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, "$1$2")
    .replace(/(^|[^\w])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, "$1$2")
    .replace(/~~(.+?)~~/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, "$1");
}

/** "Title ##" -> "Title": the optional closing hashes of an ATX heading, and the spaces around them. */
function closingHashesOff(text: string): string {
  const trimmed = text.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed.charAt(end - 1) === "#") end -= 1;
  return trimmed.slice(0, end).trimEnd();
}

/** HTML comments off; an unclosed one stays (no later one can close either). */
function dropComments(markdown: string): string {
  let out = "";
  let from = 0;
  for (;;) {
    const open = markdown.indexOf("<!--", from);
    const close = open === -1 ? -1 : markdown.indexOf("-->", open + 4);
    if (close === -1) return out + markdown.slice(from);
    out += markdown.slice(from, open);
    from = close + 3;
  }
}
