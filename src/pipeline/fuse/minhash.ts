// MinHash: a short signature of a set of word shingles whose agreement estimates the Jaccard similarity of
// two sets. Each "permutation" is mix32(x ^ seed_i), a bijection on 32 bits, so the minimum under it is a
// fair draw from the set. Signatures of parts combine into the signature of the whole by element-wise min.
import { combineHashes, hashString, mix32 } from "./text-hash.ts";

/** Hashes of the k-word shingles of a word sequence, sorted and unique; fewer than k words give one shingle. */
export function shinglesOf(words: readonly string[], k: number): number[] {
  return shinglesOfHashes(
    words.map((w) => hashString(w)),
    k,
  );
}

/** Shingles from the words' hashes (see shinglesOf). */
export function shinglesOfHashes(hashes: readonly number[], k: number): number[] {
  if (hashes.length === 0) return [];
  if (hashes.length < k) return [combineHashes(hashes)];
  const out = new Set<number>();
  for (let i = 0; i + k <= hashes.length; i++) out.add(combineHashes(hashes, i, i + k));
  return [...out].sort((a, b) => a - b);
}

/** Fixed seeds so that signatures made anywhere, any time, compare. */
function seedsFor(count: number): Uint32Array {
  const seeds = new Uint32Array(count);
  let state = 0x2545f491;
  for (let i = 0; i < count; i++) {
    state = mix32(state + 0x9e3779b9);
    seeds[i] = state;
  }
  return seeds;
}

const seedCache = new Map<number, Uint32Array>();

/** The MinHash signature of a shingle set with `permutations` values; an empty set gives all 0xffffffff. */
export function minhashOf(shingles: readonly number[], permutations: number): number[] {
  let seeds = seedCache.get(permutations);
  if (!seeds) {
    seeds = seedsFor(permutations);
    seedCache.set(permutations, seeds);
  }
  const values = Uint32Array.from(shingles);
  const signature = new Array<number>(permutations);
  // Permutations outside, shingles inside: the running minimum stays in a register. mix32 is inlined
  // because this loop is most of the cost of fingerprinting.
  for (let i = 0; i < permutations; i++) {
    const seed = seeds[i] ?? 0;
    let min = 0xffffffff;
    for (let j = 0; j < values.length; j++) {
      let h = (values[j] ?? 0) ^ seed;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      h >>>= 0;
      if (h < min) min = h;
    }
    signature[i] = min;
  }
  return signature;
}

/** The signature of the union of sets, from their signatures. */
export function unionSignature(signatures: readonly (readonly number[])[], permutations: number): number[] {
  const out = new Array<number>(permutations).fill(0xffffffff);
  for (const signature of signatures) {
    for (let i = 0; i < permutations; i++) out[i] = Math.min(out[i] ?? 0, signature[i] ?? 0xffffffff);
  }
  return out;
}

/** Estimated Jaccard similarity: the share of positions where two signatures agree. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** Size of the intersection of two sorted unique arrays. */
export function intersectionSize(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let count = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      count++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return count;
}

/** Exact Jaccard similarity of two sorted unique arrays. */
export function jaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const shared = intersectionSize(a, b);
  return shared / (a.length + b.length - shared);
}

/** Sorted unique union of sorted unique arrays. */
export function mergeSorted(lists: readonly (readonly number[])[]): number[] {
  const all = new Set<number>();
  for (const list of lists) for (const x of list) all.add(x);
  return [...all].sort((a, b) => a - b);
}
