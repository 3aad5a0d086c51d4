/**
 * Names and aliases of graph nodes, found in running text. At runtime the entries come from the
 * graph; tests build them from the taxonomy file with parseTopicsCypher.
 */
import type { NodeType } from "../model/node-types.js";
import { FormTrie } from "./form-trie.js";

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

/**
 * Acronyms ("DLT", "IoT", "AI", "5G") match only as written, so that "ai" in "said" or "Dlt" in a
 * name never count; words and phrases match regardless of case.
 */
export function isCaseSensitiveForm(form: string): boolean {
  if (/\s/.test(form)) return false;
  const capitals = form.match(/[A-Z]/g)?.length ?? 0;
  return capitals >= 2 || (capitals === 1 && form.length <= 4);
}

const compactKey = (form: string): string => form.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/**
 * A form is tried where its first two words (one for a one-word form) are the sentence's words
 * there, either as written or as a plural of the form's: "smart contracts" finds the form "smart
 * contract", a form "technologie" is never found in "technologies".
 */
const WORD = /[\p{L}\p{N}]+/gu;
const wordsOf = (text: string): string[] => [...text.matchAll(WORD)].map((m) => m[0].toLowerCase());
/** The singular a form's plural-tolerant pattern also accepts: "contracts" -> "contract", "technologies" -> "technology". */
const singulars = (word: string): string[] =>
  word.endsWith("ies") ? [word, `${word.slice(0, -3)}y`] : word.endsWith("s") ? [word, word.slice(0, -1)] : [word];
const formKey = (form: string): string | undefined => {
  const words = wordsOf(form);
  return words.length === 0 ? undefined : words.slice(0, 2).join(" ");
};

const lookupKey = (form: string): string => (isCaseSensitiveForm(form) ? form : form.toLowerCase());

/** A name or alias as the matcher holds it; `order` says which of two equal matches wins. */
interface Form {
  readonly entry: GazetteerEntry;
  readonly key: string;
  readonly order: number;
}

export class Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  /** Every form, compiled once: a sentence is read once, whatever the number of names known. */
  private readonly forms = new FormTrie<Form>();
  private readonly byForm = new Map<string, GazetteerEntry>();
  private readonly byId = new Map<string, GazetteerEntry>();
  /** Forms with case and punctuation set aside ("ITU-T-SG-13", "IEEE-802-1", "BROADBAND-FORUM"); ambiguous keys dropped. */
  private readonly byCompact = new Map<string, GazetteerEntry | null>();

  constructor(entries: Iterable<GazetteerEntry>) {
    this.entries = [...entries];
    let order = 0;
    for (const entry of this.entries) {
      this.byId.set(entry.id, entry);
      for (const form of new Set([entry.name, ...entry.aliases].map((f) => f.trim()).filter(Boolean))) {
        const key = formKey(form);
        if (key !== undefined) this.forms.add(form, { entry, key, order: order++ }, isCaseSensitiveForm(form));
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
    const words = [...sentence.matchAll(WORD)];
    words.forEach((word, i) => {
      const found = this.forms.matchAt(sentence, word.index).filter((m) => !types || types.includes(m.value.entry.type));
      if (found.length === 0) return;
      const first = word[0].toLowerCase();
      const next = words[i + 1]?.[0].toLowerCase();
      // The keys a form may be tried under here, in the order that decides between equal matches.
      const keys = [...new Set([...singulars(first), ...(next ? singulars(next).map((n) => `${first} ${n}`) : [])])];
      const ranked = found
        .map((m) => ({ match: m, rank: keys.indexOf(m.value.key) }))
        .filter((m) => m.rank >= 0)
        .sort((a, b) => a.rank - b.rank || a.match.value.order - b.match.value.order);
      for (const { match } of ranked) {
        candidates.push({ entry: match.value.entry, matchedText: sentence.slice(word.index, match.end), index: word.index });
      }
    });
    candidates.sort((a, b) => b.matchedText.length - a.matchedText.length || a.index - b.index);
    // Characters already taken by a longer (or earlier) mention: checking a candidate costs its
    // own length, not the number of mentions chosen before it.
    const taken = new Uint8Array(sentence.length);
    const chosen: GazetteerMatch[] = [];
    for (const c of candidates) {
      const end = c.index + c.matchedText.length;
      if (taken.subarray(c.index, end).includes(1)) continue;
      taken.fill(1, c.index, end);
      chosen.push(c);
    }
    return chosen.sort((a, b) => a.index - b.index);
  }
}
