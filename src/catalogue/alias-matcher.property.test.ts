// Property-based tests of the alias matcher (fast-check): on any text, made of catalogue names, their forgiving
// variants, words, punctuation and arbitrary Unicode (lone surrogates included), the matcher never throws and
// every match's span slices the text to the surface it reports, a form of the name it says it found.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalogueFile } from "./data-file.ts";
import { createAliasMatcher, createCatalogue, squashName, type AliasMatch } from "./index.ts";

const catalogue = createCatalogue(readCatalogueFile());
const matcher = createAliasMatcher(catalogue);
const NAMES = [
  "APT10",
  "Stone Panda",
  "menuPass",
  "Fancy Bear",
  "APT28",
  "Lazarus Group",
  "Sandworm Team",
  "Kimsuky",
  "Turla",
  "OceanLotus",
  "APT 29",
  "Cozy Bear",
];

const name = fc.constantFrom(...NAMES);
/** A name as texts mangle it: case, hyphens or spaces inside, a possessive, curly quotes, a typo. */
const variant = fc
  .tuple(name, fc.constantFrom("", "-", " ", "."), fc.boolean(), fc.constantFrom("", "'s", "’s", "\u201d"), fc.nat(20))
  .map(([n, joiner, upper, tail, typo]) => {
    let v = upper ? n.toUpperCase() : n;
    if (joiner) v = v.replace(/(\D)(\d)/, `$1${joiner}$2`);
    if (typo === 0 && v.length > 3) v = v.slice(0, 1) + v[2] + v[1] + v.slice(3);
    return v + tail;
  });
const word = fc.constantFrom(
  "hackers",
  "the",
  "group",
  "ministry",
  "attacked",
  "said",
  "cyber",
  "espionage",
  "of",
  "and",
  "in",
  "2024",
  "U.S.",
  "Panda",
  "Bear",
  "APT",
  "malware",
);
const punctuation = fc.constantFrom(
  " ",
  " ",
  ", ",
  ". ",
  "\n",
  "\n\n",
  "(",
  ")",
  '"',
  "“",
  "”",
  "'",
  "-",
  "—",
  "/",
  ":",
  "\u00a0",
  "\u200b",
);
const unicode = fc.string({ unit: "binary", maxLength: 6 });
const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const text = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: variant },
      { weight: 5, arbitrary: word },
      { weight: 5, arbitrary: punctuation },
      unicode,
      surrogate,
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));

function checkMatch(t: string, m: AliasMatch): void {
  expect(m.start).toBeGreaterThanOrEqual(0);
  expect(m.end).toBeGreaterThan(m.start);
  expect(m.end).toBeLessThanOrEqual(t.length);
  expect(t.slice(m.start, m.end)).toBe(m.surface);
  expect(m.actors.length).toBeGreaterThan(0);
  if (m.via === "exact" || m.via === "forgiving") {
    // A forgiving match differs from the catalogue spelling it names only in what squashing drops (case,
    // spacing, hyphens, dots, quotes); a short form ("Lazarus") is a spelling of its own.
    expect(squashName(m.surface), `${m.surface} as ${m.name}`).toBe(squashName(m.name));
  }
}

describe("the alias matcher on arbitrary text", () => {
  it("never throws, and every match slices the text to a form of its name", () => {
    fc.assert(
      fc.property(text, (t) => {
        const scan = matcher.scan(t);
        for (const m of scan.names) checkMatch(t, m);
        for (const s of scan.software) expect(s.end).toBeLessThanOrEqual(t.length);
        const found = matcher.findActors(t);
        for (const m of found) checkMatch(t, m);
        // Leftmost-longest: matches are ordered and never overlap.
        for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
      }),
      { numRuns: 400, seed: 8 },
    );
  });

  it("finds a name planted between words whatever surrounds it", () => {
    // Not before "malware": "the X malware" names software, not the group (catalogue/context.ts).
    const plain = word.filter((w) => w !== "malware");
    fc.assert(
      fc.property(fc.array(plain, { maxLength: 8 }), fc.array(plain, { maxLength: 8 }), (before, after) => {
        const t = `${[...before, "cyber espionage group"].join(" ")} APT28 ${after.join(" ")}`;
        const at = t.indexOf(" APT28 ") + 1;
        expect(matcher.findActors(t).some((m) => m.start === at && m.end === at + 5)).toBe(true);
      }),
      { numRuns: 200, seed: 9 },
    );
  });
});
