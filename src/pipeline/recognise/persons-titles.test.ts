import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leadPhrase, leadWords } from "./persons-titles.ts";

/** The pattern leadWords replaces: tried at every position of the text, it was the hot spot of person reading. */
const LEAD_WORDS_PATTERN = /((?:[\p{L}\p{M}.'’&-]+[ \t]+){0,10})$/u;
const byPattern = (text: string) => (LEAD_WORDS_PATTERN.exec(text)?.[1] ?? "").trim().split(/\s+/).filter(Boolean);

const pieces = [
  "a",
  "Z",
  "é",
  "\u0301",
  "𝐀",
  "\ud835",
  "\udc00",
  ".",
  "'",
  "’",
  "&",
  "-",
  " ",
  "\t",
  "\n",
  ",",
  "(",
  "7",
  "Ж",
];

describe("leadWords", () => {
  it("reads the same last words as the end-anchored pattern, on any text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        expect(leadWords(text)).toEqual(byPattern(text));
        expect(leadWords(`${text} `)).toEqual(byPattern(`${text} `));
      }),
      { numRuns: 5000, seed: 20261123 },
    );
  });

  it("keeps at most ten words, stops at punctuation, and needs a space at the end", () => {
    const many = "one two three four five six seven eight nine ten eleven twelve ";
    expect(leadWords(many)).toEqual([
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
    ]);
    expect(leadWords("He said (Europol spokeswoman ")).toEqual(["Europol", "spokeswoman"]);
    expect(leadWords("Europol spokeswoman")).toEqual([]);
  });
});

describe("leadPhrase", () => {
  it("finds the role phrase at the end of a long sentence prefix", () => {
    const before = `${"the investigation went on for months and ".repeat(200)}according to Europol spokeswoman `;
    expect(leadPhrase(before)).toEqual({ phrase: "Europol spokeswoman", direct: true });
  });
});
