/**
 * Every name and alias of a gazetteer compiled into one character trie, walked once from each
 * word start of a sentence: the cost of a sentence grows with its length (times the longest
 * name), not with the number of names known, and no regular expression runs per name.
 *
 * What a form matches (the rules the extractor has always had):
 *   - its characters as written; a run of spaces in it matches any run of whitespace;
 *   - regardless of case, except acronyms (isCaseSensitive), which match only as written;
 *   - a plural: a form ending in a consonant + "y" also as "-ies" ("technologies"), one ending in
 *     another letter but "s" also with an "s" ("contracts", "DLTs");
 *   - only as whole words: no letter or digit right before or after it.
 */

export interface TrieForm<T> {
  readonly value: T;
  readonly caseSensitive: boolean;
  /** What may follow the stored characters: nothing, "" or "s", "y" or "ies". */
  readonly endings: readonly string[];
}

export interface TrieMatch<T> {
  readonly value: T;
  /** Index of the first character after the match. */
  readonly end: number;
}

interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>;
  readonly forms: TrieForm<T>[];
}

/** A space in a stored form: one or more whitespace characters in the text. */
const SPACE = " ";
const WHITESPACE = /\s/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Case folding of one character (a code point), as a case-insensitive regular expression compares them. */
function fold(character: string): string {
  const lower = character.toLowerCase();
  // Characters whose lower case is longer ("İ") compare as themselves, as /iu does.
  return lower.length === character.length ? lower : character;
}

const newNode = <T>(): TrieNode<T> => ({ next: new Map(), forms: [] });

export class FormTrie<T> {
  /** Acronyms and forms of any case kept apart: each is walked with its own comparison. */
  private readonly exact = newNode<T>();
  private readonly folded = newNode<T>();

  add(form: string, value: T, caseSensitive: boolean): void {
    let stem = form.trim().replace(/\s+/gu, SPACE);
    let endings = [""];
    if (/[^aeiou]y$/i.test(stem)) {
      stem = stem.slice(0, -1);
      endings = ["y", "ies"];
    } else if (/[A-Za-z]$/.test(stem) && !/s$/i.test(stem)) {
      endings = ["s", ""];
    }
    if (stem.length === 0) return;
    let node = caseSensitive ? this.exact : this.folded;
    for (const character of stem) {
      const key = character === SPACE || caseSensitive ? character : fold(character);
      let child = node.next.get(key);
      if (!child) {
        child = newNode<T>();
        node.next.set(key, child);
      }
      node = child;
    }
    node.forms.push({ value, caseSensitive, endings });
  }

  /** Every form that matches `text` starting at `start` (a word start), in the order they were added per node. */
  matchAt(text: string, start: number): TrieMatch<T>[] {
    if (start > 0 && WORD_CHARACTER.test(characterBefore(text, start))) return [];
    const matches: TrieMatch<T>[] = [];
    this.walk(this.exact, text, start, false, matches);
    this.walk(this.folded, text, start, true, matches);
    return matches;
  }

  private walk(root: TrieNode<T>, text: string, start: number, folding: boolean, matches: TrieMatch<T>[]): void {
    let node: TrieNode<T> | undefined = root;
    let index = start;
    for (;;) {
      for (const form of node.forms) {
        const end = ending(text, index, form.endings, folding);
        if (end !== undefined) matches.push({ value: form.value, end });
      }
      if (index >= text.length) return;
      const character = String.fromCodePoint(text.codePointAt(index) as number);
      if (WHITESPACE.test(character)) {
        node = node.next.get(SPACE);
        index += character.length;
        while (index < text.length && WHITESPACE.test(text[index] as string)) index += 1;
      } else {
        node = node.next.get(folding ? fold(character) : character);
        index += character.length;
      }
      if (!node) return;
    }
  }
}

/** Where a form with these possible endings ends at `index`, if one of them is followed by no letter or digit. */
function ending(text: string, index: number, endings: readonly string[], folding: boolean): number | undefined {
  for (const suffix of endings) {
    const written = text.slice(index, index + suffix.length);
    if (folding ? written.toLowerCase() !== suffix : written !== suffix) continue;
    const end = index + suffix.length;
    if (end >= text.length || !WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(end) as number))) return end;
  }
  return undefined;
}

function characterBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  // The second half of a surrogate pair: the character is the pair.
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.slice(index - 2, index);
  return text.slice(index - 1, index);
}
