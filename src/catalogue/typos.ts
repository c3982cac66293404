// One-letter typos of code-like names ("ATP10" for APT10): a swap of two neighbouring letters, or one
// wrong letter, in the letters only — the number names the group, so "APT13" is never a typo of APT10 —
// and only when the typo lands on exactly one name and is not itself a known designation.
import type { Span } from "../core/index.ts";

export type CodeIndex = Map<string, { readonly name: string; readonly actors: readonly string[] }>;

// ASCII only and no look-behind: fast over long texts; the word boundary is checked after.
const CODE_TOKEN = /\b([A-Z]{2,6})[ -]?(\d{1,5})\b/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ALPHABET = "abcdefghijklmnopqrstuvwxyz";

function variants(letters: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < letters.length; i++)
    out.add(letters.slice(0, i) + letters[i + 1] + letters[i] + letters.slice(i + 2));
  if (letters.length >= 3) {
    for (let i = 0; i < letters.length; i++)
      for (const c of ALPHABET) out.add(letters.slice(0, i) + c + letters.slice(i + 1));
  }
  out.delete(letters);
  return out;
}

/** Prefixes that designate groups themselves (APT, TA, UNC …): a different letter there is another designation. */
function prefixesOf(codes: CodeIndex): Set<string> {
  const counts = new Map<string, number>();
  for (const key of codes.keys()) {
    const p = /^[a-z]+/.exec(key)?.[0] ?? "";
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([p]) => p));
}

const prefixCache = new WeakMap<CodeIndex, Set<string>>();

/** Whether [start, end) overlaps a span of `sorted` (sorted by start, not overlapping each other). */
function overlapsAny(sorted: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const next = sorted[lo];
  return next !== undefined && next.start < end;
}

/** Typo matches in text, outside the spans already matched. */
export function findTypos(
  text: string,
  codes: CodeIndex,
  taken: readonly Span[],
): { start: number; end: number; surface: string; name: string; actors: readonly string[] }[] {
  let prefixes = prefixCache.get(codes);
  if (!prefixes) prefixCache.set(codes, (prefixes = prefixesOf(codes)));
  const out: { start: number; end: number; surface: string; name: string; actors: readonly string[] }[] = [];
  for (const m of text.matchAll(CODE_TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (WORD_CHAR.test(text.charAt(start - 1)) || WORD_CHAR.test(text.charAt(end)) || overlapsAny(taken, start, end))
      continue;
    const letters = m[1]!.toLowerCase();
    const digits = m[2]!;
    if (codes.has(letters + digits) || prefixes.has(letters)) continue;
    const hits = new Map<string, { name: string; actors: readonly string[] }>();
    for (const v of variants(letters)) {
      const hit = codes.get(v + digits);
      if (hit) hits.set(hit.actors.join(" "), hit);
    }
    if (hits.size !== 1) continue;
    const [hit] = hits.values();
    out.push({ start, end, surface: m[0], name: hit!.name, actors: hit!.actors });
  }
  return out;
}
