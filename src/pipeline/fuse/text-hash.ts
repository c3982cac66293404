// Hashes of text for comparison: the content hash the store keys exact duplicates on, the word sequence
// every comparison reads, and fast 32-bit hashes for shingles, sentences and bands.
import { createHash } from "node:crypto";
import { foldForComparison, normaliseText } from "../normalise/index.ts";

/** sha256 hex of a text after folding Unicode, quotes, dashes and whitespace: equal texts share it. */
export function contentHashOf(text: string): string {
  return createHash("sha256").update(foldForComparison(text), "utf8").digest("hex");
}

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g;
/** Text that folding leaves as it is, but for spaces (plain ASCII without the backtick it turns into '). */
const PLAIN = /^[^`\u0080-\uffff]*$/;

/** The words of a text, lowercase, with where each starts in the text (plus `base`). */
export interface Words {
  readonly words: string[];
  readonly starts: number[];
}

/** The lowercase words of a text after folding, with their offsets: punctuation and quote marks do not count. */
export function wordsOf(text: string, base = 0): Words {
  const words: string[] = [];
  const starts: number[] = [];
  // Most reports are plain ASCII: folding would only collapse spaces, which words ignore anyway.
  if (PLAIN.test(text)) {
    for (const m of text.toLowerCase().matchAll(ASCII_WORD)) {
      words.push(m[0]);
      starts.push(base + m.index);
    }
    return { words, starts };
  }
  const folded = normaliseText(text);
  for (const m of folded.text.matchAll(WORD)) {
    words.push(m[0].toLowerCase());
    starts.push(base + folded.toOriginal(m.index));
  }
  return { words, starts };
}

/** The lowercase words of a text after folding. */
export function normalisedWords(text: string): string[] {
  return wordsOf(text).words;
}

/** Murmur3's finaliser: a bijection on 32-bit integers that spreads every input bit. */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, finalised by mix32; `seed` gives an independent second hash. */
export function hashString(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** Combines 32-bit hashes in order (order matters: "a b" and "b a" differ); `seed` gives another hash. */
export function combineHashes(hashes: readonly number[], from = 0, to = hashes.length, seed = 0x9e3779b9): number {
  let h = seed;
  for (let i = from; i < to; i++) {
    h = Math.imul(h ^ (hashes[i] ?? 0), 0x01000193) + 0x7f4a7c15;
    h = mix32(h);
  }
  return h >>> 0;
}

/** A 53-bit hash of a sequence of word hashes (two independent 32-bit hashes), safe as a JSON number. */
export function sequenceHash(hashes: readonly number[], from = 0, to = hashes.length): number {
  const high = combineHashes(hashes, from, to);
  const low = combineHashes(hashes, from, to, 0x5bd1e995) >>> 11;
  return high * 2 ** 21 + low;
}
