/**
 * Names and aliases of graph nodes, found in running text. At runtime the entries come from the
 * graph; tests build them from the taxonomy file with parseTopicsCypher.
 */
import type { NodeType } from "../model/node-types.js";

export { parseTopicsCypher } from "./parse-topics-cypher.js";

export interface GazetteerEntry {
  readonly type: NodeType;
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface GazetteerMatch {
  readonly entry: GazetteerEntry;
  readonly matchedText: string;
  readonly index: number;
}

interface Form {
  readonly entry: GazetteerEntry;
  readonly pattern: RegExp;
}

/**
 * Acronyms ("DLT", "IoT", "AI", "5G") match only as written, so that "ai" in "said" or "Dlt" in a
 * name never count; words and phrases match regardless of case.
 */
export function isCaseSensitiveForm(form: string): boolean {
  if (/\s/.test(form)) return false;
  const capitals = form.match(/[A-Z]/g)?.length ?? 0;
  return capitals >= 2 || (capitals === 1 && form.length <= 4);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "smart contract" also finds "smart contracts", "technology" also "technologies". */
function formPattern(form: string): RegExp {
  let body = escape(form).replace(/\s+/g, "\\s+");
  if (/[^aeiou]y$/i.test(form)) body = `${body.slice(0, -1)}(?:y|ies)`;
  else if (/[A-Za-z]$/.test(form) && !/s$/i.test(form)) body = `${body}s?`;
  const flags = isCaseSensitiveForm(form) ? "gu" : "giu";
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, flags);
}

const compactKey = (form: string): string => form.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

const lookupKey = (form: string): string => (isCaseSensitiveForm(form) ? form : form.toLowerCase());

export class Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  private readonly forms: readonly Form[];
  private readonly byForm = new Map<string, GazetteerEntry>();
  private readonly byId = new Map<string, GazetteerEntry>();
  /** Forms with case and punctuation set aside ("ITU-T-SG-13", "IEEE-802-1", "BROADBAND-FORUM"); ambiguous keys dropped. */
  private readonly byCompact = new Map<string, GazetteerEntry | null>();

  constructor(entries: Iterable<GazetteerEntry>) {
    this.entries = [...entries];
    const forms: Form[] = [];
    for (const entry of this.entries) {
      this.byId.set(entry.id, entry);
      for (const form of new Set([entry.name, ...entry.aliases].map((f) => f.trim()).filter(Boolean))) {
        forms.push({ entry, pattern: formPattern(form) });
        // The first entry to claim a form keeps it: entries come in a stable order.
        if (!this.byForm.has(lookupKey(form))) this.byForm.set(lookupKey(form), entry);
        // "Multiprotocol Label Switching Working Group" is also written without its last words.
        const short = form.replace(/\s+(?:Working\s+Group|WG)$/i, "");
        for (const key of new Set([compactKey(form), compactKey(short)])) {
          if (key.length < 4) continue;
          const claimed = this.byCompact.get(key);
          if (claimed === undefined) this.byCompact.set(key, entry);
          else if (claimed !== null && claimed.id !== entry.id) this.byCompact.set(key, null);
        }
      }
    }
    this.forms = forms;
  }

  get(id: string): GazetteerEntry | undefined {
    return this.byId.get(id);
  }

  /** The entry whose name or alias is exactly `text`. */
  lookup(text: string): GazetteerEntry | undefined {
    const form = text.replace(/\s+/g, " ").trim();
    return this.byForm.get(form) ?? this.byForm.get(form.toLowerCase());
  }

  /** The entry a form names once case, spaces and punctuation are set aside, if only one does. */
  lookupCompact(text: string): GazetteerEntry | undefined {
    const key = compactKey(text);
    return key.length >= 4 ? (this.byCompact.get(key) ?? undefined) : undefined;
  }

  /** Non-overlapping mentions in order of appearance; where mentions overlap the longest wins. */
  find(sentence: string, types?: readonly NodeType[]): GazetteerMatch[] {
    const candidates: GazetteerMatch[] = [];
    for (const { entry, pattern } of this.forms) {
      if (types && !types.includes(entry.type)) continue;
      for (const m of sentence.matchAll(pattern)) {
        candidates.push({ entry, matchedText: m[0], index: m.index });
      }
    }
    candidates.sort((a, b) => b.matchedText.length - a.matchedText.length || a.index - b.index);
    const chosen: GazetteerMatch[] = [];
    for (const c of candidates) {
      const end = c.index + c.matchedText.length;
      if (chosen.every((o) => end <= o.index || c.index >= o.index + o.matchedText.length)) chosen.push(c);
    }
    return chosen.sort((a, b) => a.index - b.index);
  }
}
