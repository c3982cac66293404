import { describe, expect, it } from "vitest";
import { estimateJaccard, jaccard, mergeSorted, minhashOf, shinglesOf, unionSignature } from "./minhash.ts";
import { mix32 } from "./text-hash.ts";

/** Two sets of `size` elements sharing `shared` of them. */
function overlapping(size: number, shared: number, salt: number): [number[], number[]] {
  const common = Array.from({ length: shared }, (_, i) => mix32(salt * 1_000_003 + i));
  const a = Array.from({ length: size - shared }, (_, i) => mix32(salt * 1_000_003 + 100_000 + i));
  const b = Array.from({ length: size - shared }, (_, i) => mix32(salt * 1_000_003 + 200_000 + i));
  const sort = (xs: number[]) => [...new Set(xs)].sort((x, y) => x - y);
  return [sort([...common, ...a]), sort([...common, ...b])];
}

describe("MinHash", () => {
  it("estimates Jaccard similarity within a few points of the true value", () => {
    for (const [shared, salt] of [
      [0, 1],
      [60, 2],
      [150, 3],
      [250, 4],
      [300, 5],
    ] as const) {
      const [a, b] = overlapping(300, shared, salt);
      const truth = jaccard(a, b);
      const estimate = estimateJaccard(minhashOf(a, 128), minhashOf(b, 128));
      // Standard error at 128 permutations is at most 0.044.
      expect(Math.abs(estimate - truth)).toBeLessThan(0.13);
    }
  });

  it("averages out to the true Jaccard over many pairs", () => {
    let error = 0;
    for (let salt = 10; salt < 40; salt++) {
      const [a, b] = overlapping(200, 100, salt);
      error += estimateJaccard(minhashOf(a, 128), minhashOf(b, 128)) - jaccard(a, b);
    }
    expect(Math.abs(error / 30)).toBeLessThan(0.03);
  });

  it("combines the signatures of parts into the signature of the whole", () => {
    const [a, b] = overlapping(80, 20, 7);
    expect(unionSignature([minhashOf(a, 64), minhashOf(b, 64)], 64)).toEqual(minhashOf(mergeSorted([a, b]), 64));
  });

  it("shingles words in order, and a text shorter than k still has one shingle", () => {
    const words = "the group broke into managed service providers".split(" ");
    expect(shinglesOf(words, 5)).toHaveLength(3);
    expect(shinglesOf(["apt10"], 5)).toHaveLength(1);
    expect(shinglesOf([], 5)).toEqual([]);
    expect(shinglesOf(["a", "b", "c"], 2)).not.toEqual(shinglesOf(["b", "a", "c"], 2));
  });

  it("computes exact Jaccard of sorted sets", () => {
    expect(jaccard([1, 2, 3], [2, 3, 4])).toBe(0.5);
    expect(jaccard([], [])).toBe(1);
  });
});
