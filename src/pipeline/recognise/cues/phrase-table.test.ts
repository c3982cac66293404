// The phrase table finds what one longest-first alternation regex finds, on sentences written for the test and
// on arbitrary strings built from the phrases' own pieces, boundary characters and astral letters.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPhraseTable } from "./phrase-table.ts";

const PHRASES = ["U.S.", "US", "United States", "United States of America", "Niger", "Nigeria", "A", "Côte d'Ivoire"];
const options = { notBefore: /[\p{L}\p{N}&.]/u, notAfter: /[\p{L}\p{N}&]/u };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const reference = new RegExp(
  `(?<![\\p{L}\\p{N}&.])(?:${[...PHRASES]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})(?![\\p{L}\\p{N}&])`,
  "gu",
);
const byRegex = (text: string) =>
  [...text.matchAll(reference)].map((m) => ({ start: m.index, end: m.index + m[0].length, phrase: m[0] }));

const table = createPhraseTable(PHRASES, options);

describe("createPhraseTable", () => {
  it("takes the longest phrase at a position and respects both boundaries", () => {
    const text = "The United States of America, Nigeria and US&A firms; not USB, nor .US or Niger's A-team.";
    expect(table.findAll(text).map((h) => h.phrase)).toEqual(["United States of America", "Nigeria", "Niger", "A"]);
    expect(table.findAll(text)).toEqual(byRegex(text));
  });

  it("reads phrases after astral characters and at both ends of the text", () => {
    for (const text of ["US", "𝒜US", "US𝒜", "😀 United States 😀", "Côte d'Ivoire", "e\u0301US"]) {
      expect(table.findAll(text)).toEqual(byRegex(text));
    }
  });

  it("agrees with the regex on arbitrary strings", () => {
    const piece = fc.constantFrom(...PHRASES, " ", ".", "&", "-", "'", "a", "S", "of", "ia", "𝒜", "é", "1", "\n");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        expect(table.findAll(text)).toEqual(byRegex(text));
      }),
      { numRuns: 2000 },
    );
  });
});
