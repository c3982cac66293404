import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexOfWord } from "./words.ts";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byRegex = (text: string, word: string) =>
  new RegExp(String.raw`(?<![\p{L}])${escape(word)}(?![\p{L}])`, "u").exec(text)?.index ?? -1;

describe("indexOfWord", () => {
  it("finds a name only where no letter touches it", () => {
    expect(indexOfWord("Wangs and Wang Lei, then Wang", "Wang")).toBe(10);
    expect(indexOfWord("Wangs", "Wang")).toBe(-1);
    expect(indexOfWord("(Wang)", "Wang")).toBe(1);
    expect(indexOfWord("𝒜Wang Wang", "Wang")).toBe(7);
  });

  it("agrees with the word-bounded regex on arbitrary strings", () => {
    const piece = fc.constantFrom("Li", "Li Wei", " ", "-", "é", "𝒜", "1", "a", "'s");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.constantFrom("Li", "Li Wei", "Wei"), (pieces, word) => {
        const text = pieces.join("");
        expect(indexOfWord(text, word)).toBe(byRegex(text, word));
      }),
      { numRuns: 2000 },
    );
  });
});
