// A lexicon of exact phrases found leftmost-longest, the way one alternation regex sorted longest first finds
// them (`(?<!B)(?:longest|…|short)(?!A)` with matchAll), but through a table of candidates per first two
// characters: only positions whose two characters begin some phrase are tried, and only those phrases. A regex
// of ~1,000 alternatives tried at every position of every sentence had been the pipeline's costliest line.

export interface PhraseHit {
  readonly start: number;
  readonly end: number;
  /** The phrase as listed (equal to the text at [start, end)). */
  readonly phrase: string;
}

export interface PhraseTableOptions {
  /** A character that may not come just before a phrase (tested on one code point). */
  readonly notBefore: RegExp;
  /** A character that may not come just after a phrase (tested on one code point). */
  readonly notAfter: RegExp;
}

export interface PhraseTable {
  /** Every phrase in the text, leftmost first, the longest at each position, never overlapping. */
  findAll(text: string): PhraseHit[];
}

const pairOf = (a: number, b: number) => a * 65_536 + b;

/** The code point that ends just before `at`, as a string ("" at the start). */
function codePointBefore(text: string, at: number): string {
  if (at === 0) return "";
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text.charAt(at - 1);
}

function codePointAt(text: string, at: number): string {
  const c = text.codePointAt(at);
  return c === undefined ? "" : String.fromCodePoint(c);
}

/** Builds the table; empty phrases are ignored. */
export function createPhraseTable(phrases: readonly string[], options: PhraseTableOptions): PhraseTable {
  const unique = [...new Set(phrases.filter((p) => p.length > 0))].sort((a, b) => b.length - a.length);
  const byPair = new Map<number, string[]>();
  const single = new Map<number, string[]>();
  const starts = new Uint8Array(65_536);
  for (const phrase of unique) {
    const first = phrase.charCodeAt(0);
    starts[first] = 1;
    const bucket = phrase.length === 1 ? single : byPair;
    const key = phrase.length === 1 ? first : pairOf(first, phrase.charCodeAt(1));
    const list = bucket.get(key);
    if (list) list.push(phrase);
    else bucket.set(key, [phrase]);
  }
  const { notBefore, notAfter } = options;
  const fits = (text: string, at: number, phrase: string): boolean =>
    text.startsWith(phrase, at) && !notAfter.test(codePointAt(text, at + phrase.length));

  function longestAt(text: string, at: number): string | null {
    const first = text.charCodeAt(at);
    for (const phrase of byPair.get(pairOf(first, text.charCodeAt(at + 1))) ?? []) {
      if (fits(text, at, phrase)) return phrase;
    }
    for (const phrase of single.get(first) ?? []) if (fits(text, at, phrase)) return phrase;
    return null;
  }

  return {
    findAll(text) {
      const hits: PhraseHit[] = [];
      for (let at = 0; at < text.length; at++) {
        if (starts[text.charCodeAt(at)] === 0) continue;
        const phrase = longestAt(text, at);
        if (phrase === null || notBefore.test(codePointBefore(text, at))) continue;
        hits.push({ start: at, end: at + phrase.length, phrase });
        at += phrase.length - 1;
      }
      return hits;
    },
  };
}
